package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.bench.SyntheticCorpus;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The export does not read Lucene's index: it inverts the analyzed documents itself
 * ({@link Inversion}: tokens analyzed once, each distinct token filtered once, chunks of documents
 * in parallel). That inversion must be exactly Lucene's index of the same documents, built by
 * Lucene's own analyzer with the word-form map — every term, posting, frequency, position, norm
 * and statistic — on the real content and on a synthetic corpus.
 */
class InversionTest {

    @TempDir
    static Path work;

    @Test
    void theInversionIsLucenesIndexOnTheRealContent() throws IOException {
        compare(RealContent.documents());
    }

    @Test
    void theInversionIsLucenesIndexOnASyntheticCorpus() throws Exception {
        Path corpus = work.resolve("corpus");
        SyntheticCorpus.generate(RealContent.PROJECT, corpus, 300);
        compare(RealContent.documents(corpus));
    }

    @Test
    void chunksAnalyzedInParallelGiveTheSameIndexAsOneThread() {
        List<SearchDocument> documents = RealContent.documents();
        {
            SearchIndex parallel = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents);
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                LanguageIndex sequential = LanguageIndex.build(language,
                        documents.stream().filter(d -> d.language() == language).toList());
                assertEquals(dump(sequential), dump(parallel.index(language)), language.toString());
            }
        }
    }

    private static void compare(List<SearchDocument> all) throws IOException {
        int terms = 0;
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            List<SearchDocument> documents = all.stream().filter(d -> d.language() == language).toList();
            {
                LanguageIndex index = LanguageIndex.build(language, documents);
                LeafReader lucene = LuceneReference.searcher(index).getIndexReader().leaves().get(0).reader();
                for (String field : LanguageIndex.FIELDS) {
                    List<String> expected = lucene(lucene, field);
                    expected.addAll(luceneStats(index, lucene, field));
                    List<String> actual = exported(index, field);
                    assertEquals(expected.size(), actual.size(), language + " " + field + ": lines");
                    for (int i = 0; i < expected.size(); i++) {
                        assertEquals(expected.get(i), actual.get(i), language + " " + field + " line " + i);
                    }
                    terms += expected.size();
                }
            }
        }
        assertTrue(terms > 100, "compared " + terms + " lines");
    }

    /** Every term of a field with its postings and positions, as text, from Lucene. */
    private static List<String> lucene(LeafReader reader, String field) throws IOException {
        List<String> lines = new ArrayList<>();
        Terms terms = reader.terms(field);
        if (terms == null) {
            return lines;
        }
        List<String> sorted = new ArrayList<>();
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            sorted.add(term.utf8ToString());
        }
        sorted.sort(null);
        PostingsEnum postings = null;
        for (String term : sorted) {
            iterator.seekExact(new BytesRef(term));
            StringBuilder line = new StringBuilder(term);
            postings = iterator.postings(postings, PostingsEnum.POSITIONS);
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                line.append(' ').append(doc).append(':');
                for (int i = 0; i < postings.freq(); i++) {
                    line.append(i == 0 ? "" : ",").append(postings.nextPosition());
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> luceneStats(LanguageIndex index, LeafReader reader, String field) throws IOException {
        List<String> lines = new ArrayList<>();
        NumericDocValues norms = reader.getNormValues(field);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            lines.add("norm " + doc + " " + (norms != null && norms.advanceExact(doc) ? (byte) norms.longValue() : 0));
        }
        CollectionStatistics stats = LuceneReference.searcher(index).collectionStatistics(field);
        lines.add("docCount " + (stats == null ? 0 : stats.docCount()));
        lines.add("sumTotalTermFreq " + (stats == null ? 0 : stats.sumTotalTermFreq()));
        return lines;
    }

    /** The same lines from the inversion the export copies. */
    private static List<String> exported(LanguageIndex index, String field) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, LanguageIndex.TermPostings> entry : index.terms().entrySet()) {
            LanguageIndex.FieldPostings postings = entry.getValue().field(field);
            if (postings == null) {
                continue;
            }
            StringBuilder line = new StringBuilder(entry.getKey());
            int at = 0;
            for (int d = 0; d < postings.docs().length; d++) {
                line.append(' ').append(postings.docs()[d]).append(':');
                for (int i = 0; i < postings.freqs()[d]; i++) {
                    line.append(i == 0 ? "" : ",").append(postings.positions()[at++]);
                }
            }
            assertEquals(postings.positions().length, at, entry.getKey() + " positions");
            lines.add(line.toString());
        }
        LanguageIndex.FieldStats stats = index.stats(field);
        for (int doc = 0; doc < stats.norms().length; doc++) {
            lines.add("norm " + doc + " " + stats.norms()[doc]);
        }
        lines.add("docCount " + stats.docCount());
        lines.add("sumTotalTermFreq " + stats.sumTotalTermFreq());
        return lines;
    }

    private static List<String> dump(LanguageIndex index) {
        List<String> lines = new ArrayList<>();
        for (String field : LanguageIndex.FIELDS) {
            lines.addAll(exported(index, field));
        }
        lines.add("forms " + index.forms().aliases());
        return lines;
    }
}
