package org.labourrights.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.index.inversion.Ranking;
import org.labourrights.site.model.Language;

/**
 * Lucene's own index of the same documents, and Lucene's answer to the same queries: the
 * reference that the static export, the live index and the browser's results are tested against.
 * The site never needs it, so it lives with the tests.
 */
public final class LuceneReference {

    /** A result: the document number (Lucene's doc id), its score and the document. */
    public record Hit(int doc, float score, SearchDocument document) { }

    /** Lucene's index of each language index's documents, built on first use and kept while the index is. */
    private static final Map<LanguageIndex, IndexSearcher> SEARCHERS = new WeakHashMap<>();

    private LuceneReference() {
    }

    /**
     * Lucene's index of {@code index}'s documents, analyzed with the language's analyzer and word
     * forms: one document per search document, in order, in one segment, so doc ids are the same.
     */
    public static synchronized IndexSearcher searcher(LanguageIndex index) {
        return SEARCHERS.computeIfAbsent(index, LuceneReference::build);
    }

    /** Lucene's top {@code limit} for {@code text} in one language: the reference ranking. */
    public static List<Hit> search(SearchIndex site, Language language, String text, int limit) {
        LanguageIndex index = site.index(language);
        try {
            TopDocs top = searcher(index).search(LuceneQueries.of(plan(site, language, text)), Math.max(1, limit));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new Hit(hit.doc, hit.score, index.documents().get(hit.doc)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents of one language match {@code text}: the whole result set, not only the top. */
    public static int count(SearchIndex site, Language language, String text) {
        try {
            return searcher(site.index(language)).count(LuceneQueries.of(plan(site, language, text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan of a query, as the browser should resolve it too. */
    public static QueryPlan plan(SearchIndex site, Language language, String text) {
        return QueryPlan.of(ParsedQuery.parse(language, text), site.lexicon(language));
    }

    private static IndexSearcher build(LanguageIndex index) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Analysis.indexing(index.language(), index.forms()))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity(Ranking.K1, Ranking.B))
                .setRAMBufferSizeMB(512)
                .setUseCompoundFile(false);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (SearchDocument document : index.documents()) {
                    Document lucene = new Document();
                    lucene.add(new TextField(LanguageIndex.TITLE, document.title(), Field.Store.NO));
                    lucene.add(new TextField(LanguageIndex.BODY, document.body(), Field.Store.NO));
                    writer.addDocument(lucene);
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("expected one segment after forceMerge(1)");
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(Ranking.K1, Ranking.B));
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
