package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Language;

/**
 * Indexing replays tokens analyzed once ({@link CorpusTokens}, {@link ReplayTokens}) instead of
 * running the analyzer over every text: the index must be exactly the one Lucene's own analyzer
 * (with the word-form map) makes — every term, posting, position and norm — on the real content.
 */
class ReplayIndexingTest {

    @Test
    void replayedTokensIndexAsTheAnalyzerDoes() throws IOException {
        List<SearchDocument> all = RealContent.documents();
        for (Language language : Language.values()) {
            List<SearchDocument> documents = all.stream().filter(d -> d.language() == language).toList();
            try (LanguageIndex replayed = LanguageIndex.build(language, documents);
                 ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
                try (IndexWriter writer = new IndexWriter(directory,
                        new IndexWriterConfig(Analysis.indexing(language, replayed.forms())))) {
                    for (SearchDocument document : replayed.documents()) {
                        Document lucene = new Document();
                        lucene.add(new TextField(LanguageIndex.TITLE, document.title(), Field.Store.NO));
                        lucene.add(new TextField(LanguageIndex.BODY, document.body(), Field.Store.NO));
                        writer.addDocument(lucene);
                    }
                    writer.forceMerge(1);
                }
                try (DirectoryReader reference = DirectoryReader.open(directory)) {
                    LeafReader expected = reference.leaves().get(0).reader();
                    LeafReader actual = replayed.searcher().getIndexReader().leaves().get(0).reader();
                    for (String field : LanguageIndex.FIELDS) {
                        assertEquals(dump(expected, field), dump(actual, field), language + " " + field);
                    }
                }
            }
        }
    }

    /** Every term of a field with its postings and positions, then every document's norm, as text. */
    private static List<String> dump(LeafReader reader, String field) throws IOException {
        List<String> lines = new ArrayList<>();
        Terms terms = reader.terms(field);
        TermsEnum iterator = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            StringBuilder line = new StringBuilder(term.utf8ToString());
            postings = iterator.postings(postings, PostingsEnum.POSITIONS);
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                line.append(' ').append(doc).append(':');
                for (int i = 0; i < postings.freq(); i++) {
                    line.append(i == 0 ? "" : ",").append(postings.nextPosition());
                }
            }
            lines.add(line.toString());
        }
        NumericDocValues norms = reader.getNormValues(field);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            lines.add("norm " + doc + " " + (norms.advanceExact(doc) ? norms.longValue() : 0));
        }
        return lines;
    }
}
