package org.labourrights.site.index.export;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.Section;

/**
 * A filter of the search page: its name (also the parameter in the page's address,
 * {@code ?country=KZ}), the values a document has for it, and the order the page lists them in.
 * {@link #FILTERS} is the one list of them; the manifest carries a column of each (below) and the
 * search script (facets.mjs) counts and selects from the columns, so the page shows what the
 * index holds and nothing else.
 *
 * <p>A column in the manifest is {@code {"name", "values", "sets", "docs"}}: {@code values} in the
 * filter's order; {@code sets} the distinct sets of values documents have, each as ascending
 * indexes into {@code values}, the most common first; {@code docs} for each document number in
 * turn, the number of its set in characters of {@link #DIGITS}: a number below {@link #LAST} is
 * one digit; a larger number n is {@code q = n / LAST} written in bijective base 16 with the 16
 * digits from {@code LAST} on, then the digit {@code n % LAST} (so one character for the 48 most
 * common sets, two for the next 768). A document without the filter's values (or a number free in
 * the live index) has the empty set. Sets, rather than values, per document keep one entry for a
 * multi-valued filter (a case belongs to every year of its timeline); the string, rather than an
 * array of numbers, costs about a byte a document, and the most common sets in one character
 * save a sixth of the gzipped column (at 2,000 documents a language, against two characters each).
 */
public record SearchFilter(String name, Function<SearchDocument, List<String>> values, Comparator<String> order) {

    /** The digits of a column's document entries: JSON needs no escape for any of them. */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** The digits that end a number; the 16 after them lead a larger one. */
    static final int LAST = 48;

    public static final List<SearchFilter> FILTERS = List.of(
            new SearchFilter("section", d -> List.of(d.type()), rank(sectionOrder())),
            new SearchFilter("country", SearchDocument::countries, Comparator.naturalOrder()),
            new SearchFilter("year", SearchDocument::years, Comparator.<String>naturalOrder().reversed()),
            new SearchFilter("status", d -> d.status().isEmpty() ? List.of() : List.of(d.status()),
                    rank(CaseStatus.spellings())));

    /** As the site's menu lists them, cases last. */
    private static List<String> sectionOrder() {
        List<String> order = new ArrayList<>();
        for (Section section : Section.values()) {
            order.add(section.slug());
        }
        order.add("case");
        return order;
    }

    /** Values in the order of a list, any others after them alphabetically. */
    private static Comparator<String> rank(List<String> order) {
        return Comparator.<String>comparingInt(value -> {
            int at = order.indexOf(value);
            return at < 0 ? order.size() : at;
        }).thenComparing(Comparator.naturalOrder());
    }

    /** The manifest's {@code filters}: a column of every filter, for documents by number (null where free). */
    static void columns(List<SearchDocument> documents, JsonOut out) {
        out.ascii('[');
        for (int i = 0; i < FILTERS.size(); i++) {
            out.ascii(i == 0 ? "" : ",");
            FILTERS.get(i).column(documents, out);
        }
        out.ascii(']');
    }

    void column(List<SearchDocument> documents, JsonOut out) {
        // Each document's values are asked for once, and sets are bit sets: the live index writes
        // every column again after each edit, and at 10,000 documents a language sorted sets of
        // boxed numbers made this a third of the preview's time for an edit (JFR, preview benchmark).
        List<List<String>> valuesOf = new ArrayList<>(documents.size());
        Set<String> distinct = new HashSet<>();
        for (SearchDocument document : documents) {
            List<String> own = document == null ? List.of() : values.apply(document);
            valuesOf.add(own);
            distinct.addAll(own);
        }
        List<String> sorted = new ArrayList<>(distinct);
        sorted.sort(order);
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            indexOf.put(sorted.get(i), i);
        }
        Map<BitSet, Integer> setNumbers = new HashMap<>();
        List<BitSet> sets = new ArrayList<>();
        int[] setOf = new int[documents.size()];
        for (int n = 0; n < documents.size(); n++) {
            BitSet set = new BitSet(sorted.size());
            for (String value : valuesOf.get(n)) {
                set.set(indexOf.get(value));
            }
            Integer number = setNumbers.get(set);
            if (number == null) {
                number = sets.size();
                setNumbers.put(set, number);
                sets.add(set);
            }
            setOf[n] = number;
        }
        // The most common sets first, ties by first appearance: the same documents, the same column.
        int[] frequency = new int[sets.size()];
        for (int number : setOf) {
            frequency[number]++;
        }
        Integer[] byFrequency = new Integer[sets.size()];
        for (int i = 0; i < byFrequency.length; i++) {
            byFrequency[i] = i;
        }
        java.util.Arrays.sort(byFrequency, Comparator.<Integer>comparingInt(i -> -frequency[i]).thenComparingInt(i -> i));
        int[] rank = new int[sets.size()];
        for (int i = 0; i < byFrequency.length; i++) {
            rank[byFrequency[i]] = i;
        }
        out.ascii("{\"name\":").string(name).ascii(",\"values\":[");
        for (int i = 0; i < sorted.size(); i++) {
            out.ascii(i == 0 ? "" : ",").string(sorted.get(i));
        }
        out.ascii("],\"sets\":[");
        for (int i = 0; i < sets.size(); i++) {
            out.ascii(i == 0 ? "[" : ",[");
            BitSet set = sets.get(byFrequency[i]);
            String comma = "";
            for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1)) {
                out.ascii(comma).number(k);
                comma = ",";
            }
            out.ascii(']');
        }
        out.ascii("],\"docs\":\"");
        for (int number : setOf) {
            out.ascii(digits(rank[number]));
        }
        out.ascii("\"}");
    }

    /** A set's number as the column writes it (see the class's Javadoc). */
    static String digits(int number) {
        StringBuilder lead = new StringBuilder();
        for (int q = number / LAST; q > 0; q = (q - 1) / 16) {
            lead.append(DIGITS.charAt(LAST + (q - 1) % 16));
        }
        return lead.reverse().append(DIGITS.charAt(number % LAST)).toString();
    }
}
