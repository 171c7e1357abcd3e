package org.labourrights.site.index.inversion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.SmallFloat;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.analysis.CorpusTokens;
import org.labourrights.site.index.analysis.NameKey;
import org.labourrights.site.index.analysis.Names;
import org.labourrights.site.index.analysis.WordForms;
import org.labourrights.site.index.inversion.LanguageIndex.FieldPostings;
import org.labourrights.site.index.inversion.LanguageIndex.FieldStats;
import org.labourrights.site.index.inversion.LanguageIndex.TermPostings;
import org.labourrights.site.model.Language;

/**
 * One language's documents analyzed once and inverted: the vocabulary, each distinct word stemmed
 * once, the word forms, and for every stem its postings in each field (documents ascending, their
 * frequencies and positions), as Lucene's indexing chain would record them; and each document's
 * field lengths, from which Lucene's norms and statistics follow. Lucene's own index is not built
 * for the export: an inversion test checks that this one has the same terms, postings, positions,
 * norms and statistics on the real content and a synthetic corpus.
 *
 * <p>Documents are analyzed in chunks, in parallel; the chunks' vocabularies are then joined.
 */
public final class Inversion {

    /** Documents analyzed per task. */
    private static final int CHUNK = 128;

    private final Language language;
    /** The vocabulary, and the analysis of further texts (the live index's edits). */
    public final CorpusTokens corpus;
    private final Analyzer stemmer;
    /** Stem number of each word number. */
    public int[] stemOfWord = new int[0];
    /** Stems by number, and their numbers. */
    public final List<String> stems = new ArrayList<>();
    public final Map<String, Integer> stemNumbers = new HashMap<>();
    /** Postings by stem number, null where the stem does not occur in the field. */
    public FieldPostings[] title;
    public FieldPostings[] body;
    /** Field lengths (tokens) by document number. */
    public int[] titleLengths;
    public int[] bodyLengths;
    public WordForms forms;
    /** The name keys of the capitalised words, to their terms (after the word forms). */
    public Names names;
    /** Name key by word number, as the index places it, computed once when first needed: "" for a word without one. */
    private String[] keyOfWord = new String[0];
    /** For the live index only: how many documents each word number occurs in (title or body). */
    public int[] wordDocs;
    /** For the live index only: in how many documents each word is written with a capital first letter, and with a small one. */
    public int[] capitalDocs;
    public int[] plainDocs;

    private Inversion(Language language, CorpusTokens corpus) {
        this.language = language;
        this.corpus = corpus;
        this.stemmer = Analysis.stem(language);
    }

    /** The analysis of a chunk of documents, with its own vocabulary. */
    private record Chunk(CorpusTokens corpus, CorpusTokens.Text[] titles, CorpusTokens.Text[] bodies) {

        public static Chunk of(Language language, List<SearchDocument> documents) {
            CorpusTokens corpus = CorpusTokens.of(language);
            CorpusTokens.Text[] titles = new CorpusTokens.Text[documents.size()];
            CorpusTokens.Text[] bodies = new CorpusTokens.Text[documents.size()];
            for (int i = 0; i < titles.length; i++) {
                SearchDocument document = documents.get(i);
                titles[i] = corpus.add(document.title());
                bodies[i] = corpus.add(document.body());
            }
            return new Chunk(corpus, titles, bodies);
        }
    }

    /**
     * The documents analyzed and inverted: chunks of them analyzed as tasks, chunk i on
     * {@code executors.apply(i)}, the rest on {@code executors.apply(0)}.
     *
     * @param counts whether to count the documents of each word ({@link #wordDocs}, for the live index)
     */
    public static CompletableFuture<Inversion> of(Language language, List<SearchDocument> documents,
                                           java.util.function.IntFunction<Executor> executors, boolean counts) {
        List<CompletableFuture<Chunk>> chunks = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += CHUNK) {
            List<SearchDocument> part = documents.subList(from, Math.min(documents.size(), from + CHUNK));
            chunks.add(CompletableFuture.supplyAsync(() -> Chunk.of(language, part), executors.apply(from / CHUNK)));
        }
        Executor executor = executors.apply(0);
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
                .thenApplyAsync(done -> assemble(language, documents.size(),
                        chunks.stream().map(CompletableFuture::join).toList(), counts), executor);
    }

    private static Inversion assemble(Language language, int documents, List<Chunk> chunks, boolean counts) {
        CorpusTokens corpus = chunks.isEmpty() ? CorpusTokens.of(language) : chunks.get(0).corpus();
        CorpusTokens.Text[] titles = new CorpusTokens.Text[documents];
        CorpusTokens.Text[] bodies = new CorpusTokens.Text[documents];
        int at = 0;
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            int[] mapping = c == 0 ? null : corpus.absorb(chunk.corpus());
            for (int i = 0; i < chunk.titles().length; i++) {
                if (mapping != null) {
                    CorpusTokens.renumber(chunk.titles()[i], mapping);
                    CorpusTokens.renumber(chunk.bodies()[i], mapping);
                }
                titles[at] = chunk.titles()[i];
                bodies[at] = chunk.bodies()[i];
                at++;
            }
        }
        Inversion inversion = new Inversion(language, corpus);
        inversion.stemNewWords();
        inversion.forms = inversion.forms(word -> true);
        inversion.names = inversion.names(corpus::capitalisedOnly);
        int stems = inversion.stems.size();
        inversion.title = invert(titles, inversion.stemOfWord, stems);
        inversion.body = invert(bodies, inversion.stemOfWord, stems);
        inversion.titleLengths = lengths(titles);
        inversion.bodyLengths = lengths(bodies);
        if (counts) {
            int words = corpus.words().size();
            inversion.wordDocs = new int[words];
            inversion.capitalDocs = new int[words];
            inversion.plainDocs = new int[words];
            for (int doc = 0; doc < documents; doc++) {
                for (WordUse use : WordUse.of(titles[doc], bodies[doc])) {
                    inversion.wordDocs[use.word()]++;
                    inversion.capitalDocs[use.word()] += use.capital() ? 1 : 0;
                    inversion.plainDocs[use.word()] += use.plain() ? 1 : 0;
                }
            }
        }
        return inversion;
    }

    /** Stems the words added to the vocabulary since the last call. */
    public void stemNewWords() {
        List<String> words = corpus.words();
        int from = stemOfWord.length;
        if (from == words.size()) {
            return;
        }
        stemOfWord = Arrays.copyOf(stemOfWord, words.size());
        for (int word = from; word < words.size(); word++) {
            String stem = Analysis.stemOf(stemmer, words.get(word));
            Integer number = stemNumbers.get(stem);
            if (number == null) {
                number = stems.size();
                stems.add(stem);
                stemNumbers.put(stem, number);
            }
            stemOfWord[word] = number;
        }
    }

    /**
     * The word forms of the vocabulary's words that {@code occurs} accepts (by word number): all
     * of them for a build, those some document still has for the live index.
     */
    public WordForms forms(IntPredicate occurs) {
        List<String> all = corpus.words();
        List<String> words = new ArrayList<>(all.size());
        List<String> stemsOfWords = new ArrayList<>(all.size());
        for (int word = 0; word < all.size(); word++) {
            if (occurs.test(word)) {
                words.add(all.get(word));
                stemsOfWords.add(stems.get(stemOfWord[word]));
            }
        }
        return WordForms.of(language, words, stemsOfWords);
    }

    /**
     * A word of a document (title and body together), and whether the document writes it with a
     * capital first letter, with a small one, or both.
     */
    public record WordUse(int word, boolean capital, boolean plain) {

        /** Each distinct word of a document's texts once, in order of first occurrence. */
        public static List<WordUse> of(CorpusTokens.Text... texts) {
            Map<Integer, boolean[]> uses = new java.util.LinkedHashMap<>();
            for (CorpusTokens.Text text : texts) {
                for (int i = 0; i < text.words().length; i++) {
                    boolean[] use = uses.computeIfAbsent(text.words()[i], w -> new boolean[2]);
                    use[text.capitals().get(i) ? 0 : 1] = true;
                }
            }
            List<WordUse> list = new ArrayList<>(uses.size());
            uses.forEach((word, use) -> list.add(new WordUse(word, use[0], use[1])));
            return list;
        }
    }

    /**
     * The names among the vocabulary's words that {@code isName} accepts (written as names are,
     * by a document that has them), by key, each to its word's term under the current {@link #forms}.
     */
    public Names names(IntPredicate isName) {
        int count = corpus.words().size();
        if (keyOfWord.length < count) {
            keyOfWord = Arrays.copyOf(keyOfWord, count);
        }
        return Names.of(count, word -> isName.test(word) ? keyOf(word) : null,
                word -> forms.canonical(stems.get(stemOfWord[word])));
    }

    private String keyOf(int word) {
        String key = keyOfWord[word];
        if (key == null) {
            key = NameKey.of(corpus.words().get(word));
            key = key == null ? null : NameKey.placed(key, language);
            keyOfWord[word] = key == null ? "" : key;
        }
        return key == null || key.isEmpty() ? null : key;
    }

    Language language() {
        return language;
    }

    private static int[] lengths(CorpusTokens.Text[] texts) {
        int[] lengths = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            lengths[i] = texts[i].length();
        }
        return lengths;
    }

    /**
     * Each stem's postings in one field: counted first, so that every stem's documents, frequencies
     * and positions are filled into arrays of their final size in one more pass.
     */
    static FieldPostings[] invert(CorpusTokens.Text[] texts, int[] stemOfWord, int stems) {
        int[] docFreq = new int[stems];
        int[] totalFreq = new int[stems];
        int[] last = new int[stems];
        Arrays.fill(last, -1);
        for (int doc = 0; doc < texts.length; doc++) {
            for (int word : texts[doc].words()) {
                int stem = stemOfWord[word];
                totalFreq[stem]++;
                if (last[stem] != doc) {
                    last[stem] = doc;
                    docFreq[stem]++;
                }
            }
        }
        int[][] docs = new int[stems][];
        int[][] freqs = new int[stems][];
        int[][] positions = new int[stems][];
        for (int stem = 0; stem < stems; stem++) {
            if (docFreq[stem] > 0) {
                docs[stem] = new int[docFreq[stem]];
                freqs[stem] = new int[docFreq[stem]];
                positions[stem] = new int[totalFreq[stem]];
            }
        }
        int[] posting = new int[stems];
        int[] position = new int[stems];
        Arrays.fill(posting, -1);
        for (int doc = 0; doc < texts.length; doc++) {
            int[] words = texts[doc].words();
            int[] at = texts[doc].positions();
            for (int i = 0; i < words.length; i++) {
                int stem = stemOfWord[words[i]];
                int p = posting[stem];
                if (p < 0 || docs[stem][p] != doc) {
                    p = ++posting[stem];
                    docs[stem][p] = doc;
                }
                freqs[stem][p]++;
                positions[stem][position[stem]++] = at[i];
            }
        }
        FieldPostings[] result = new FieldPostings[stems];
        for (int stem = 0; stem < stems; stem++) {
            if (docs[stem] != null) {
                result[stem] = new FieldPostings(docs[stem], freqs[stem], positions[stem]);
            }
        }
        return result;
    }

    /**
     * The index terms, sorted: each stem that is no other form of a word, with its own postings and
     * those of its other forms merged in (as Lucene indexes the canonical stem for each form).
     */
    public TreeMap<String, TermPostings> terms() {
        Map<String, List<Integer>> members = members(term -> true);
        TreeMap<String, TermPostings> terms = new TreeMap<>();
        for (String name : stems) {
            TermPostings postings = term(name, members);
            if (postings != null) {
                terms.put(name, postings);
            }
        }
        return terms;
    }

    /**
     * The stems merged into each term that {@code wanted} accepts: the stem numbers of the term's
     * other word forms, which Lucene indexes as the term.
     */
    public Map<String, List<Integer>> members(Predicate<String> wanted) {
        Map<String, List<Integer>> members = new HashMap<>();
        forms.aliases().forEach((alias, term) -> {
            Integer number = stemNumbers.get(alias);
            if (number != null && wanted.test(term)) {
                members.computeIfAbsent(term, t -> new ArrayList<>()).add(number);
            }
        });
        return members;
    }

    /**
     * The postings of the term {@code name} as the index holds them: its own stem's merged with
     * its other forms' ({@code members}, from {@link #members}); null if {@code name} is another
     * form of a word (no term) or no document has it.
     */
    public TermPostings term(String name, Map<String, List<Integer>> members) {
        if (forms.aliases().containsKey(name)) {
            return null;
        }
        Integer stem = stemNumbers.get(name);
        return term(name, stem == null ? -1 : stem, members.getOrDefault(name, List.of()));
    }

    /** A term's postings: its own stem's (if it occurs itself) merged with its other forms'. */
    private TermPostings term(String name, int stem, List<Integer> others) {
        List<FieldPostings> titles = new ArrayList<>();
        List<FieldPostings> bodies = new ArrayList<>();
        if (stem >= 0) {
            titles.add(title[stem]);
            bodies.add(body[stem]);
        }
        for (int other : others) {
            titles.add(title[other]);
            bodies.add(body[other]);
        }
        FieldPostings t = merge(titles);
        FieldPostings b = merge(bodies);
        return t == null && b == null ? null : new TermPostings(name, t, b);
    }

    public FieldStats stats(String field) {
        return stats(LanguageIndex.TITLE.equals(field) ? titleLengths : bodyLengths, null);
    }

    /** BM25's statistics of a field from its lengths, as Lucene computes them; {@code live} marks the documents to count, or null for all. */
    public static FieldStats stats(int[] lengths, boolean[] live) {
        byte[] norms = new byte[lengths.length];
        long docCount = 0;
        long sum = 0;
        for (int doc = 0; doc < lengths.length; doc++) {
            if (lengths[doc] > 0 && (live == null || live[doc])) {
                norms[doc] = (byte) SmallFloat.intToByte4(lengths[doc]);
                docCount++;
                sum += lengths[doc];
            }
        }
        // Lucene has no statistics for a field no document has a term in.
        return docCount == 0 ? new FieldStats(0, 0, norms) : new FieldStats(docCount, sum, norms);
    }

    /** The postings of several stems as one term's: documents merged, positions of a document merged in order. */
    static FieldPostings merge(List<FieldPostings> parts) {
        FieldPostings merged = null;
        for (FieldPostings part : parts) {
            if (part != null) {
                merged = merged == null ? part : merge(merged, part);
            }
        }
        return merged;
    }

    static FieldPostings merge(FieldPostings a, FieldPostings b) {
        int[] docs = new int[a.docs().length + b.docs().length];
        int[] freqs = new int[docs.length];
        int[] positions = new int[a.positions().length + b.positions().length];
        int i = 0;
        int j = 0;
        int pa = 0;
        int pb = 0;
        int n = 0;
        int p = 0;
        while (i < a.docs().length || j < b.docs().length) {
            int docA = i < a.docs().length ? a.docs()[i] : Integer.MAX_VALUE;
            int docB = j < b.docs().length ? b.docs()[j] : Integer.MAX_VALUE;
            if (docA < docB) {
                docs[n] = docA;
                freqs[n] = a.freqs()[i];
                System.arraycopy(a.positions(), pa, positions, p, a.freqs()[i]);
                pa += a.freqs()[i];
                p += a.freqs()[i++];
            } else if (docB < docA) {
                docs[n] = docB;
                freqs[n] = b.freqs()[j];
                System.arraycopy(b.positions(), pb, positions, p, b.freqs()[j]);
                pb += b.freqs()[j];
                p += b.freqs()[j++];
            } else {
                docs[n] = docA;
                int endA = pa + a.freqs()[i];
                int endB = pb + b.freqs()[j];
                freqs[n] = a.freqs()[i++] + b.freqs()[j++];
                while (pa < endA || pb < endB) {
                    positions[p++] = pb == endB || (pa < endA && a.positions()[pa] < b.positions()[pb])
                            ? a.positions()[pa++] : b.positions()[pb++];
                }
            }
            n++;
        }
        return new FieldPostings(Arrays.copyOf(docs, n), Arrays.copyOf(freqs, n), positions);
    }
}
