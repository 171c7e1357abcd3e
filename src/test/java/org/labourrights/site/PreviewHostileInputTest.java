package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.Edits;
import org.labourrights.site.fixtures.HostileInputs;
import org.labourrights.site.preview.PreviewServer;

/**
 * The preview, shown every input the build refuses, one after the other in one running server:
 * it shows exactly the build's lines, keeps serving the last good site unchanged, and once the
 * input is taken back it is well again. It never stops.
 */
class PreviewHostileInputTest {

    @TempDir
    static Path work;
    static Edits edits;
    static PreviewServer preview;
    static Thread follower;
    static final HttpClient http = HttpClient.newHttpClient();
    static final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    static String lastGoodHome;

    @BeforeAll
    static void startPreview() throws Exception {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        edits = new Edits(project.root());
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
        lastGoodHome = get("/en/").body();
    }

    @AfterAll
    static void stopPreview() throws IOException {
        preview.close();
        follower.interrupt();
    }

    static Stream<HostileInputs.Hostile> refused() {
        return HostileInputs.refused().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isShownAsTheBuildSaysItWhileTheLastGoodSiteStays(HostileInputs.Hostile input) throws Exception {
        events.clear();
        input.edit().accept(edits);

        JsonNode shown = awaitEvent(event -> event.get("problems").size() > 0);
        List<String> problems = new ArrayList<>();
        shown.get("problems").forEach(problem -> problems.add(problem.asText()));
        assertEquals(input.expected(), problems);
        HttpResponse<String> home = get("/en/");
        assertEquals(200, home.statusCode());
        assertEquals(lastGoodHome, home.body(), "the last good site is served unchanged");

        edits.revert();
        awaitEvent(event -> event.get("problems").isEmpty());
        assertEquals(lastGoodHome, get("/en/").body(), "once taken back, the site is as it was");
    }

    private static JsonNode awaitEvent(Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode event = events.poll(1, TimeUnit.SECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        throw new AssertionError("the preview sent no such event within 60 s");
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + preview.port() + path)).build();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
