package org.labourrights.site.index.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.index.analysis.CorpusTokens;

/**
 * The entries of some documents in one field, as their analysis gives them: by stem number, by
 * document number, the positions. The old and new versions of an edit's documents are compared
 * entry by entry ({@link PostingsPatch}), so that only the stems whose entries differ change.
 */
final class FieldEntries {

    private final Map<Integer, Map<Integer, int[]>> byStem = new HashMap<>();

    /** Adds document {@code doc}'s entries: its words' stems ({@code stemOfWord}) at their positions. */
    void add(int doc, CorpusTokens.Text text, int[] stemOfWord) {
        Map<Integer, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < text.words().length; i++) {
            positions.computeIfAbsent(stemOfWord[text.words()[i]], s -> new ArrayList<>()).add(text.positions()[i]);
        }
        positions.forEach((stem, list) -> byStem.computeIfAbsent(stem, s -> new HashMap<>())
                .put(doc, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    Set<Integer> stems() {
        return Collections.unmodifiableSet(byStem.keySet());
    }

    /** A stem's positions by document number; empty where none of the documents has the stem. */
    Map<Integer, int[]> of(int stem) {
        return byStem.getOrDefault(stem, Map.of());
    }
}
