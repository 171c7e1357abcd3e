package org.labourrights.site.content;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for an editor's typo: the closest allowed word within two edits (a swap of neighbours is one). */
final class Suggestion {

    private Suggestion() {
    }

    static Optional<String> closest(String typed, Collection<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int distance = EditDistance.osa(typed.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT), 2);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    static String didYouMean(String typed, Collection<String> allowed) {
        return closest(typed, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
