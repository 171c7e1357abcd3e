package org.labourrights.site.index.live;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The word forms before and after an edit ({@code WordForms#aliases}: each other form of a word
 * and the term it stands for), and the forms whose term changed, came or went.
 */
record FormChanges(Map<String, String> before, Map<String, String> after, Set<String> changed) {

    static FormChanges between(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new HashSet<>();
        Set<String> forms = new HashSet<>(before.keySet());
        forms.addAll(after.keySet());
        for (String form : forms) {
            if (!Objects.equals(before.get(form), after.get(form))) {
                changed.add(form);
            }
        }
        return new FormChanges(before, after, Set.copyOf(changed));
    }

    /** The term a word stood for before the edit: itself unless it was another form. */
    String termBefore(String word) {
        return before.getOrDefault(word, word);
    }

    String termAfter(String word) {
        return after.getOrDefault(word, word);
    }

    /** The terms with other forms merged in, before or after: their postings are merged copies. */
    Set<String> mergedTerms() {
        Set<String> merged = new HashSet<>(before.values());
        merged.addAll(after.values());
        return merged;
    }

    /** The terms the changed forms stood for and stand for. */
    Set<String> termsOfChanged() {
        Set<String> terms = new HashSet<>();
        for (String form : changed) {
            terms.add(termBefore(form));
            terms.add(termAfter(form));
        }
        return terms;
    }

    /** The changed forms and the terms they stood for and stand for. */
    Set<String> changedWithTerms() {
        Set<String> words = new HashSet<>(changed);
        words.addAll(termsOfChanged());
        return words;
    }
}
