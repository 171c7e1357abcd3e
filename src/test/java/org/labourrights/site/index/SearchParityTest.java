package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.bench.SyntheticCorpus;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The browser's ranking is Lucene's: for each query, the script's top 10 under Node equals
 * Lucene's top 10 on the same index (the same documents in the same order, with bit-identical
 * float scores), and both find the same number of documents, phrases of two common words too,
 * which the browser counts from pair files instead of positions. On the real content, and on a
 * synthetic corpus large enough for scores to be close and ties to matter.
 */
public class SearchParityTest {

    /** Words, inflected forms, typos, phrases, stop words, both alphabets, names across scripts, odd input. */
    public static final List<String> RUSSIAN = List.of(
            "профсоюзов", "профсоюз", "забастовка", "забастовок", "забастовки", "Жанаозен", "Жанаозене",
            "независимых профсоюзов", "\"независимых профсоюзов\"", "«право на забастовку»", "трудовых мигрантов",
            "мигранты", "Казахстан", "Казахстане", "Беларусь", "принудительный труд", "МОТ", "свобода объединения",
            "пытки", "Елшибаев", "Елшибаева", "профсаюзов", "конфедерацыя", "рабочих активистов",
            "права человека \"трудовых прав\"", "и в на", "Kazakhstan", "2022", "координационной встречи Миссии",
            "нефтяников Жанаозена", "Ержан", "\"Ержана Елшибаева\"", "заработной платы", "\"", "***", "к",
            "Elshibaev", "Yelshibayev", "Elshibaef", "Елшибаеф", "Yaroshuk", "Zhanaozen", "Janaozen", "Жаңаөзен",
            "Erzhan Elshibayev", "\"Elshibaev\"");

    public static final List<String> ENGLISH = List.of(
            "trade unions", "trade union", "\"trade unions\"", "Elshibaev", "Elshibayev", "Erzhan Elshibayev",
            "migrant workers", "migrants", "forced labour", "Zhanaozen", "Zhanaozen events", "strike", "strikes",
            "striking", "torture", "ILO conventions", "coordination meeting", "\"coordination meeting\"",
            "Kazahstan", "Kazakstan", "Belarus", "freedom of association", "\"freedom of association\"",
            "independent trade unions Kazakhstan", "the of and", "women's labour rights", "Bir Duino",
            "Kyrgyzstan migrant", "union's", "labor", "mission", "\"", "x",
            "Ярошук", "Yaroshuk", "Елшибаев", "Yelshibayev", "Janaozen", "Жанаозен", "Елшибаеф", "Ержан Елшибаев");

    @TempDir
    static Path work;

    @Test
    void topTenEqualsLuceneOnTheRealContent() {
        compare(RealContent.documents(), work.resolve("real"), RUSSIAN, ENGLISH, 0);
    }

    @Test
    void topTenEqualsLuceneOnASyntheticCorpus() throws Exception {
        Path corpus = work.resolve("corpus");
        SyntheticCorpus.generate(RealContent.PROJECT, corpus, 300);
        List<String> russian = new ArrayList<>(RUSSIAN);
        russian.addAll(List.of("профсоюзных активистов", "заработную плату", "работников", "Миссия получила сообщения",
                "\"заработную плату\"", "горнодобывающего предприятия Алматы", "Ташкенте", "Ташкент", "суд", "судебный",
                "забастовку", "забостовку", "хлопковой страде", "\"трудовых мигрантов\" Москве", "детский труд",
                "коллективные переговоры", "курьеров", "Мисия"));
        List<String> english = new ArrayList<>(ENGLISH);
        english.addAll(List.of("wage arrears", "mining enterprise", "\"mining enterprise\"", "had not been paid",
                "Tashkent", "couriers", "cotton harvest", "child labour agriculture", "collective bargaining",
                "recieved reports", "enterprize", "persecution of trade union activists", "Almaty"));
        // Large enough for common words: phrases of two of them are counted from pair files.
        compare(RealContent.documents(corpus), work.resolve("synthetic"), russian, english, 5);
    }

    private static void compare(List<SearchDocument> documents, Path site, List<String> russian, List<String> english,
                                int fromPairsAtLeast) {
        {
            SearchIndex index = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents, 4096);
            PublishedSearch published = index.write(site);
            Path folder = site.resolve(published.base().substring(1));
            int compared = 0;
            int withHits = 0;
            int fromPairs = 0;
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                List<String> queries = language == Language.RU ? russian : english;
                JsonNode answer = NodeEngine.call(Map.of("command", "search", "index",
                        folder.resolve(language.code()).toString(), "queries", queries, "limit", 10));
                for (int q = 0; q < queries.size(); q++) {
                    String query = queries.get(q);
                    JsonNode browser = answer.get("results").get(q);
                    List<String> expected = new ArrayList<>();
                    for (LuceneReference.Hit hit : LuceneReference.search(index, language, query, 10)) {
                        expected.add(hit.doc() + " " + Float.floatToIntBits(hit.score()) + " (" + hit.score() + ")");
                    }
                    List<String> actual = new ArrayList<>();
                    for (JsonNode hit : browser.get("hits")) {
                        float score = (float) hit.get(1).asDouble();
                        actual.add(hit.get(0).asInt() + " " + Float.floatToIntBits(score) + " (" + score + ")");
                    }
                    assertEquals(expected, actual, language + " top 10 for [" + query + "], plan "
                            + LuceneReference.plan(index, language, query));
                    assertEquals(LuceneReference.count(index, language, query), browser.get("total").asInt(),
                            language + " number of results for [" + query + "]");
                    compared++;
                    withHits += expected.isEmpty() ? 0 : 1;
                    fromPairs += browser.get("pairs").asInt() > 0 && !expected.isEmpty() ? 1 : 0;
                }
            }
            System.out.printf("%d queries: browser top 10 = Lucene top 10 (%d with results, %d phrases from pair files)%n",
                    compared, withHits, fromPairs);
            assertTrue(withHits >= 20, "at least 20 of the queries should find something, found " + withHits);
            assertTrue(fromPairs >= fromPairsAtLeast, "phrases answered from pair files, as Lucene answers them: " + fromPairs);
        }
    }
}
