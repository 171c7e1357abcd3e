package org.labourrights.site.index.inversion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.model.Language;

/** Pairs of common words count what Lucene's exact phrase query counts: "a b" with b at offset g. */
class PhrasePairsTest {

    private static final LanguageIndex INDEX = LanguageIndex.build(Language.EN, List.of(
            document(0, "Unions strike", "workers strike, workers strike again; workers of the union strike"),
            document(1, "Nothing here", "strike workers"),
            document(2, "Workers", "workers and unions")));

    @Test
    void sideBySideWordsCountInEachDocumentAndField() {
        PhrasePairs pairs = PhrasePairs.of(INDEX.terms(), List.of("worker", "strike", "union"));
        PhrasePairs.Pair workersStrike = pairs.pairs().get(PhrasePairs.key("worker", 1, "strike"));
        assertArrayEquals(new int[] {0}, workersStrike.body().docs());
        assertArrayEquals(new int[] {2}, workersStrike.body().freqs());
        assertArrayEquals(new int[0], workersStrike.title().docs());
        PhrasePairs.Pair unionsStrike = pairs.pairs().get(PhrasePairs.key("union", 1, "strike"));
        assertArrayEquals(new int[] {0}, unionsStrike.title().docs());
        assertArrayEquals(new int[] {0}, unionsStrike.body().docs(), "'of the' are stop words: their gap is 3, 'the union strike' is 1");
    }

    @Test
    void aWordBetweenMakesAGapOfTwoAndFartherWordsMakeNoPair() {
        PhrasePairs pairs = PhrasePairs.of(INDEX.terms(), List.of("worker", "strike", "union"));
        // "workers and unions": 'and' is a stop word, a gap of two, as in the phrase "workers and unions".
        assertArrayEquals(new int[] {2}, pairs.pairs().get(PhrasePairs.key("worker", 2, "union")).body().docs());
        // "workers of the union": three apart, more than the pairs hold.
        assertFalse(pairs.pairs().containsKey(PhrasePairs.key("worker", 3, "union")));
        // Punctuation is no gap: "strike, workers" stand side by side, as "strike workers" do.
        assertArrayEquals(new int[] {0, 1}, pairs.pairs().get(PhrasePairs.key("strike", 1, "worker")).body().docs());
        // A word with itself: "workers strike, workers" (the third "workers" is three after the second).
        assertArrayEquals(new int[] {1}, pairs.pairs().get(PhrasePairs.key("worker", 2, "worker")).body().freqs());
    }

    @Test
    void onlyCommonWordsMakePairs() {
        PhrasePairs pairs = PhrasePairs.of(INDEX.terms(), List.of("worker", "union"));
        assertEquals(List.of("worker 2 union", "worker 2 worker"),
                List.copyOf(pairs.pairs().keySet()));
    }

    private static SearchDocument document(int n, String title, String text) {
        return new SearchDocument("en:test/" + n, Language.EN, "/en/test/" + n + "/", "statement", title, "2022", "", text);
    }
}
