package org.labourrights.site.index.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.index.SearchDocument;

/**
 * The manifest's {@code filters}: a column of every {@link SearchFilter} for documents by number,
 * in the format {@link SearchFilter} describes. Each document's set of values is asked for once,
 * when it is {@linkplain #set set}, and kept as the number of a distinct set: the live index
 * changes the few documents an edit touches and writes the columns again from those numbers, a
 * walk over arrays of ints. Asking every document again after each edit, at 10,000 documents a
 * language, was a quarter of the preview's time for an edit (JFR, preview benchmark).
 */
public final class FilterColumns {

    private final List<Column> columns = new ArrayList<>();

    private FilterColumns() {
        for (SearchFilter filter : SearchFilter.FILTERS) {
            columns.add(new Column(filter));
        }
    }

    /** The columns of {@code documents} by number; null where a number is free. */
    public static FilterColumns of(List<SearchDocument> documents) {
        FilterColumns filters = new FilterColumns();
        for (int number = 0; number < documents.size(); number++) {
            filters.set(number, documents.get(number));
        }
        return filters;
    }

    /** Document {@code number} is now {@code document}, or free when it is null. */
    public void set(int number, SearchDocument document) {
        for (Column column : columns) {
            column.set(number, document);
        }
    }

    /** Writes the columns of documents 0 to {@code documents} − 1. */
    void write(int documents, JsonOut out) {
        out.ascii('[');
        for (int i = 0; i < columns.size(); i++) {
            out.ascii(i == 0 ? "" : ",");
            columns.get(i).write(documents, out);
        }
        out.ascii(']');
    }

    /** One filter's distinct sets of values, and for each document number the set it has. */
    private static final class Column {

        private final SearchFilter filter;
        private final Map<Set<String>, Integer> numberOf = new HashMap<>();
        private final List<Set<String>> sets = new ArrayList<>();
        /** Set 0 is the empty set: a number not set yet, or free, has it. */
        private int[] setOf = new int[0];

        Column(SearchFilter filter) {
            this.filter = filter;
            numberOf.put(Set.of(), 0);
            sets.add(Set.of());
        }

        void set(int number, SearchDocument document) {
            Set<String> values = document == null ? Set.of() : Set.copyOf(filter.values().apply(document));
            int set = numberOf.computeIfAbsent(values, v -> {
                sets.add(v);
                return sets.size() - 1;
            });
            if (number >= setOf.length) {
                setOf = Arrays.copyOf(setOf, Math.max(number + 1, setOf.length * 2));
            }
            setOf[number] = set;
        }

        void write(int documents, JsonOut out) {
            // The sets in order of first appearance, then the most common first, ties by first appearance.
            int[] frequency = new int[sets.size()];
            int[] first = new int[sets.size()];
            Arrays.fill(first, -1);
            List<Integer> present = new ArrayList<>();
            for (int n = 0; n < documents; n++) {
                int set = setOf(n);
                if (first[set] < 0) {
                    first[set] = n;
                    present.add(set);
                }
                frequency[set]++;
            }
            present.sort(Comparator.<Integer>comparingInt(set -> -frequency[set]).thenComparingInt(set -> first[set]));
            Set<String> distinct = new HashSet<>();
            present.forEach(set -> distinct.addAll(sets.get(set)));
            List<String> values = new ArrayList<>(distinct);
            values.sort(filter.order());
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                indexOf.put(values.get(i), i);
            }
            out.ascii("{\"name\":").string(filter.name()).ascii(",\"values\":[");
            for (int i = 0; i < values.size(); i++) {
                out.ascii(i == 0 ? "" : ",").string(values.get(i));
            }
            out.ascii("],\"sets\":[");
            String[] digits = new String[sets.size()];
            for (int i = 0; i < present.size(); i++) {
                digits[present.get(i)] = SearchFilter.digits(i);
                int[] indexes = sets.get(present.get(i)).stream().mapToInt(indexOf::get).sorted().toArray();
                out.ascii(i == 0 ? "[" : ",[");
                for (int k = 0; k < indexes.length; k++) {
                    out.ascii(k == 0 ? "" : ",").number(indexes[k]);
                }
                out.ascii(']');
            }
            out.ascii("],\"docs\":\"");
            for (int n = 0; n < documents; n++) {
                out.ascii(digits[setOf(n)]);
            }
            out.ascii("\"}");
        }

        private int setOf(int number) {
            return number < setOf.length ? setOf[number] : 0;
        }
    }
}
