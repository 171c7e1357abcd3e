package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.preview.PreviewServer;

/**
 * The preview, as an editor uses it: the real content, the real server, an open page listening
 * for reloads, and files saved, added, deleted and broken the way an editor would.
 */
class PreviewTest {

    private static final String REPORT = "content/reports/bir-duino-migrant-workers-2015-2017.en.md";
    private static final String REPORT_URL = "/en/reports/bir-duino-migrant-workers-2015-2017/";
    private static final String REPORT_RU = "content/reports/bir-duino-migrant-workers-2015-2017.ru.md";

    @TempDir
    Path work;
    private ProjectCopy project;
    private PreviewServer preview;
    private Thread follower;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void startPreview() throws Exception {
        project = ProjectCopy.of(work.resolve("project"));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        preview = PreviewServer.start(project.root(), work.resolve("site"), 0, quiet, SiteCommand.CONTENT);
        follower = new Thread(() -> {
            try {
                preview.followEdits();
            } catch (InterruptedException stopped) {
                // The test is over.
            }
        });
        follower.setDaemon(true);
        follower.start();
        http.sendAsync(request("/__preview/events"), HttpResponse.BodyHandlers.ofLines()).thenAccept(response ->
                response.body().filter(line -> line.startsWith("data: ")).forEach(line -> {
                    try {
                        events.add(new ObjectMapper().readTree(line.substring(6)));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        awaitEvent(event -> true);
    }

    @AfterEach
    void stopPreview() throws IOException {
        preview.close();
        follower.interrupt();
    }

    @Test
    void anEditRedrawsItsPageAndTheFewPagesThatShowIt() throws Exception {
        String text = project.read(REPORT);
        project.write(REPORT, text + "\nA sentence the editor has just added.\n");

        JsonNode event = awaitEvent(e -> has(e.get("changed"), REPORT_URL));
        assertTrue(get(REPORT_URL).body().contains("A sentence the editor has just added."));
        assertTrue(event.get("changed").size() < 20, "an edit of one body redrew " + event.get("changed"));
        assertFalse(has(event.get("changed"), "/en/cases/"), "the case list does not show this report");
    }

    @Test
    void noPageIsServedHalfWrittenDuringAStormOfSaves() throws Exception {
        String text = project.read(REPORT);
        java.util.concurrent.atomic.AtomicBoolean saving = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<String> bad = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> {
            while (saving.get()) {
                for (String url : java.util.List.of(REPORT_URL, "/en/reports/", "/en/")) {
                    try {
                        HttpResponse<String> page = get(url);
                        served.incrementAndGet();
                        if (page.statusCode() != 200 || !page.body().contains("</html>")) {
                            bad.add(url + " " + page.statusCode() + " " + page.body().length() + " characters");
                        }
                    } catch (IOException | InterruptedException e) {
                        bad.add(url + " " + e);
                    }
                }
            }
        });
        reader.start();
        for (int save = 0; save < 30; save++) {
            project.write(REPORT, text + "\nSave number " + save + ".\n");
            Thread.sleep(330);
        }
        awaitEvent(e -> has(e.get("changed"), REPORT_URL));
        saving.set(false);
        reader.join();

        assertTrue(served.get() > 30, "pages were fetched during the saves: " + served.get());
        assertEquals(java.util.List.of(), bad);
    }

    @Test
    void aCorrectedTitleAndDateMoveTheDocumentInItsListsAndTheSitemap() throws Exception {
        String text = project.read(REPORT);
        assertTrue(get("/en/reports/").body().indexOf("7th-conference-2023") < get("/en/reports/").body().indexOf(REPORT_URL));
        project.write(REPORT, text.replaceFirst("(?m)^date: .*$", "date: 2026-11-01")
                .replaceFirst("(?m)^title: .*$", "title: \"Bir Duino on migrant workers, corrected\""));

        JsonNode disagreement = awaitEvent(e -> e.get("problems").size() > 0);
        assertTrue(disagreement.get("problems").get(0).asText().startsWith(REPORT + ":3: 'date: 2026-11-01' disagrees with"
                + " its translation " + REPORT_RU + ", which says 'date: 2017'"), disagreement.toString());
        assertFalse(get("/en/reports/").body().contains("corrected"), "nothing changes while the two files disagree");
        project.write(REPORT_RU, project.read(REPORT_RU).replaceFirst("(?m)^date: .*$", "date: 2026-11-01"));

        awaitEvent(e -> has(e.get("changed"), REPORT_URL));
        String list = get("/en/reports/").body();
        assertTrue(list.contains("Bir Duino on migrant workers, corrected"));
        assertTrue(list.indexOf(REPORT_URL) < list.indexOf("7th-conference-2023"), "the newer report now comes first");
        assertTrue(get("/en/").body().contains("Bir Duino on migrant workers, corrected"), "the home page lists it");
        String sitemap = get("/sitemaps/en-reports.xml").body();
        assertTrue(sitemap.contains(REPORT_URL + "</loc>\n    <lastmod>2026-11-01</lastmod>"), "its sitemap entry has the new date");
    }

    @Test
    void anEditThatTagsADocumentOutsideTheVocabularyIsRefusedWithTheWordToUse() throws Exception {
        String text = project.read(REPORT);
        project.write(REPORT, text.replaceFirst("(?m)^tags: \\[", "tags: [migrant-worker, "));

        JsonNode refused = awaitEvent(e -> e.get("problems").size() > 0);
        String problem = refused.get("problems").get(0).asText();
        assertTrue(problem.startsWith(REPORT + ":7: unknown tag 'migrant-worker'"), problem);
        assertTrue(problem.contains("'migrant-workers'"), "the problem names the tag meant: " + problem);
        project.write(REPORT, text + "\nTagged as before.\n");
        awaitEvent(e -> e.get("problems").size() == 0 && has(e.get("changed"), REPORT_URL));
        assertTrue(get(REPORT_URL).body().contains("Tagged as before."));
    }

    @Test
    void anOldAddressAnswersWithAPermanentRedirectAsOnTheHost() throws Exception {
        String text = project.read(REPORT);
        project.write(REPORT, text.replaceFirst("^---\n", "---\naliases: [/en/reports/bir-duino-2017]\n"));

        awaitEvent(e -> has(e.get("changed"), "/_redirects"));
        for (String old : List.of("/en/reports/bir-duino-2017", "/en/reports/bir-duino-2017/")) {
            HttpResponse<String> moved = get(old);
            assertEquals(301, moved.statusCode(), old);
            assertEquals(REPORT_URL, moved.headers().firstValue("Location").orElse(null), old);
        }
        assertEquals(404, get("/en/reports/bir-duino-2018/").statusCode(), "only the alias redirects");

        project.write(REPORT, text);
        awaitEvent(e -> has(e.get("changed"), "/_redirects"));
        assertEquals(404, get("/en/reports/bir-duino-2017/").statusCode(), "a removed alias redirects no more");
        assertFalse(Files.exists(work.resolve("site/_redirects")), "no alias, no redirect file");
    }

    @Test
    void anAddedDocumentAppearsAndOnceDeletedLeavesNoTrace() throws Exception {
        String statement = "content/statements/preview-test.en.md";
        String url = "/en/statements/preview-test/";
        project.write(statement, DocumentText.statement("A statement written in the preview")
                .with("date", "2026-11-20").with("countries", "[KZ]").with("tags", "[trade-unions]")
                .with("summary", "\"Written to see it appear.\"").body("\nThe body of the statement.\n").toString());
        awaitEvent(e -> has(e.get("changed"), url));
        assertEquals(200, get(url).statusCode());
        assertTrue(get("/en/statements/").body().contains("href=\"" + url + "\""));
        assertTrue(searchIndexMentions("A statement written in the preview"), "the search index misses the new statement");

        Files.delete(project.root().resolve(statement));
        awaitEvent(e -> has(e.get("changed"), url));
        assertEquals(404, get(url).statusCode());
        assertFalse(get("/en/statements/").body().contains(url), "the list still links the deleted statement");
        assertFalse(get("/sitemaps/en-statements.xml").body().contains(url), "the sitemap still lists the deleted statement");
        assertFalse(Files.exists(work.resolve("site/en/statements/preview-test")), "its folder is still on disk");
        assertFalse(searchIndexMentions("A statement written in the preview"), "the search index still finds it");
    }

    @Test
    void aBrokenEditShowsWhereAndWhatAndKeepsTheLastGoodPage() throws Exception {
        String good = project.read(REPORT);
        project.write(REPORT, good.replaceFirst("(?m)^date: .*$", "date: 2017-02-30") + "\nNot yet published.\n");

        JsonNode broken = awaitEvent(e -> e.get("problems").size() > 0);
        String problem = broken.get("problems").get(0).asText();
        assertTrue(problem.startsWith(REPORT + ":3: "), problem);
        HttpResponse<String> page = get(REPORT_URL);
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("Not yet published."));
        assertTrue(page.body().contains("<script src=\"/__preview/live.js\"></script></body>"),
                "the served page must carry the script that shows the problem");

        project.write(REPORT, good + "\nNow published.\n");
        awaitEvent(e -> e.get("problems").size() == 0 && has(e.get("changed"), REPORT_URL));
        assertTrue(get(REPORT_URL).body().contains("Now published."));
    }

    @Test
    void aSearchPartThatCannotBeJoinedIsShownAtItsLineAndTheLastScriptStays() throws Exception {
        String part = "assets/js/search/query.mjs";
        String good = project.read(part);
        String before = searchScript();
        project.write(part, "import { Searcher } from './searcher.mjs';\n" + good);

        JsonNode refused = awaitEvent(e -> e.get("problems").size() > 0);
        String problem = refused.get("problems").get(0).asText();
        assertTrue(problem.startsWith(part + ":1: searcher.mjs is not listed above query.mjs in parts.txt"), problem);
        assertEquals(before, searchScript(), "the search page keeps the last good script");
        assertEquals(200, get(before).statusCode());

        project.write(part, good + "\n// Edited in the preview.\n");
        awaitEvent(e -> e.get("problems").size() == 0 && has(e.get("changed"), "/en/search/"));
        String after = searchScript();
        assertFalse(after.equals(before), "a new script has a new address");
        assertTrue(get(after).body().contains("// Edited in the preview."));
    }

    private String searchScript() throws Exception {
        Matcher script = Pattern.compile("/assets/js/search\\.[0-9a-f]{10}\\.js")
                .matcher(get("/en/search/").body());
        assertTrue(script.find(), "the search page loads no search script");
        return script.group();
    }

    @Test
    void theReloadScriptIsServedButNeverWrittenIntoTheSite() throws Exception {
        assertEquals(200, get("/__preview/live.js").statusCode());
        try (Stream<Path> files = Files.walk(work.resolve("site"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("__preview"), file + " carries the preview's script");
            }
        }
    }

    /** Whether any file of the site's search index holds the text (JSON keeps non-ASCII letters as they are). */
    private boolean searchIndexMentions(String text) throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("site/search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.readString(file).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JsonNode awaitEvent(Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode event = events.poll(1, TimeUnit.SECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        throw new AssertionError("the preview sent no such event within 60 s");
    }

    private static boolean has(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + preview.port() + path)).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
