package org.labourrights.site.index.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.bench.SyntheticCorpus;
import org.labourrights.site.index.LuceneReference;
import org.labourrights.site.index.NodeEngine;
import org.labourrights.site.index.RealContent;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.SearchIndex;
import org.labourrights.site.index.SearchParityTest;
import org.labourrights.site.index.live.LiveSearch;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The preview's live index after edits answers as a full build of the same documents: for every
 * query of the parity tests (and more), the browser engine finds the same documents with the same
 * scores in the live folder as in a fresh build's folder (documents may be numbered differently,
 * so equal scores are compared as sets). And the files an update leaves are exactly those a
 * complete export of the live index would write: an update rewrites what changed, and an edit
 * of a few words rewrites a few files.
 */
class LiveSearchTest {

    private static final long SHARD_TARGET = 4096;

    @TempDir
    static Path work;
    static List<SearchDocument> corpus;
    /** Queries for the words around the latest edits. */
    static final Map<Language, List<String>> extra = new java.util.HashMap<>();

    @BeforeAll
    static void corpus() throws IOException {
        Path folder = work.resolve("corpus");
        SyntheticCorpus.generate(RealContent.PROJECT, folder, 120);
        corpus = new ArrayList<>(RealContent.documents(folder));
        // The real content too, for its word forms ("забастовок") and its variety.
        RealContent.documents().forEach(document -> corpus.add(withId(document, document.id() + "-real")));
    }

    @Test
    void afterEditsTheLiveIndexAnswersAsAFullBuildAndHoldsExactlyItsFiles() throws IOException {
        Map<String, SearchDocument> current = new LinkedHashMap<>();
        corpus.forEach(document -> current.put(document.id(), document));
        try (LiveSearch live = LiveSearch.open(Languages.RUSSIAN_AND_ENGLISH, corpus, work.resolve("site"), SHARD_TARGET, 16)) {
            assertEquals("/search/live/", live.published().base());
            compare(live, current, "after opening");

            // An edit of one word in the middle of a long body: a few files.
            SearchDocument edited = find(current, Language.RU, 5);
            int middle = edited.text().indexOf(' ', edited.text().length() / 2);
            SearchDocument oneWord = withText(edited, edited.text().substring(0, middle) + " забастовщики"
                    + edited.text().substring(middle));
            LiveSearch.Changes changes = update(live, current, List.of(oneWord), Set.of());
            assertTrue(changes.written() <= 40 && changes.deleted() == 0, "a one-word edit rewrote " + changes);
            // Phrases across the edit: the words after it moved by one.
            String after = edited.text().substring(middle).strip();
            String next = after.substring(0, after.indexOf(' '));
            String third = after.substring(after.indexOf(' ') + 1).split(" ")[0];
            extra.put(Language.RU, List.of("\"забастовщики " + next + " " + third + "\"", "\"" + next + " " + third + "\""));
            compare(live, current, "after a one-word edit");

            // A sentence at the start of a body (every position after it moves), a new title.
            SearchDocument start = find(current, Language.EN, 7);
            String first = start.text().split(" ")[0].replaceAll("[^\\p{L}]", "");
            String second = start.text().split(" ")[1].replaceAll("[^\\p{L}]", "");
            extra.put(Language.EN, List.of("\"struck again " + first + "\"", "\"" + first + " " + second + "\""));
            update(live, current, List.of(withText(start, "Miners of the cooperative struck again " + start.text()),
                    new SearchDocument(find(current, Language.RU, 9).id(), Language.RU, find(current, Language.RU, 9).url(),
                            "news", "Кусок хлеба и забастовок нет", "2025-02-01", "", find(current, Language.RU, 9).text())),
                    Set.of());
            compare(live, current, "after a moved body and a new title");

            // New documents with new words and new word forms (кусок / куска, women / woman), removals.
            SearchDocument russian = new SearchDocument("ru:news/new-1", Language.RU, "/ru/news/new-1/", "news",
                    "Новый документ о забастовках", "2025-03-01", "Кусок", "Рабочие отстояли кусок земли. Без куска земли"
                    + " не прожить; куском хлеба не обойтись. Забастовок больше, чем забастовки.");
            SearchDocument english = new SearchDocument("en:news/new-1", Language.EN, "/en/news/new-1/", "news",
                    "Women workers", "2025-03-01", "", "A woman organiser and the women of the cooperative union.");
            String removedRu = find(current, Language.RU, 3).id();
            String removedEn = find(current, Language.EN, 11).id();
            update(live, current, List.of(russian, english), Set.of(removedRu, removedEn));
            compare(live, current, "after new documents and removals");

            // The new documents go again (their word forms with them), another one takes a free number.
            SearchDocument another = new SearchDocument("ru:news/new-2", Language.RU, "/ru/news/new-2/", "news",
                    "Ещё один", "2025-04-01", "", "Совсем другой текст о профсоюзах и отцах; отец не пришёл.");
            update(live, current, List.of(another), Set.of("ru:news/new-1", "en:news/new-1"));
            compare(live, current, "after removing the new documents");

            // A name comes with its key; written once with a small letter it is a name no longer; back when that goes.
            SearchDocument named = new SearchDocument("ru:news/name-1", Language.RU, "/ru/news/name-1/", "news",
                    "Шыныбеков", "2025-05-01", "", "Шыныбеков выступил на собрании.");
            update(live, current, List.of(named), Set.of());
            extra.put(Language.RU, List.of("Shinibekov"));
            compare(live, current, "after a new name");
            SearchDocument unnamed = new SearchDocument("ru:news/name-2", Language.RU, "/ru/news/name-2/", "news",
                    "Слово", "2025-05-02", "", "Здесь шыныбеков написан со строчной буквы.");
            update(live, current, List.of(unnamed), Set.of());
            JsonNode shinibekov = NodeEngine.call(Map.of("command", "search", "index", live.folder().resolve("ru").toString(),
                    "queries", List.of("Shinibekov"), "limit", 10)).get("results").get(0);
            assertEquals(0, shinibekov.get("total").asInt(), "a word also written with a small letter is no name: " + shinibekov);
            extra.put(Language.RU, List.of());
            compare(live, current, "after the name written with a small letter");
            update(live, current, List.of(), Set.of("ru:news/name-2"));
            extra.put(Language.RU, List.of("Shinibekov"));
            compare(live, current, "after that document went");
            extra.put(Language.RU, List.of());

            // The last documents removed: the numbers shrink, by more than a file of later parts.
            List<SearchDocument> russianNow = live.documents(Language.RU);
            Set<String> last = new java.util.HashSet<>();
            russianNow.subList(russianNow.size() - 9, russianNow.size()).stream().filter(java.util.Objects::nonNull)
                    .forEach(d -> last.add(d.id()));
            update(live, current, List.of(), last);
            assertTrue(live.documents(Language.RU).size() <= russianNow.size() - 9, "the numbers shrink");
            compare(live, current, "after removing the last documents");
        }
    }

    private static LiveSearch.Changes update(LiveSearch live, Map<String, SearchDocument> current,
                                             List<SearchDocument> changed, Set<String> removed) {
        removed.forEach(current::remove);
        changed.forEach(document -> current.put(document.id(), document));
        return live.update(changed, removed);
    }

    /** The live index against a fresh build of the same documents, and its folder against a complete export. */
    private static void compare(LiveSearch live, Map<String, SearchDocument> current, String when) throws IOException {
        Path exported = Files.createTempDirectory(work, "export");
        live.writeAllTo(exported);
        assertEquals(files(exported), files(live.folder()), when + ": the live folder holds what a complete export writes");

        List<SearchDocument> documents = new ArrayList<>(current.values());
        Path fresh = Files.createTempDirectory(work, "fresh");
        {
            SearchIndex index = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents, SHARD_TARGET);
            Path folder = fresh.resolve(index.write(fresh).base().substring(1));
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                List<String> queries = queries(language);
                JsonNode expected = NodeEngine.call(Map.of("command", "search", "index",
                        folder.resolve(language.code()).toString(), "queries", queries, "limit", 10_000));
                JsonNode actual = NodeEngine.call(Map.of("command", "search", "index",
                        live.folder().resolve(language.code()).toString(), "queries", queries, "limit", 10_000));
                List<SearchDocument> freshDocuments = index.index(language).documents();
                List<SearchDocument> liveDocuments = live.documents(language);
                int withHits = 0;
                for (int q = 0; q < queries.size(); q++) {
                    String what = when + ", " + language + " [" + queries.get(q) + "]";
                    JsonNode e = expected.get("results").get(q);
                    JsonNode a = actual.get("results").get(q);
                    assertEquals(e.get("total").asInt(), a.get("total").asInt(), what + ": results");
                    assertEquals(hits(e, freshDocuments), hits(a, liveDocuments), what + ": documents and scores");
                    assertEquals(e.get("highlight"), a.get("highlight"), what + ": words to highlight");
                    withHits += e.get("total").asInt() > 0 ? 1 : 0;
                    if (extra.getOrDefault(language, List.of()).contains(queries.get(q))) {
                        assertTrue(e.get("total").asInt() > 0, what + ": the words of the latest edit are found");
                    }
                    if (q < 12) {
                        // Lucene agrees with the fresh build (SearchParityTest), so with the live index too.
                        List<String> lucene = LuceneReference.search(index, language, queries.get(q), 10).stream()
                                .map(hit -> hit.document().id() + " " + Float.floatToIntBits(hit.score())).toList();
                        List<String> browser = new ArrayList<>();
                        a.get("hits").forEach(hit -> browser.add(liveDocuments.get(hit.get(0).asInt()).id() + " "
                                + Float.floatToIntBits((float) hit.get(1).asDouble())));
                        assertEquals(scores(lucene), scores(browser.subList(0, Math.min(10, browser.size()))),
                                what + ": Lucene's top scores");
                    }
                }
                assertTrue(withHits >= 10, when + ": queries with results " + withHits);
            }
        }
    }

    /** Hits as "score id" ordered by score, then id: the order within equal scores depends on numbering. */
    private static List<String> hits(JsonNode result, List<SearchDocument> documents) {
        List<String> hits = new ArrayList<>();
        for (JsonNode hit : result.get("hits")) {
            float score = (float) hit.get(1).asDouble();
            hits.add(String.format("%08x %s", Float.floatToIntBits(score), documents.get(hit.get(0).asInt()).id()));
        }
        hits.sort(Comparator.<String, String>comparing(h -> h.substring(0, 8)).reversed().thenComparing(h -> h.substring(9)));
        return hits;
    }

    private static List<String> scores(List<String> hits) {
        return hits.stream().map(h -> h.substring(h.indexOf(' ') + 1)).toList();
    }

    private static List<String> queries(Language language) {
        List<String> queries = new ArrayList<>(language == Language.RU ? SearchParityTest.RUSSIAN : SearchParityTest.ENGLISH);
        queries.addAll(extra.getOrDefault(language, List.of()));
        queries.addAll(language == Language.RU
                ? List.of("кусок", "куска", "забастовщики", "\"кусок хлеба\"", "забостовок", "Миссия получила сообщения",
                        "\"заработную плату\"", "профсоюзных активистов", "отцов", "Ташкенте")
                : List.of("women", "woman", "miners cooperative", "\"cooperative struck\"", "wage arrears",
                        "\"migrant workers\"", "recieved", "Tashkent"));
        return queries;
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static SearchDocument find(Map<String, SearchDocument> current, Language language, int which) {
        return current.values().stream().filter(d -> d.language() == language && d.text().length() > 2000)
                .skip(which).findFirst().orElseThrow();
    }

    private static SearchDocument withText(SearchDocument d, String text) {
        return new SearchDocument(d.id(), d.language(), d.url(), d.type(), d.title(), d.date(), d.summary(), text);
    }

    private static SearchDocument withId(SearchDocument d, String id) {
        return new SearchDocument(id, d.language(), d.url(), d.type(), d.title(), d.date(), d.summary(), d.text());
    }

    @Test
    void openingAgainOverAnEarlierPreviewLeavesOnlyTheNewIndexsFiles() throws IOException {
        Path site = work.resolve("again");
        LiveSearch.open(Languages.RUSSIAN_AND_ENGLISH, corpus, site, SHARD_TARGET, 16).close();
        try (LiveSearch live = LiveSearch.open(Languages.RUSSIAN_AND_ENGLISH, corpus.subList(0, corpus.size() / 3), site, SHARD_TARGET, 16)) {
            Path exported = Files.createTempDirectory(work, "export");
            live.writeAllTo(exported);
            assertEquals(files(exported), files(live.folder()));
            assertEquals(files(exported).size(), live.published().files());
        }
    }
}
