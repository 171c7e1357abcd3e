package org.labourrights.site.bench;

/**
 * "21 день, 3 дня, 12 дней": the noun form a Russian number takes in the nominative (and, for
 * inanimate nouns, the accusative), so that counted phrases in the sentence bank read correctly.
 */
final class RussianPlural {

    private RussianPlural() {
    }

    /** @param one the form after 1, 21, 31…; few after 2–4, 22–24…; many after 0, 5–20, 25–30… */
    static String count(int n, String one, String few, String many) {
        int lastTwo = n % 100;
        int last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return n + " " + one;
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return n + " " + few;
        }
        return n + " " + many;
    }
}
