package org.labourrights.site.index.inversion;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.analysis.Names;
import org.labourrights.site.index.analysis.WordForms;
import org.labourrights.site.model.Language;

/**
 * One language's index: every term's postings with positions, each field's norms (the length
 * byte BM25 uses) and collection statistics, as Lucene's index of the documents has them, which
 * is what the static export copies. They come from {@link Inversion}, which inverts the analyzed
 * documents itself; the tests build Lucene's own index of the same documents (the reference
 * ranking) and check that both agree on every term, posting, position, norm and statistic.
 *
 * <p>Document numbers are the documents' order, which is also Lucene's doc ids (one indexing
 * thread, one segment), so that ties in score break the same way in the browser (lower number
 * first) as in Lucene.
 */
public final class LanguageIndex {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final List<String> FIELDS = List.of(TITLE, BODY);

    /** One field's postings of one term: doc numbers ascending, their frequencies, and all positions in order. */
    public record FieldPostings(int[] docs, int[] freqs, int[] positions) {

        public int docFreq() {
            return docs.length;
        }
    }

    /** A term's postings in both fields; either may be null when the term occurs only in the other. */
    public record TermPostings(String term, FieldPostings title, FieldPostings body) {

        public FieldPostings field(String name) {
            return TITLE.equals(name) ? title : body;
        }

        /** Documents with the term in the title plus documents with it in the body: orders typo variants. */
        public int weight() {
            return (title == null ? 0 : title.docFreq()) + (body == null ? 0 : body.docFreq());
        }
    }

    /** A field's BM25 statistics: documents having it, its total length, and each document's norm byte. */
    public record FieldStats(long docCount, long sumTotalTermFreq, byte[] norms) { }

    private final Language language;
    private final WordForms forms;
    private final Names names;
    private final List<SearchDocument> documents;
    private final SortedMap<String, TermPostings> terms;
    private final Map<String, FieldStats> stats;

    private LanguageIndex(Language language, WordForms forms, Names names, List<SearchDocument> documents,
                          SortedMap<String, TermPostings> terms, Map<String, FieldStats> stats) {
        this.language = language;
        this.forms = forms;
        this.names = names;
        this.documents = documents;
        this.terms = terms;
        this.stats = stats;
    }

    /** Indexes {@code documents} (all of one language) with the language's analyzer and word forms. */
    public static LanguageIndex build(Language language, List<SearchDocument> documents) {
        return build(language, documents, rank -> Runnable::run).join();
    }

    /** The same, analyzing chunks of the documents as tasks ({@link Inversion#of}). */
    public static CompletableFuture<LanguageIndex> build(Language language, List<SearchDocument> documents,
                                                  java.util.function.IntFunction<Executor> executors) {
        List<SearchDocument> copy = List.copyOf(documents);
        return Inversion.of(language, copy, executors, false).thenApply(inversion -> {
            Map<String, FieldStats> stats = new TreeMap<>();
            for (String field : FIELDS) {
                stats.put(field, inversion.stats(field));
            }
            return new LanguageIndex(language, inversion.forms, inversion.names, copy, Collections.unmodifiableSortedMap(inversion.terms()),
                    Collections.unmodifiableMap(stats));
        });
    }

    public Language language() {
        return language;
    }

    public WordForms forms() {
        return forms;
    }

    public Names names() {
        return names;
    }

    /** The documents by doc number. */
    public List<SearchDocument> documents() {
        return documents;
    }

    /** Every term of the index, sorted. */
    public Map<String, TermPostings> terms() {
        return terms;
    }

    public FieldStats stats(String field) {
        return stats.get(field);
    }
}
