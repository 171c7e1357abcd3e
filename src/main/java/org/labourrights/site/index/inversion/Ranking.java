package org.labourrights.site.index.inversion;

/**
 * The constants of the query semantics, in one place: the Lucene reference ({@link LuceneQueries})
 * uses them directly and the browser reads them from the manifest, so the two cannot drift apart.
 *
 * <p>Boosts are powers of two or small integers so that every product of boosts is exact in float
 * arithmetic: Lucene multiplies nested boosts in float and the browser must get the same weights.
 */
public final class Ranking {

    /** BM25 parameters: Lucene's defaults. */
    public static final float K1 = 1.2f;
    public static final float B = 0.75f;

    /** A word in the title counts this many times as much as in the body. */
    public static final float TITLE_BOOST = 3f;

    /** The weight of a term by its edit distance from the query word: exact, one typo, two typos. */
    public static final float[] EDIT_BOOSTS = {1f, 0.5f, 0.25f};

    /**
     * Added once for every query word a document contains exactly (not only through a typo), for
     * words that also have typo variants. Larger than any realistic sum of BM25 scores (at most
     * about 4 × 10 per word), so documents with more exact words rank first.
     */
    public static final float EXACT_TIER = 1000f;

    /** At most this many typo variants per query word, the closest and most common first. */
    public static final int MAX_VARIANTS = 10;

    /** Words and phrases beyond this many are ignored. */
    public static final int MAX_CLAUSES = 10;

    /** Words of this many letters or digits tolerate one typo, and of the second number two. */
    public static final int ONE_EDIT_FROM = 5;
    public static final int TWO_EDITS_FROM = 9;

    private Ranking() {
    }

    /** How many typos a query word of {@code letters} letters tolerates. */
    public static int maxEdits(int letters) {
        return letters >= TWO_EDITS_FROM ? 2 : letters >= ONE_EDIT_FROM ? 1 : 0;
    }
}
