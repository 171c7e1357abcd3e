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
        Map<Long, Builder> title = count(words, terms, LanguageIndex.TITLE);
        Map<Long, Builder> body = count(words, terms, LanguageIndex.BODY);
        Map<String, Pair> pairs = new TreeMap<>();
        java.util.Set<Long> all = new java.util.HashSet<>(title.keySet());
        all.addAll(body.keySet());
        int n = words.size();
        for (long pair : all) {
            int first = (int) (pair / (n * (MAX_GAP + 1L)));
            int gap = (int) (pair / n % (MAX_GAP + 1));
            int second = (int) (pair % n);
            pairs.put(key(words.get(first), gap, words.get(second)),
                    new Pair(postings(title.get(pair)), postings(body.get(pair))));
        }
        return new PhrasePairs(pairs);
    }

    /** Every pair by name, sorted. */
    public Map<String, Pair> pairs() {
        return pairs;
    }

    /**
     * The common words' positions in one field, brought into document and position order (one
     * sort of packed numbers), then read twice: each word with the next two, if they are common
     * and close enough, is one occurrence of their pair in that document. The first reading
     * counts each pair's documents, the second fills arrays of exactly that size: at 10,000
     * documents a language's pairs hold millions of postings, and arrays grown by doubling, then
     * copied, took 300 MB more at the build's peak.
     */
    private static Map<Long, Builder> count(List<String> words, Map<String, TermPostings> terms, String field) {
        long[] packed = packed(words, terms, field);
        Map<Long, Builder> pairs = new HashMap<>();
        read(packed, words.size(), (pair, doc) -> pairs.computeIfAbsent(pair, k -> new Builder()).count(doc));
        pairs.values().forEach(Builder::allocate);
        read(packed, words.size(), (pair, doc) -> pairs.get(pair).add(doc));
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

    private interface Occurrence {
        void of(long pair, int doc);
    }

    /** Every occurrence of a pair, in document order: a word and each of the next two within the gap. */
    private static void read(long[] packed, int words, Occurrence occurrence) {
        for (int i = 0; i < packed.length; i++) {
            long doc = packed[i] >>> 40;
            long position = packed[i] >>> 16 & 0xFFFFFF;
            int first = (int) (packed[i] & 0xFFFF);
            for (int j = i + 1; j < packed.length && j <= i + MAX_GAP; j++) {
                long gap = (packed[j] >>> 16 & 0xFFFFFF) - position;
                if (packed[j] >>> 40 != doc || gap > MAX_GAP) {
                    break;
                }
                occurrence.of((first * (MAX_GAP + 1L) + gap) * words + (packed[j] & 0xFFFF), (int) doc);
            }
        }
    }

    private static Postings postings(Builder builder) {
        return builder == null ? NONE : new Postings(builder.docs, builder.freqs);
    }

    /** A pair's postings as the sorted positions are read: its documents counted, then filled in ascending order. */
    private static final class Builder {
        int count;
        int last = -1;
        int[] docs;
        int[] freqs;
        int size;

        void count(int doc) {
            if (doc != last) {
                last = doc;
                count++;
            }
        }

        void allocate() {
            docs = new int[count];
            freqs = new int[count];
        }

        void add(int doc) {
            if (size > 0 && docs[size - 1] == doc) {
                freqs[size - 1]++;
                return;
            }
            docs[size] = doc;
            freqs[size] = 1;
            size++;
        }
    }
}
