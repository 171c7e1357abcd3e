package org.labourrights.site.index.inversion;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labourrights.site.index.inversion.LanguageIndex.FieldPostings;
import org.labourrights.site.index.inversion.LanguageIndex.TermPostings;

/**
 * For each pair of common words that stand {@code gap} positions apart somewhere (1: side by side,
 * 2: a stop word or another word between), the documents where they do and how often, per field:
 * what a quoted phrase of two common words needs, without their positions. Common words (the
 * lexicon's {@link Lexicon#common}) have the longest positions, the heaviest part of a phrase
 * (150 KB gzipped for one word at 10,000 documents); a pair's postings are a fraction of that.
 *
 * <p>Every pair of common words found within {@link #MAX_GAP} is kept, so a phrase of two common
 * words whose pair is missing matches nothing. The counts are Lucene's exact phrase frequencies:
 * for the phrase "a b" with b at offset g, the positions p with a at p and b at p + g.
 */
public final class PhrasePairs {

    /** Pairs are counted for words at most this many positions apart. */
    public static final int MAX_GAP = 2;

    /** A pair's documents and frequencies in one field, documents ascending. */
    public record Postings(int[] docs, int[] freqs) { }

    /** A pair's postings in each field; a field it does not occur in has none (empty arrays). */
    public record Pair(Postings title, Postings body) { }

    private static final Postings NONE = new Postings(new int[0], new int[0]);

    /**
     * An occurrence packs its document into the low 24 bits (as the positions do) and its pair's
     * number, below 3·65,535², into the 34 above.
     */
    private static final int DOC_BITS = 24;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;

    private final Map<String, Pair> pairs;

    private PhrasePairs(Map<String, Pair> pairs) {
        this.pairs = pairs;
    }

    /** The name of the pair of {@code first} and {@code second}, {@code gap} positions apart. */
    public static String key(String first, int gap, String second) {
        return first + " " + gap + " " + second;
    }

    /** The pairs of the lexicon's common words in the index's texts. */
    public static PhrasePairs of(Map<String, TermPostings> terms, List<String> common) {
        // A word's number is packed into 16 bits; the common words are a few hundred.
        List<String> words = common.stream().filter(terms::containsKey).limit(0xFFFF).toList();
        Map<Long, Postings> title = count(words, terms, LanguageIndex.TITLE);
        Map<Long, Postings> body = count(words, terms, LanguageIndex.BODY);
        Map<String, Pair> pairs = new TreeMap<>();
        java.util.Set<Long> all = new java.util.HashSet<>(title.keySet());
        all.addAll(body.keySet());
        int n = words.size();
        for (long pair : all) {
            int first = (int) (pair / (n * (MAX_GAP + 1L)));
            int gap = (int) (pair / n % (MAX_GAP + 1));
            int second = (int) (pair % n);
            pairs.put(key(words.get(first), gap, words.get(second)),
                    new Pair(title.getOrDefault(pair, NONE), body.getOrDefault(pair, NONE)));
        }
        return new PhrasePairs(pairs);
    }

    /** Every pair by name, sorted. */
    public Map<String, Pair> pairs() {
        return pairs;
    }

    /**
     * The common words' positions in one field, brought into document and position order (one
     * sort of packed numbers); each word with the next two, if they are common and close enough,
     * is one occurrence of their pair in that document. The occurrences, packed as pair and
     * document, are sorted in their turn, so that each pair's are one run, its documents
     * ascending and each repeated as often as the pair occurs in it. Looking each occurrence's
     * pair up in a map instead (millions of them at 10,000 documents, scattered over hundreds of
     * thousands of pairs) was a tenth of a 5,000 docs/lang build's CPU samples (JFR), nearly all
     * of it waiting on memory.
     */
    private static Map<Long, Postings> count(List<String> words, Map<String, TermPostings> terms, String field) {
        long[] occurrences = occurrences(packed(words, terms, field), words.size());
        Arrays.sort(occurrences);
        Map<Long, Postings> pairs = new HashMap<>();
        for (int from = 0, to; from < occurrences.length; from = to) {
            long pair = occurrences[from] >>> DOC_BITS;
            int documents = 0;
            for (to = from; to < occurrences.length && occurrences[to] >>> DOC_BITS == pair; to++) {
                if (to == from || occurrences[to] != occurrences[to - 1]) {
                    documents++;
                }
            }
            int[] docs = new int[documents];
            int[] freqs = new int[documents];
            for (int i = from, d = -1; i < to; i++) {
                if (i == from || occurrences[i] != occurrences[i - 1]) {
                    docs[++d] = (int) (occurrences[i] & DOC_MASK);
                }
                freqs[d]++;
            }
            pairs.put(pair, new Postings(docs, freqs));
        }
        return pairs;
    }

    /** Each common word's positions in the field as doc << 40 | position << 16 | word, sorted. */
    private static long[] packed(List<String> words, Map<String, TermPostings> terms, String field) {
        int total = 0;
        for (String word : words) {
            FieldPostings postings = terms.get(word).field(field);
            total += postings == null ? 0 : postings.positions().length;
        }
        long[] packed = new long[total];
        int at = 0;
        for (int w = 0; w < words.size(); w++) {
            FieldPostings postings = terms.get(words.get(w)).field(field);
            if (postings == null) {
                continue;
            }
            int p = 0;
            for (int d = 0; d < postings.docs().length; d++) {
                for (int f = 0; f < postings.freqs()[d]; f++) {
                    packed[at++] = (long) postings.docs()[d] << 40 | (long) postings.positions()[p++] << 16 | w;
                }
            }
        }
        Arrays.sort(packed);
        return packed;
    }

    /**
     * Every occurrence of a pair in the sorted positions, as pair << {@link #DOC_BITS} | doc: a
     * word and each of the next two within the gap. Counted first, so the array is exactly as long.
     */
    private static long[] occurrences(long[] packed, int words) {
        int count = 0;
        for (int i = 0; i < packed.length; i++) {
            for (int j = i + 1; j < packed.length && j <= i + MAX_GAP && near(packed[i], packed[j]); j++) {
                count++;
            }
        }
        long[] occurrences = new long[count];
        int at = 0;
        for (int i = 0; i < packed.length; i++) {
            long doc = packed[i] >>> 40;
            long position = packed[i] >>> 16 & 0xFFFFFF;
            long first = packed[i] & 0xFFFF;
            for (int j = i + 1; j < packed.length && j <= i + MAX_GAP && near(packed[i], packed[j]); j++) {
                long gap = (packed[j] >>> 16 & 0xFFFFFF) - position;
                long pair = (first * (MAX_GAP + 1L) + gap) * words + (packed[j] & 0xFFFF);
                occurrences[at++] = pair << DOC_BITS | doc;
            }
        }
        return occurrences;
    }

    /** Whether two packed positions, the second later, are in one document at most the gap apart. */
    private static boolean near(long earlier, long later) {
        return earlier >>> 40 == later >>> 40 && (later >>> 16 & 0xFFFFFF) - (earlier >>> 16 & 0xFFFFFF) <= MAX_GAP;
    }
}
