package org.labourrights.site.index.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * <p>A column in the manifest is {@code {"name", "values", "sets", "width", "docs"}}: {@code values}
 * in the filter's order; {@code sets} the distinct sets of values documents have, each as ascending
 * indexes into {@code values}; {@code docs} for each document number, {@code width} characters of
 * {@link #DIGITS} (most significant first) giving the number of its set. A document without the
 * filter's values (or a number free in the live index) has the empty set. Sets, rather than
 * values, per document keep one fixed width for multi-valued filters (a case belongs to every year
 * of its timeline), and the string, rather than an array of numbers, costs a byte a document.
 */
public record SearchFilter(String name, Function<SearchDocument, List<String>> values, Comparator<String> order) {

    /** The digits of a column's document entries: JSON needs no escape for any of them. */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

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
        TreeSet<String> all = new TreeSet<>(order);
        for (SearchDocument document : documents) {
            if (document != null) {
                all.addAll(values.apply(document));
            }
        }
        List<String> sorted = List.copyOf(all);
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            indexOf.put(sorted.get(i), i);
        }
        // Sets numbered by first appearance: the same documents in the same order, the same column.
        Map<List<Integer>, Integer> setNumbers = new HashMap<>();
        List<List<Integer>> sets = new ArrayList<>();
        int[] setOf = new int[documents.size()];
        for (int n = 0; n < documents.size(); n++) {
            SearchDocument document = documents.get(n);
            TreeSet<Integer> indexes = new TreeSet<>();
            if (document != null) {
                values.apply(document).forEach(value -> indexes.add(indexOf.get(value)));
            }
            List<Integer> set = List.copyOf(indexes);
            Integer number = setNumbers.get(set);
            if (number == null) {
                number = sets.size();
                setNumbers.put(set, number);
                sets.add(set);
            }
            setOf[n] = number;
        }
        int width = width(sets.size());
        out.ascii("{\"name\":").string(name).ascii(",\"values\":[");
        for (int i = 0; i < sorted.size(); i++) {
            out.ascii(i == 0 ? "" : ",").string(sorted.get(i));
        }
        out.ascii("],\"sets\":[");
        for (int i = 0; i < sets.size(); i++) {
            out.ascii(i == 0 ? "[" : ",[");
            List<Integer> set = sets.get(i);
            for (int k = 0; k < set.size(); k++) {
                out.ascii(k == 0 ? "" : ",").number(set.get(k));
            }
            out.ascii(']');
        }
        out.ascii("],\"width\":").number(width).ascii(",\"docs\":\"");
        char[] digits = new char[width];
        for (int number : setOf) {
            int rest = number;
            for (int d = width - 1; d >= 0; d--) {
                digits[d] = DIGITS.charAt(rest % DIGITS.length());
                rest /= DIGITS.length();
            }
            out.ascii(new String(digits));
        }
        out.ascii("\"}");
    }

    /** The digits needed to write the numbers below {@code count}. */
    static int width(int count) {
        int width = 1;
        for (long reach = DIGITS.length(); reach < count; reach *= DIGITS.length()) {
            width++;
        }
        return width;
    }
}
