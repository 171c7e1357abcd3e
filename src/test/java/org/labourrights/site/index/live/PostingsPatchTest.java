package org.labourrights.site.index.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labourrights.site.index.analysis.CorpusTokens;
import org.labourrights.site.index.inversion.LanguageIndex.FieldPostings;

/**
 * An edit's documents lose their old entries in a stem's postings and get their new ones; a stem
 * whose entries only moved keeps its postings, corrected where they stand.
 */
class PostingsPatchTest {

    @Test
    void replacingPostingsKeepsOtherDocumentsAndAddsNewOnesInOrder() {
        FieldPostings old = new FieldPostings(new int[] {1, 3, 5}, new int[] {2, 1, 3}, new int[] {4, 9, 2, 1, 5, 8});
        FieldPostings replaced = PostingsPatch.replace(old, numbers(3, 4),
                List.of(new Posting(0, new int[] {7}), new Posting(4, new int[] {1, 2})));
        assertArrayEquals(new int[] {0, 1, 4, 5}, replaced.docs());
        assertArrayEquals(new int[] {1, 2, 2, 3}, replaced.freqs());
        assertArrayEquals(new int[] {7, 4, 9, 1, 2, 1, 5, 8}, replaced.positions());
        assertNull(PostingsPatch.replace(old, numbers(1, 3, 5), null), "no document left: no postings");
    }

    @Test
    void aStemWhosePositionsOnlyMovedIsCorrectedInPlaceAndOneWithAnotherFrequencyRebuilt() {
        // Stem 0 in documents 1 and 2; stem 1 in document 2. Document 2 gets a word before both.
        FieldPostings stem0 = new FieldPostings(new int[] {1, 2}, new int[] {1, 1}, new int[] {0, 3});
        FieldPostings stem1 = new FieldPostings(new int[] {2}, new int[] {1}, new int[] {5});
        FieldPostings[] title = {stem0, stem1, null};
        FieldPostings[] body = {null, null, null};
        FieldEntries before = entries(2, new int[] {0, 1}, new int[] {3, 5});
        FieldEntries after = entries(2, new int[] {2, 0, 1, 1}, new int[] {0, 4, 6, 7});

        PostingsPatch.Patched patched = PostingsPatch.apply(List.of(title, body), List.of(before, new FieldEntries()),
                List.of(after, new FieldEntries()), numbers(2));

        assertEquals(Set.of(0), patched.moved());
        assertSame(stem0, title[0], "moved positions are corrected where they stand");
        assertArrayEquals(new int[] {0, 4}, stem0.positions());
        assertEquals(Set.of(1, 2), patched.rebuilt(), "another frequency, a new stem");
        assertArrayEquals(new int[] {2}, title[1].docs());
        assertArrayEquals(new int[] {6, 7}, title[1].positions());
        assertArrayEquals(new int[] {0}, title[2].positions());
    }

    /** Document {@code doc}'s entries in one field: word i (its own stem) at positions[i]. */
    private static FieldEntries entries(int doc, int[] words, int[] positions) {
        FieldEntries entries = new FieldEntries();
        entries.add(doc, new CorpusTokens.Text(words, positions, new BitSet()), new int[] {0, 1, 2});
        return entries;
    }

    private static BitSet numbers(int... numbers) {
        BitSet set = new BitSet();
        for (int number : numbers) {
            set.set(number);
        }
        return set;
    }
}
