package org.labourrights.site.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.preview.PreviewServer;

/**
 * {@code PreviewBenchmark <project> <bench folder> <docs per language>}: how long an editor waits
 * between saving a file and seeing the changed page, on a synthetic corpus of the given size.
 *
 * <p>It starts the preview server (as {@code exec:exec@serve} does) on the corpus, listens to
 * the reload events like an open page, and for each measurement edits a real file of the corpus,
 * waits for the event naming the page, then fetches the page and checks the edit is in it. It also
 * deletes a document (its page must be gone, from lists and the sitemap too), adds one, drops a
 * tag from one, edits a case file, breaks a document (the event must carry the problem), and
 * restores everything it touched.
 *
 * <p>Run it with {@code ./mvnw -q test-compile exec:exec@preview-bench -Dbench.docs=10000}.
 */
public final class PreviewBenchmark {

    private static final int EDITS = 20;
    private static final int DATE_EDITS = 5;
    private static final java.util.regex.Pattern LOC = java.util.regex.Pattern.compile("<loc>([^<]+)</loc>");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("(?m)^date: (\\d{4}-\\d{2}-\\d{2})$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path corpus;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    /** Every corpus file the benchmark changes, as it was: put back even when a measurement fails. */
    private final Map<Path, String> originals = new LinkedHashMap<>();
    /** Every file the benchmark adds to the corpus: deleted again even when a measurement fails. */
    private final List<Path> added = new ArrayList<>();
    private String base;
    /** What the server printed, shown at the end when asked for (-Dbench.log=true). */
    private final java.io.ByteArrayOutputStream serverOutput = new java.io.ByteArrayOutputStream();
    private final PrintStream serverLog = new PrintStream(serverOutput, true, StandardCharsets.UTF_8);

    private PreviewBenchmark(Path corpus) {
        this.corpus = corpus;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PreviewBenchmark <project folder> <bench folder> <docs per language>");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path bench = Path.of(args[1]).toAbsolutePath().normalize();
        int size = Integer.parseInt(args[2].split(",")[0].strip());
        Path corpus = bench.resolve("corpus-" + size);
        SyntheticCorpus.ensure(project, corpus, size);
        System.out.printf(Locale.ROOT, "Preview benchmark: %d docs per language (%s); Java %s, %d CPUs, load before: %s%n",
                size, corpus, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
        PreviewBenchmark benchmark = new PreviewBenchmark(corpus);
        try {
            benchmark.run(bench.resolve("preview-" + size));
            benchmark.restore();
            System.exit(0);
        } catch (Exception | AssertionError e) {
            benchmark.restore();
            e.printStackTrace();
            System.err.println("The preview server's log:");
            System.err.print(benchmark.serverOutput.toString(StandardCharsets.UTF_8));
            System.exit(1);
        }
    }

    private void run(Path site) throws Exception {
        long start = System.nanoTime();
        PreviewServer preview = PreviewServer.start(corpus, site, 0, serverLog, SiteCommand.CONTENT);
        System.out.printf(Locale.ROOT, "First build of the preview: %.1f s%n", (System.nanoTime() - start) / 1e9);
        Thread follower = new Thread(() -> {
            try {
                preview.followEdits();
            } catch (InterruptedException ignored) {
                // The benchmark is over.
            }
        }, "follow-edits");
        follower.setDaemon(true);
        follower.start();
        base = "http://localhost:" + preview.port();
        listen();
        awaitEvent(e -> true, 10);

        List<Path> documents = documents();
        List<Double> editMillis = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            Path file = documents.get((i * 7919) % documents.size());
            String url = url(file);
            String original = keep(file);
            String marker = "Preview-marker-" + i + "-" + System.nanoTime();
            long t0 = System.nanoTime();
            Files.writeString(file, original + "\n" + marker + "\n");
            awaitEvent(e -> contains(e.get("changed"), url), 60);
            String page = get(url).body();
            double millis = (System.nanoTime() - t0) / 1e6;
            check(page.contains(marker), "the page " + url + " does not show the edit");
            editMillis.add(millis);
            Files.writeString(file, original);
            awaitEvent(e -> contains(e.get("changed"), url), 60);
        }

        // A corrected date moves the document within every list it is in, and changes its sitemap entry.
        List<Double> dateMillis = new ArrayList<>();
        for (int i = 0; dateMillis.size() < DATE_EDITS && i < documents.size(); i++) {
            Path file = documents.get((i * 6007 + 13) % documents.size());
            String url = url(file);
            java.util.regex.Matcher date = DATE.matcher(Files.readString(file));
            if (!date.find()) {
                continue;
            }
            String original = keep(file);
            String dayLater = java.time.LocalDate.parse(date.group(1)).plusDays(1).toString();
            // A date is a fact of both languages: the editor corrects it in the translation too.
            Path pair = translation(file);
            String pairOriginal = Files.exists(pair) ? keep(pair) : null;
            long t0 = System.nanoTime();
            Files.writeString(file, date.replaceFirst("date: " + dayLater));
            if (pairOriginal != null) {
                Files.writeString(pair, DATE.matcher(pairOriginal).replaceFirst("date: " + dayLater));
            }
            awaitEvent(e -> contains(e.get("changed"), url), 60);
            String page = get(url).body();
            double millis = (System.nanoTime() - t0) / 1e6;
            check(page.contains(dayLater), "the page " + url + " does not show the new date " + dayLater);
            dateMillis.add(millis);
            Files.writeString(file, original);
            if (pairOriginal != null) {
                Files.writeString(pair, pairOriginal);
            }
            awaitEvent(e -> contains(e.get("changed"), url), 60);
        }

        Path deleted = unreferenced(documents);
        String deletedUrl = url(deleted);
        String listPage = listPageLinking(deletedUrl);
        String saved = keep(deleted);
        long t0 = System.nanoTime();
        Files.delete(deleted);
        awaitEvent(e -> contains(e.get("changed"), deletedUrl), 60);
        int status = get(deletedUrl).statusCode();
        double deleteMillis = (System.nanoTime() - t0) / 1e6;
        check(status == 404, "the deleted document's page still answers " + status);
        check(!sitemapsList(deletedUrl), "the sitemap still lists the deleted page");
        check(!get(listPage).body().contains(deletedUrl), "the section list " + listPage + " still links the deleted page");
        Files.writeString(deleted, saved);
        awaitEvent(e -> contains(e.get("changed"), deletedUrl), 60);
        check(get(deletedUrl).statusCode() == 200, "the restored page is missing");

        double addMillis = add(deleted);
        double tagsMillis = tagsChanged(documents);
        double caseMillis = caseEdited();

        Path broken = documents.get(documents.size() / 3);
        String good = keep(broken);
        t0 = System.nanoTime();
        Files.writeString(broken, good.replaceFirst("(?m)^date: .*$", "date: 2025-13-45"));
        JsonNode problem = awaitEvent(e -> e.get("problems").size() > 0, 60);
        double brokenMillis = (System.nanoTime() - t0) / 1e6;
        String problemText = problem.get("problems").get(0).asText();
        check(problemText.contains(corpus.relativize(broken).toString().replace('\\', '/')),
                "the problem does not name the file: " + problemText);
        Files.writeString(broken, good);
        awaitEvent(e -> e.get("problems").size() == 0, 60);

        preview.close();
        follower.interrupt();
        Collections.sort(editMillis);
        System.out.printf(Locale.ROOT, "Edit to reloaded page (%d edits of different documents): median %.0f ms,"
                        + " 90th percentile %.0f ms, max %.0f ms, first %.0f ms%n", editMillis.size(),
                percentile(editMillis, 50), percentile(editMillis, 90), editMillis.get(editMillis.size() - 1),
                editMillis.get(0));
        Collections.sort(dateMillis);
        if (!dateMillis.isEmpty()) {
            System.out.printf(Locale.ROOT, "Date corrected (one day later), to reloaded page (%d edits): median %.0f ms,"
                    + " max %.0f ms%n", dateMillis.size(), percentile(dateMillis, 50), dateMillis.get(dateMillis.size() - 1));
        }
        System.out.printf(Locale.ROOT, "Delete to page gone (404, off lists and sitemap): %.0f ms%n", deleteMillis);
        System.out.printf(Locale.ROOT, "New document (both languages) to its page served: %.0f ms%n", addMillis);
        System.out.printf(Locale.ROOT, "Tags changed (first tag dropped, both languages) to reloaded page: %.0f ms%n", tagsMillis);
        System.out.printf(Locale.ROOT, "Case file edited (an event's text) to reloaded case page: %.0f ms%n", caseMillis);
        System.out.printf(Locale.ROOT, "Broken edit to problem shown: %.0f ms (%s)%n", brokenMillis, problemText);
        if (Boolean.getBoolean("bench.log")) {
            System.out.println("The preview server's log:");
            System.out.print(serverOutput.toString(StandardCharsets.UTF_8));
        }
        System.out.println("Load after: " + loadAverage() + "; edits measured from the file's write to the changed"
                + " page fetched over HTTP after its reload event; each includes the search index's update.");
    }

    /**
     * A new document, written in both languages as an editor adds one (a copy of {@code model}
     * under a new name with a new title): the time until its page is served; then it is deleted.
     */
    private double add(Path model) throws Exception {
        String name = model.getFileName().toString();
        String stem = name.substring(0, name.length() - 6) + "-added";
        Path english = model.resolveSibling(stem + ".en.md");
        Path russian = model.resolveSibling(stem + ".ru.md");
        String marker = "Preview-added-" + System.nanoTime();
        String url = url(english);
        added.add(english);
        added.add(russian);
        long t0 = System.nanoTime();
        Files.writeString(english, retitled(Files.readString(model.resolveSibling(name.replace(".ru.md", ".en.md"))), marker));
        Files.writeString(russian, retitled(Files.readString(model.resolveSibling(name.replace(".en.md", ".ru.md"))), marker));
        awaitEvent(e -> contains(e.get("changed"), url), 60);
        HttpResponse<String> page = get(url);
        double millis = (System.nanoTime() - t0) / 1e6;
        check(page.statusCode() == 200 && page.body().contains(marker), "the new page " + url + " is not served");
        Files.delete(english);
        Files.delete(russian);
        awaitEvent(e -> contains(e.get("changed"), url), 60);
        check(get(url).statusCode() == 404, "the new page " + url + " is not gone after its files are");
        return millis;
    }

    private static String retitled(String text, String marker) {
        return text.replaceFirst("(?m)^title: \"", "title: \"" + marker + " ");
    }

    /** A document's first tag dropped in both languages (tags are a fact of both): the time until its page no longer links the tag. */
    private double tagsChanged(List<Path> documents) throws Exception {
        java.util.regex.Pattern tags = java.util.regex.Pattern.compile("(?m)^tags: \\[([^,\\]]+), ");
        for (int i = 0; i < documents.size(); i++) {
            Path file = documents.get((i * 4001 + 17) % documents.size());
            Path pair = translation(file);
            java.util.regex.Matcher first = tags.matcher(Files.readString(file));
            if (!first.find() || !Files.exists(pair)) {
                continue;
            }
            String url = url(file);
            String tagLink = "/" + url.substring(1, 3) + "/tags/" + first.group(1) + "/\"";
            check(get(url).body().contains(tagLink), "the page " + url + " does not link its tag " + tagLink);
            String original = keep(file);
            String pairOriginal = keep(pair);
            long t0 = System.nanoTime();
            Files.writeString(file, tags.matcher(original).replaceFirst("tags: ["));
            Files.writeString(pair, tags.matcher(pairOriginal).replaceFirst("tags: ["));
            awaitEvent(e -> contains(e.get("changed"), url), 60);
            String page = get(url).body();
            double millis = (System.nanoTime() - t0) / 1e6;
            check(!page.contains(tagLink), "the page " + url + " still links the dropped tag " + tagLink);
            Files.writeString(file, original);
            Files.writeString(pair, pairOriginal);
            awaitEvent(e -> contains(e.get("changed"), url), 60);
            return millis;
        }
        throw new IllegalStateException("no document has two tags and a translation");
    }

    /** A case's first English event text changed: the time until its English page shows it. */
    private double caseEdited() throws Exception {
        Path file;
        try (Stream<Path> cases = Files.list(corpus.resolve("content/cases"))) {
            file = cases.filter(f -> f.toString().endsWith(".yaml")).sorted().skip(100).findFirst().orElseThrow();
        }
        String original = keep(file);
        check(original.contains("\n      en: \""), "the case " + file + " has no event text");
        String name = file.getFileName().toString();
        String url = "/en/cases/" + name.substring(0, name.length() - 5) + "/";
        String marker = "Preview-case-" + System.nanoTime();
        long t0 = System.nanoTime();
        Files.writeString(file, original.replaceFirst("\n      en: \"", "\n      en: \"" + marker + " "));
        awaitEvent(e -> contains(e.get("changed"), url), 60);
        String page = get(url).body();
        double millis = (System.nanoTime() - t0) / 1e6;
        check(page.contains(marker), "the case page " + url + " does not show the edit");
        Files.writeString(file, original);
        awaitEvent(e -> contains(e.get("changed"), url), 60);
        return millis;
    }

    private String keep(Path file) throws IOException {
        String text = Files.readString(file);
        originals.putIfAbsent(file, text);
        return text;
    }

    private void restore() throws IOException {
        for (Map.Entry<Path, String> file : originals.entrySet()) {
            Files.writeString(file.getKey(), file.getValue());
        }
        for (Path file : added) {
            Files.deleteIfExists(file);
        }
    }

    /** Opens the event stream as a page does, and queues every event. */
    private void listen() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/__preview/events")).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response ->
                response.body().filter(line -> line.startsWith("data: ")).forEach(line -> {
                    try {
                        events.add(JSON.readTree(line.substring(6)));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    private JsonNode awaitEvent(Predicate<JsonNode> wanted, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            JsonNode event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new IllegalStateException("no such reload event within " + seconds + " s");
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A document no other file names: deleting one that another links to or a case cites is a
     * content error, which the preview reports instead of deleting the page.
     */
    private Path unreferenced(List<Path> documents) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(corpus.resolve("content"))) {
            all = files.filter(Files::isRegularFile).toList();
        }
        for (int i = documents.size() / 2; i < documents.size(); i++) {
            Path candidate = documents.get(i);
            String name = candidate.getFileName().toString();
            String slug = "/" + name.substring(0, name.length() - 6);
            boolean named = false;
            for (Path file : all) {
                if (!file.equals(candidate) && Files.readString(file).contains(slug)) {
                    named = true;
                    break;
                }
            }
            if (!named) {
                return candidate;
            }
        }
        throw new IllegalStateException("every document is named by another file");
    }

    /** Whether any file the sitemap index names lists the address. */
    private boolean sitemapsList(String url) throws IOException, InterruptedException {
        java.util.regex.Matcher files = LOC.matcher(get("/sitemap.xml").body());
        while (files.find()) {
            if (get(URI.create(files.group(1)).getPath()).body().contains(url + "</loc>")) {
                return true;
            }
        }
        return false;
    }

    /** The page of its section's list that links a document. */
    private String listPageLinking(String url) throws IOException, InterruptedException {
        String section = url.substring(0, url.indexOf('/', 4) + 1);
        for (int page = 1; page < 10_000; page++) {
            String list = page == 1 ? section : section + "page/" + page + "/";
            HttpResponse<String> response = get(list);
            check(response.statusCode() == 200, "no list page links " + url);
            if (response.body().contains("\"" + url + "\"")) {
                return list;
            }
        }
        throw new IllegalStateException("no list page links " + url);
    }

    private List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.walk(corpus.resolve("content/statements"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The synthetic corpus sets no slug: the page is /<lang>/<section>/<file name without .xx.md>/. */
    private String url(Path file) {
        String name = file.getFileName().toString();
        String language = name.substring(name.length() - 5, name.length() - 3);
        String section = file.getParent().getFileName().toString();
        return "/" + language + "/" + section + "/" + name.substring(0, name.length() - 6) + "/";
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    /** The other language's file of a document: x.en.md for x.ru.md, and the reverse. */
    private static Path translation(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.endsWith(".en.md") ? name.replace(".en.md", ".ru.md") : name.replace(".ru.md", ".en.md"));
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "n/a";
        }
    }
}
