package org.labourrights.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.labourrights.site.model.Language;

/**
 * The Lucene index of one language's documents, in memory, and everything the static export
 * needs read back from it: each term's postings with positions, each field's norms (the length
 * byte BM25 uses) and collection statistics. Lucene decides all of it; the export only copies.
 *
 * <p>Document numbers are Lucene's doc ids of the single segment, so that ties in score break the
 * same way in the browser (lower number first) as in Lucene.
 */
public final class LanguageIndex implements AutoCloseable {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final List<String> FIELDS = List.of(TITLE, BODY);
    private static final String NUMBER = "n";

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
    private final List<SearchDocument> documents;
    private final Map<String, TermPostings> terms;
    private final Map<String, FieldStats> stats;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LanguageIndex(Language language, WordForms forms, List<SearchDocument> documents,
                          Map<String, TermPostings> terms, Map<String, FieldStats> stats,
                          ByteBuffersDirectory directory, DirectoryReader reader) {
        this.language = language;
        this.forms = forms;
        this.documents = documents;
        this.terms = terms;
        this.stats = stats;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity(Ranking.K1, Ranking.B));
    }

    /** Indexes {@code documents} (all of one language) with the language's analyzer and word forms. */
    public static LanguageIndex build(Language language, List<SearchDocument> documents) {
        // Analyze every text once, stem each distinct word once, then index the resulting terms.
        CorpusTokens corpus = CorpusTokens.of(language);
        List<CorpusTokens.Text> titles = new ArrayList<>(documents.size());
        List<CorpusTokens.Text> bodies = new ArrayList<>(documents.size());
        for (SearchDocument document : documents) {
            titles.add(corpus.add(document.title()));
            bodies.add(corpus.add(document.body()));
        }
        Analyzer stemmer = Analysis.stem(language);
        List<String> stems = corpus.words().stream().map(word -> Analysis.stemOf(stemmer, word)).toList();
        WordForms forms = WordForms.of(language, corpus.words(), stems);
        String[] termOf = stems.stream().map(forms::canonical).toArray(String[]::new);

        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Analysis.indexing(language, forms))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity(Ranking.K1, Ranking.B))
                .setRAMBufferSizeMB(512)
                .setUseCompoundFile(false);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < documents.size(); i++) {
                    Document lucene = new Document();
                    lucene.add(new StoredField(NUMBER, i));
                    lucene.add(new Field(TITLE, new ReplayTokens(termOf, titles.get(i)), TextField.TYPE_NOT_STORED));
                    lucene.add(new Field(BODY, new ReplayTokens(termOf, bodies.get(i)), TextField.TYPE_NOT_STORED));
                    writer.addDocument(lucene);
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("expected one segment after forceMerge(1)");
            }
            List<SearchDocument> ordered = inDocIdOrder(reader, documents);
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, FieldStats> stats = new TreeMap<>();
            Map<String, TermPostings> terms = new TreeMap<>();
            if (!reader.leaves().isEmpty()) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (String field : FIELDS) {
                    stats.put(field, fieldStats(searcher, leaf, field));
                }
                readPostings(leaf, terms);
            } else {
                for (String field : FIELDS) {
                    stats.put(field, new FieldStats(0, 0, new byte[0]));
                }
            }
            return new LanguageIndex(language, forms, ordered, Collections.unmodifiableMap(terms),
                    Collections.unmodifiableMap(stats), directory, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents re-ordered so that list index = Lucene doc id. */
    private static List<SearchDocument> inDocIdOrder(DirectoryReader reader, List<SearchDocument> documents)
            throws IOException {
        List<SearchDocument> ordered = new ArrayList<>(Collections.nCopies(documents.size(), null));
        StoredFields stored = reader.storedFields();
        for (int docId = 0; docId < reader.maxDoc(); docId++) {
            int number = stored.document(docId).getField(NUMBER).numericValue().intValue();
            ordered.set(docId, documents.get(number));
        }
        return List.copyOf(ordered);
    }

    private static FieldStats fieldStats(IndexSearcher searcher, LeafReader leaf, String field) throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(field);
        byte[] norms = new byte[leaf.maxDoc()];
        NumericDocValues values = leaf.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (byte) values.longValue();
            }
        }
        return collection == null
                ? new FieldStats(0, 0, norms)
                : new FieldStats(collection.docCount(), collection.sumTotalTermFreq(), norms);
    }

    private static void readPostings(LeafReader leaf, Map<String, TermPostings> into) throws IOException {
        Map<String, FieldPostings> title = readField(leaf, TITLE);
        Map<String, FieldPostings> body = readField(leaf, BODY);
        TreeMap<String, Boolean> all = new TreeMap<>();
        title.keySet().forEach(t -> all.put(t, true));
        body.keySet().forEach(t -> all.put(t, true));
        for (String term : all.keySet()) {
            into.put(term, new TermPostings(term, title.get(term), body.get(term)));
        }
    }

    private static Map<String, FieldPostings> readField(LeafReader leaf, String field) throws IOException {
        Map<String, FieldPostings> postings = new TreeMap<>();
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return postings;
        }
        TermsEnum iterator = terms.iterator();
        PostingsEnum enumerator = null;
        IntList docs = new IntList();
        IntList freqs = new IntList();
        IntList positions = new IntList();
        for (BytesRef bytes = iterator.next(); bytes != null; bytes = iterator.next()) {
            docs.clear();
            freqs.clear();
            positions.clear();
            enumerator = iterator.postings(enumerator, PostingsEnum.POSITIONS);
            for (int doc = enumerator.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = enumerator.nextDoc()) {
                int freq = enumerator.freq();
                docs.add(doc);
                freqs.add(freq);
                for (int i = 0; i < freq; i++) {
                    positions.add(enumerator.nextPosition());
                }
            }
            postings.put(bytes.utf8ToString(), new FieldPostings(docs.toArray(), freqs.toArray(), positions.toArray()));
        }
        return postings;
    }

    public Language language() {
        return language;
    }

    public WordForms forms() {
        return forms;
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

    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A growable int array, to read postings without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
