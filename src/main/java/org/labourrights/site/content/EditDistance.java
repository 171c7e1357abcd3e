package org.labourrights.site.content;

/**
 * Optimal string alignment distance (Levenshtein plus transposition of two neighbouring letters,
 * the typo Lucene's fuzzy queries also count as one edit), over UTF-16 units as the browser sees
 * strings. Gives up early: any distance above {@code max} is reported as {@code max + 1}.
 *
 * <p>The one definition: an editor's "did you mean" ({@link Suggestion}) counts typos as the
 * search does, and the tests' reference searcher uses it to check the browser's fuzzy matching.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int osa(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }
}
