package org.labourrights.site.index.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labourrights.site.index.SearchDocument;

/**
 * The live index's documents by number. An edited document keeps its number, so that only the
 * postings and files of the numbers an edit touches change; a new one takes the lowest free
 * number; a removed one frees its number; free numbers at the end are dropped, so the number of
 * documents is the highest number in use + 1, as in a full build of as many documents.
 */
final class DocumentNumbers {

    private final List<SearchDocument> documents;
    private final List<SearchDocument> view;
    private final Map<String, Integer> numberOf = new HashMap<>();
    private final TreeSet<Integer> free = new TreeSet<>();
    private int live;

    DocumentNumbers(List<SearchDocument> documents) {
        this.documents = new ArrayList<>(documents);
        this.view = Collections.unmodifiableList(this.documents);
        for (int number = 0; number < this.documents.size(); number++) {
            numberOf.put(this.documents.get(number).id(), number);
        }
        this.live = this.documents.size();
    }

    /**
     * The numbers an edit touches, with the new version of each ({@code changed}: new or changed
     * documents; null for the ids in {@code removedIds}, unless changed too) and the old one. A
     * number taken at the end stays free until {@link #apply}.
     */
    Edit edit(List<SearchDocument> changed, Set<String> removedIds) {
        Map<String, SearchDocument> byId = new LinkedHashMap<>();
        changed.forEach(document -> byId.put(document.id(), document));
        TreeMap<Integer, SearchDocument> next = new TreeMap<>();
        Map<Integer, SearchDocument> previous = new HashMap<>();
        for (String id : removedIds) {
            Integer number = numberOf.get(id);
            if (number != null && !byId.containsKey(id)) {
                next.put(number, null);
                previous.put(number, documents.get(number));
            }
        }
        for (SearchDocument document : byId.values()) {
            Integer number = numberOf.get(document.id());
            if (number == null) {
                number = free.isEmpty() ? documents.size() : free.pollFirst();
                if (number == documents.size()) {
                    documents.add(null);
                }
            } else {
                previous.put(number, documents.get(number));
            }
            next.put(number, document);
        }
        return new Edit(Collections.unmodifiableSortedMap(next), Collections.unmodifiableMap(previous));
    }

    /** Puts the edit's new versions in place; the free numbers at the end go. */
    void apply(Edit edit) {
        edit.next().forEach((number, document) -> {
            SearchDocument old = edit.previous().get(number);
            if (old != null) {
                numberOf.remove(old.id());
                live--;
            }
            documents.set(number, document);
            if (document == null) {
                free.add(number);
            } else {
                numberOf.put(document.id(), number);
                live++;
            }
        });
        while (!documents.isEmpty() && documents.get(documents.size() - 1) == null) {
            int last = documents.size() - 1;
            documents.remove(last);
            free.remove(last);
        }
    }

    /** The documents by number, null where a number is free: a view, read by the index's files. */
    List<SearchDocument> documents() {
        return view;
    }

    /** How many numbers there are, free ones included. */
    int size() {
        return documents.size();
    }

    /** How many documents there are: the count BM25's size estimates use, as a full build's. */
    int live() {
        return live;
    }
}
