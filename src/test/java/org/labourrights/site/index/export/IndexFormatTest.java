package org.labourrights.site.index.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.index.LuceneReference;
import org.labourrights.site.index.NodeEngine;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.SearchIndex;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.export.IndexFiles;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.index.inversion.Lexicon;
import org.labourrights.site.index.inversion.Ranking;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The static index files (format 2, described in {@link IndexFiles}) say exactly what Lucene's
 * index says: every term once, in the shard its key range gives, with Lucene's postings,
 * positions, norms and statistics; word forms resolvable from their own shard; documents by doc
 * id; a folder named by a hash of the content.
 */
class IndexFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static SearchIndex index;
    static Path root;
    static PublishedSearch published;

    static List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        String[] russian = {
            "Забастовка нефтяников в Жанаозене", "Миссия осуждает аресты участников забастовок и профсоюзных лидеров.",
            "Забастовки и суды", "Суд вынес приговор. Забастовки продолжаются; «право на забастовку» защищено МОТ.",
            "Казахстан: отец и дети", "В Казахстане отца задержали. Отцы и деды. Казахстан ратифицировал конвенцию.",
            "Без даты", ""};
        String[] english = {
            "Strike in Zhanaozen", "The Mission condemns the arrests of strikers and trade union leaders.",
            "Women's labour rights", "Women and men; the woman's right to strike, the union's demands.",
            "Freedom of association", "Freedom of association is a right; associations are free.",
            "Empty", ""};
        for (int i = 0; i < russian.length; i += 2) {
            documents.add(new SearchDocument("ru:statements/s" + i, Language.RU, "/ru/statements/s" + i + "/", "statements",
                    russian[i], i == 6 ? "unknown" : "2025-0" + (i / 2 + 1), i == 0 ? "Краткое содержание." : null, russian[i + 1]));
            documents.add(new SearchDocument("en:statements/s" + i, Language.EN, "/en/statements/s" + i + "/", "statements",
                    english[i], "2024", null, english[i + 1]));
        }
        return documents;
    }

    @BeforeAll
    static void build() {
        index = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents(), 120);
        published = index.write(work);
        root = work.resolve(published.base().substring(1));
    }

    @AfterAll
    static void close() {

    }

    @Test
    void theFolderIsNamedByAHashOfItsContentAndNothingElseIsLeft() throws IOException {
        assertTrue(published.base().matches("/search/[0-9a-f]{12}/"), published.base());
        assertTrue(Files.isRegularFile(root.resolve("ru/manifest.json")));
        try (Stream<Path> entries = Files.list(work.resolve("search"))) {
            assertEquals(List.of(root), entries.toList(), "only the index folder, no temporary one");
        }
        {
            SearchIndex again = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents(), 120);
            assertEquals(published.base(), again.write(work.resolve("again")).base(), "the same content, the same name");
        }
        List<SearchDocument> changed = new ArrayList<>(documents());
        SearchDocument first = changed.get(0);
        changed.set(0, new SearchDocument(first.id(), first.language(), first.url(), first.type(), first.title() + "!",
                first.date(), first.summary(), first.text()));
        {
            SearchIndex other = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, changed, 120);
            assertNotEquals(published.base(), other.write(work.resolve("other")).base(), "changed content, a new name");
        }
    }

    @Test
    void theManifestCarriesLuceneStatisticsNormsStopWordsAndRanking() throws IOException {
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            JsonNode manifest = read(language, "manifest.json");
            LanguageIndex lucene = index.index(language);
            assertEquals(IndexFiles.FORMAT, manifest.get("format").asInt());
            assertEquals(language.code(), manifest.get("language").asText());
            assertEquals(lucene.documents().size(), manifest.get("documents").asInt());
            JsonNode ranking = manifest.get("ranking");
            assertEquals(Ranking.K1, (float) ranking.get("k1").asDouble());
            assertEquals(Ranking.B, (float) ranking.get("b").asDouble());
            assertEquals(Ranking.TITLE_BOOST, (float) ranking.get("titleBoost").asDouble());
            assertEquals(Ranking.EXACT_TIER, (float) ranking.get("exactTier").asDouble());
            assertEquals(Ranking.MAX_VARIANTS, ranking.get("maxVariants").asInt());
            for (String field : LanguageIndex.FIELDS) {
                CollectionStatistics stats = LuceneReference.searcher(lucene).collectionStatistics(field);
                JsonNode exported = manifest.get("fields").get(field);
                assertEquals(stats.docCount(), exported.get("docCount").asLong(), field);
                assertEquals(stats.sumTotalTermFreq(), exported.get("sumTotalTermFreq").asLong(), field);
                byte[] norms = HexFormat.of().parseHex(exported.get("norms").asText());
                assertEquals(lucene.documents().size(), norms.length);
                LeafReader leaf = leaf(language);
                var values = leaf.getNormValues(field);
                for (int doc = 0; doc < norms.length; doc++) {
                    long expected = values.advanceExact(doc) ? values.longValue() : 0;
                    assertEquals((byte) expected, norms[doc], field + " norm of doc " + doc);
                }
            }
            List<String> stopWords = new ArrayList<>();
            manifest.get("stopWords").forEach(w -> stopWords.add(w.asText()));
            assertEquals(Analysis.stopWords(language).size(), stopWords.size());
            stopWords.forEach(w -> assertTrue(Analysis.stopWords(language).contains(w), w));
            List<String> keys = new ArrayList<>();
            manifest.get("shards").forEach(k -> keys.add(k.asText()));
            assertEquals("", keys.get(0));
            for (int i = 1; i < keys.size(); i++) {
                assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0, "keys ascend: " + keys);
            }
            assertEquals(index.lexicon(language).keys(), keys);
            List<String> common = new ArrayList<>();
            manifest.get("common").forEach(w -> common.add(w.asText()));
            assertEquals(index.lexicon(language).common(), common);
            common.forEach(w -> assertTrue(index.lexicon(language).hasTerm(w), w));
            assertTrue(keys.size() > 3, "a small target size makes several shards: " + keys);
        }
    }

    @Test
    void everyTermIsInTheShardOfItsKeyRangeWithLucenesPostingsAndPositions() throws IOException {
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            Lexicon lexicon = index.lexicon(language);
            Map<String, Integer> shardOfTerm = new HashMap<>();
            int positionFiles = read(language, "manifest.json").get("positionFiles").asInt();
            List<JsonNode> positionFile = new ArrayList<>();
            for (int file = 0; file < positionFiles; file++) {
                positionFile.add(read(language, "p/" + file + ".json"));
            }
            for (int shard = 0; shard < lexicon.shardCount(); shard++) {
                JsonNode json = read(language, "s/" + shard + ".json");
                for (JsonNode entry : json.get("terms")) {
                    String term = entry.get(0).asText();
                    assertEquals(null, shardOfTerm.put(term, shard), term + " is in one shard only");
                    assertEquals(shard, lexicon.shardOf(term), term + " is in its key range's shard");
                    JsonNode positions = positionFile.get(IndexFiles.positionFile(term, positionFiles)).get(term);
                    assertPostings(language, term, entry, positions);
                }
                for (JsonNode entry : json.get("linked")) {
                    String term = entry.get(0).asText();
                    assertNotEquals(shard, lexicon.shardOf(term), "a linked term belongs to another shard");
                    assertPostings(language, term, entry, positionFile.get(IndexFiles.positionFile(term, positionFiles)).get(term));
                }
                Iterator<Map.Entry<String, JsonNode>> aliases = json.get("aliases").fields();
                while (aliases.hasNext()) {
                    Map.Entry<String, JsonNode> alias = aliases.next();
                    assertEquals(shard, lexicon.shardOf(alias.getKey()), "an alias sorts into its shard");
                    String term = alias.getValue().asText();
                    boolean here = false;
                    for (JsonNode entry : json.get("terms")) {
                        here |= entry.get(0).asText().equals(term);
                    }
                    for (JsonNode entry : json.get("linked")) {
                        here |= entry.get(0).asText().equals(term);
                    }
                    assertTrue(here, "the term of alias " + alias.getKey() + " is in the alias's shard");
                    assertNotNull(positionFile.get(IndexFiles.positionFile(alias.getKey(), positionFiles)).get(term),
                            "the positions of alias " + alias.getKey() + " are in the alias's positions file");
                }
            }
            assertEquals(index.index(language).terms().keySet(), shardOfTerm.keySet(), "every term of Lucene is exported");
        }
    }

    @Test
    void aWordFormSplitBySnowballIsJoinedAndResolvable() throws IOException {
        Lexicon lexicon = index.lexicon(Language.RU);
        assertEquals("забастовк", lexicon.canonical("забастовок"));
        assertEquals("отц", lexicon.canonical("отец"));
        assertEquals("казахстан", lexicon.canonical("казахста"));
        JsonNode shard = read(Language.RU, "s/" + lexicon.shardOf("забастовок") + ".json");
        assertEquals("забастовк", shard.get("aliases").get("забастовок").asText());
        assertTrue(lexicon.formsOf("забастовк").contains("забастовок"));
    }

    @Test
    void documentsAreStoredByLuceneDocIdWithTheirBodyText() throws IOException {
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            List<SearchDocument> byId = index.index(language).documents();
            for (int doc = 0; doc < byId.size(); doc++) {
                JsonNode json = read(language, "d/" + doc + ".json");
                SearchDocument expected = byId.get(doc);
                assertEquals(expected.title(), json.get("title").asText());
                assertEquals(expected.url(), json.get("url").asText());
                assertEquals(expected.type(), json.get("type").asText());
                assertEquals(expected.date(), json.get("date").asText());
                assertEquals(expected.body(), json.get("body").asText());
                assertEquals(1, json.get("parts").asInt());
                assertEquals(expected.id(), index.index(language).documents().get(doc).id());
            }
        }
        assertEquals("Краткое содержание.\n\nМиссия осуждает аресты участников забастовок и профсоюзных лидеров.",
                documents().get(0).body(), "the body indexes the summary, then the text");
    }

    private static void assertPostings(Language language, String term, JsonNode entry, JsonNode positions) throws IOException {
        assertNotNull(positions, "positions of " + term);
        int[][] body = lucene(language, LanguageIndex.BODY, term);
        int[][] title = lucene(language, LanguageIndex.TITLE, term);
        assertArrayEquals(body[0], undelta(entry.get(1)), term + " body docs");
        assertArrayEquals(body[1], ints(entry.get(2)), term + " body freqs");
        assertArrayEquals(title[0], undelta(entry.get(3)), term + " title docs");
        assertArrayEquals(title[1], ints(entry.get(4)), term + " title freqs");
        assertArrayEquals(body[2], positions(positions.get(0), body[1]), term + " body positions");
        assertArrayEquals(title[2], positions(positions.get(1), title[1]), term + " title positions");
        List<String> forms = new ArrayList<>();
        entry.get(5).forEach(f -> forms.add(f.asText()));
        assertEquals(index.lexicon(language).formsOf(term), forms);
    }

    /** Docs, freqs and positions of a term straight from Lucene's reader. */
    private static int[][] lucene(Language language, String field, String term) throws IOException {
        List<Integer> docs = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Terms terms = leaf(language).terms(field);
        TermsEnum iterator = terms.iterator();
        if (iterator.seekExact(new BytesRef(term))) {
            PostingsEnum postings = iterator.postings(null, PostingsEnum.POSITIONS);
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs.add(doc);
                freqs.add(postings.freq());
                for (int i = 0; i < postings.freq(); i++) {
                    positions.add(postings.nextPosition());
                }
            }
        }
        return new int[][] {toArray(docs), toArray(freqs), toArray(positions)};
    }

    private static LeafReader leaf(Language language) {
        return LuceneReference.searcher(index.index(language)).getIndexReader().leaves().get(0).reader();
    }

    private static int[] undelta(JsonNode deltas) {
        int[] values = ints(deltas);
        for (int i = 1; i < values.length; i++) {
            values[i] += values[i - 1];
        }
        return values;
    }

    /** Per posting, its freq's worth of positions, each the difference from the previous in the document. */
    private static int[] positions(JsonNode flat, int[] freqs) {
        int[] deltas = ints(flat);
        int[] values = new int[deltas.length];
        int at = 0;
        for (int freq : freqs) {
            int previous = 0;
            for (int k = 0; k < freq; k++) {
                previous += deltas[at];
                values[at++] = previous;
            }
        }
        assertEquals(deltas.length, at);
        return values;
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static JsonNode read(Language language, String file) throws IOException {
        return JSON.readTree(root.resolve(language.code()).resolve(file).toFile());
    }

    @Test
    void aLongBodyIsCutIntoPartsBetweenWords() {
        String body = ("Слово за словом, строка за строкой.\n").repeat(600);
        List<String> parts = IndexFiles.parts(body);
        assertEquals(body, String.join("", parts));
        assertTrue(parts.size() >= 3);
        assertTrue(parts.get(0).length() <= IndexFiles.FIRST_PART && parts.get(0).length() > IndexFiles.FIRST_PART / 2);
        for (String part : parts) {
            assertTrue(part.length() <= IndexFiles.PART);
        }
        parts.subList(0, parts.size() - 1).forEach(part -> assertTrue(part.endsWith("\n"), "cut after a line"));
        assertEquals(List.of("short"), IndexFiles.parts("short"));
        String unbroken = "ж".repeat(IndexFiles.FIRST_PART + 10);
        assertEquals(List.of("ж".repeat(IndexFiles.FIRST_PART), "ж".repeat(10)), IndexFiles.parts(unbroken));
    }

    @Test
    void theBrowserReadsEveryPartOfALongBodyFromTheFileItSharesWithItsNeighbours() throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        String paragraph = "Рабочие потребовали повышения заработной платы, и профсоюз поддержал их требования.\n";
        for (int i = 0; i < 11; i++) {
            String text = i % 3 == 0 ? "Короткий текст " + i + "." : paragraph.repeat(40 + 60 * i);
            documents.add(new SearchDocument("ru:reports/r" + i, Language.RU, "/ru/reports/r" + i + "/", "reports",
                    "Отчёт " + i, "2025", i == 1 ? "Рабочие потребовали" : null, text));
        }
        {
            SearchIndex long_ = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents);
            Path folder = work.resolve("parts");
            PublishedSearch published = long_.write(folder);
            Path ru = folder.resolve(published.base().substring(1)).resolve("ru");
            List<Integer> numbers = new ArrayList<>();
            for (int n = 0; n < documents.size(); n++) {
                numbers.add(n);
            }
            JsonNode answer = NodeEngine.call(Map.of("command", "parts", "index", ru.toString(), "documents", numbers));
            int longOnes = 0;
            for (int n = 0; n < documents.size(); n++) {
                List<String> expected = IndexFiles.parts(IndexFiles.snippetBody(long_.index(Language.RU).documents().get(n)));
                List<String> actual = new ArrayList<>();
                answer.get("documents").get(n).forEach(part -> actual.add(part.asText()));
                assertEquals(expected, actual, "document " + n);
                longOnes += expected.size() > 1 ? 1 : 0;
            }
            assertTrue(longOnes >= 6, "long bodies: " + longOnes);
            try (Stream<Path> rests = Files.list(ru.resolve("r"))) {
                assertEquals(3, rests.count(), "one file for the later parts of each four documents");
            }
        }
    }

    @Test
    void noEmptyBodyBreaksTheExport() throws IOException {
        JsonNode manifest = read(Language.RU, "manifest.json");
        assertFalse(manifest.get("fields").get("body").get("norms").asText().isEmpty());
    }
}
