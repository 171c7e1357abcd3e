package org.labourrights.site.index.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The names of one language's index by their {@link NameKey}, as the index places it
 * ({@link NameKey#placed}): for each key, the terms of the words written as names that have it. A query word is also looked up by its key, so "Elshibaev" on
 * the Russian page finds the documents with Елшибаев (the term of that word), and "Ярошук" on the
 * English page those with Yaroschuk.
 *
 * <p>Only words written with a capital letter somewhere get a key: names are what visitors type
 * in another script, and keying every word would double the lexicon for words nobody spells in
 * Latin letters on the Russian page.
 */
public final class Names {

    private static final Names NONE = new Names(Map.of());

    private final Map<String, List<String>> byKey;

    private Names(Map<String, List<String>> byKey) {
        this.byKey = byKey;
    }

    public static Names none() {
        return NONE;
    }

    /**
     * The names among {@code count} words: word i is a name if {@code key.apply(i)} is not null,
     * and its term is {@code term.apply(i)}.
     */
    public static Names of(int count, IntFunction<String> key, IntFunction<String> term) {
        Map<String, TreeSet<String>> terms = new TreeMap<>();
        for (int word = 0; word < count; word++) {
            String k = key.apply(word);
            if (k != null) {
                terms.computeIfAbsent(k, x -> new TreeSet<>()).add(term.apply(word));
            }
        }
        Map<String, List<String>> byKey = new TreeMap<>();
        terms.forEach((k, t) -> byKey.put(k, List.copyOf(t)));
        return new Names(byKey);
    }

    /** Placed key to its terms, sorted by key; each key's terms sorted. */
    public Map<String, List<String>> byKey() {
        return byKey;
    }
}
