package org.labourrights.site.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.labourrights.site.index.RealContent;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.SearchDocuments;
import org.labourrights.site.index.SiteSearch;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.index.live.LiveSearch;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Site;
import org.labourrights.site.render.AssetPipeline;

/**
 * {@code SearchBenchmark <project> <bench folder> <docs per language>[,<docs>…]}: the search
 * index's budgets, measured on the synthetic corpus ({@link SyntheticCorpus}, reused from
 * {@code <bench>/corpus-N}).
 *
 * <p>For each size it prints the time of the HTML-to-text conversion, the search step of the build
 * ({@link SiteSearch#publish}: analysis, index, export and files, with its CPU time and heap peak),
 * the index's size and file count, and, for queries in both languages, what a visitor's
 * browser does for a first query and while typing: the gzipped bytes (script, manifest, shards,
 * result documents), the requests made after typing, and the engine's time under Node, fetching
 * over HTTP from a server on 127.0.0.1 that gzips like a static host; then the preview's live
 * index ({@link LiveSearch}): its opening, and the time and files of updates after edits.
 *
 * <p>Run it with {@code java -cp … org.labourrights.site.bench.SearchBenchmark . target/bench 2000,10000}
 * (Node.js 20 on the PATH for the query figures).
 */
public final class SearchBenchmark {

    /** Queries of the benchmark: words, an inflected form, a typo, a phrase, two words. */
    private static final Map<String, List<String>> QUERIES = Map.of(
            "ru", List.of("забастовка", "профсоюзных активистов", "заработную плату", "Ташкенте",
                    "\"трудовых мигрантов\"", "забостовка"),
            "en", List.of("strike", "trade union activists", "wage arrears", "Tashkent", "\"migrant workers\"",
                    "recieved"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SearchBenchmark <project folder> <bench folder> <docs per language>[,<docs>...]");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path bench = Path.of(args[1]).toAbsolutePath().normalize();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (String part : args[i].split(",")) {
                if (!part.isBlank()) {
                    sizes.add(Integer.parseInt(part.strip()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "Search benchmark: Java %s, %d CPUs, max heap %d MB; sizes %s docs per language%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, sizes);
        boolean first = true;
        for (int size : sizes) {
            run(project, bench, size, first);
            first = false;
        }
    }

    private static void run(Path project, Path bench, int size, boolean coldJvm) throws Exception {
        Path corpus = bench.resolve("corpus-" + size);
        long start = System.nanoTime();
        boolean generated = SyntheticCorpus.ensure(project, corpus, size);
        Site site = RealContent.site(corpus);
        double readSeconds = seconds(start);
        long textStart = System.nanoTime();
        List<SearchDocument> documents = SearchDocuments.of(site);
        double textSeconds = seconds(textStart);
        System.out.printf(Locale.ROOT, "%n[%d docs per language] corpus %s (%s), %d documents read in %.1f s;"
                        + " their HTML to text (SearchDocuments.of) %.2f s; load average %s%n", size, corpus,
                generated ? "generated" : "reused", documents.size(), readSeconds, textSeconds, loadAverage());

        Path output = bench.resolve("search-" + size);
        List<String> builds = new ArrayList<>();
        PublishedSearch published = null;
        // The first build in a fresh JVM pays for class loading and JIT compilation, as the first
        // build of `./mvnw package` would not (the site's pages are rendered before the index).
        for (int round = 0; round < 3; round++) {
            Folders.delete(output);
            System.gc();
            long[] cpuBefore = processCpu();
            MemoryProbe probe = MemoryProbe.start();
            long buildStart = System.nanoTime();
            published = SiteSearch.publish(Languages.RUSSIAN_AND_ENGLISH, documents, output);
            double built = seconds(buildStart);
            MemoryProbe.Peaks peaks = probe.stop();
            long[] cpuAfter = processCpu();
            builds.add(String.format(Locale.ROOT, "%.2f s, %d files (CPU: user %.2f s, system %.2f s; heap peak %d MB;"
                            + " load %s)%s", built, published.files(), (cpuAfter[0] - cpuBefore[0]) / 100.0,
                    (cpuAfter[1] - cpuBefore[1]) / 100.0, peaks.heapSampled() >> 20, loadAverage(),
                    round == 0 && coldJvm ? " in a cold JVM" : round == 0 ? "" : " again, warm"));
        }
        for (String build : builds) {
            System.out.println("  index build (SiteSearch.publish: analysis, index, export, files): " + build);
        }
        Path index = output.resolve(published.base().substring(1));
        Footprint footprint = footprint(index);
        System.out.printf(Locale.ROOT, "  index on disk: %.1f MB in %d files (%.1f MB gzipped); of it, shards %d files %.1f MB,"
                        + " phrase positions %.1f MB, documents %.1f MB%n", footprint.bytes / 1048576.0, footprint.files,
                footprint.gzipped / 1048576.0, footprint.shardFiles, footprint.shardBytes / 1048576.0,
                footprint.positionBytes / 1048576.0, footprint.documentBytes / 1048576.0);

        // The script as the site publishes it: joined from assets/js/search/.
        Path script = bench.resolve("search.js");
        Files.write(script, AssetPipeline.contents(project.resolve("assets")).get("js/search.js"));
        try (StaticServer server = StaticServer.start(output, script)) {
            queries(bench, server, script, index);
        }
        live(bench, size, documents);
    }

    /**
     * The preview's live index: opened once, then edits of one document (each made and undone three
     * times), a new document and its removal; each update's time and the files it wrote and deleted.
     */
    private static void live(Path bench, int size, List<SearchDocument> documents) throws IOException {
        Path output = bench.resolve("live-" + size);
        Folders.delete(output);
        long start = System.nanoTime();
        try (LiveSearch live = LiveSearch.open(Languages.RUSSIAN_AND_ENGLISH, documents, output)) {
            System.out.printf(Locale.ROOT, "  preview (LiveSearch): open %.2f s, %d files; load %s%n", seconds(start),
                    live.published().files(), loadAverage());
            SearchDocument edited = documents.stream().filter(d -> d.text().length() > 2000).skip(size / 3).findFirst()
                    .orElse(documents.get(0));
            String text = edited.text();
            int middle = Math.max(0, text.indexOf(' ', text.length() / 2));
            String word = edited.language() == org.labourrights.site.model.Language.RU ? " забастовщики" : " strikers";
            Map<String, SearchDocument> edits = new java.util.LinkedHashMap<>();
            edits.put("a word added in the middle of a body", withText(edited, text.substring(0, middle) + word + text.substring(middle)));
            edits.put("a sentence added at the start of a body", withText(edited, "Новое первое предложение о рабочих. " + text));
            edits.put("a word in the title", new SearchDocument(edited.id(), edited.language(), edited.url(), edited.type(),
                    edited.title() + " (2)", edited.date(), edited.summary(), text));
            for (Map.Entry<String, SearchDocument> edit : edits.entrySet()) {
                List<String> times = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    times.add(timed(live, List.of(edit.getValue()), java.util.Set.of()));
                    times.add(timed(live, List.of(edited), java.util.Set.of()));
                }
                System.out.printf(Locale.ROOT, "    update, %s (and undone): %s%n", edit.getKey(), String.join(", ", times));
            }
            SearchDocument added = new SearchDocument(edited.id() + "-copy", edited.language(), edited.url() + "copy/",
                    edited.type(), "Новый документ: " + edited.title(), edited.date(), edited.summary(), text + word);
            System.out.printf(Locale.ROOT, "    update, a new document: %s; removed again: %s; load %s%n",
                    timed(live, List.of(added), java.util.Set.of()), timed(live, List.of(), java.util.Set.of(added.id())),
                    loadAverage());
        }
    }

    private static String timed(LiveSearch live, List<SearchDocument> changed, java.util.Set<String> removed) {
        long start = System.nanoTime();
        LiveSearch.Changes changes = live.update(changed, removed);
        return String.format(Locale.ROOT, "%.0f ms (%d files written, %d deleted)", (System.nanoTime() - start) / 1e6,
                changes.written(), changes.deleted());
    }

    private static SearchDocument withText(SearchDocument d, String text) {
        return new SearchDocument(d.id(), d.language(), d.url(), d.type(), d.title(), d.date(), d.summary(), text);
    }

    /** User and system CPU time of this process so far, in hundredths of a second (Linux); zeros elsewhere. */
    private static long[] processCpu() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private record Footprint(int files, long bytes, long gzipped, int shardFiles, long shardBytes, long positionBytes,
                             long documentBytes) { }

    private static Footprint footprint(Path index) throws IOException {
        int files = 0;
        int shardFiles = 0;
        long bytes = 0;
        long gzipped = 0;
        long shards = 0;
        long positions = 0;
        long docs = 0;
        try (Stream<Path> paths = Files.walk(index)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                files++;
                bytes += content.length;
                gzipped += gzip(content).length;
                String folder = file.getParent().getFileName().toString();
                switch (folder) {
                    case "s" -> {
                        shards += content.length;
                        shardFiles++;
                    }
                    case "p" -> positions += content.length;
                    case "d", "r" -> docs += content.length;
                    default -> { }
                }
            }
        }
        return new Footprint(files, bytes, gzipped, shardFiles, shards, positions, docs);
    }

    /** Runs the benchmark queries in Node against the served index and prints what they cost. */
    private static void queries(Path bench, StaticServer server, Path script, Path index) throws Exception {
        Path driver = bench.resolve("search-driver.mjs");
        Files.writeString(driver, NODE_DRIVER, StandardCharsets.UTF_8);
        Path request = bench.resolve("search-driver-request.json");
        Path answer = bench.resolve("search-driver-answer.json");
        String indexUrl = server.url() + "/" + server.root().relativize(index).toString().replace('\\', '/') + "/";
        JSON.writeValue(request.toFile(), Map.of("script", server.url() + "/search.js", "index", indexUrl,
                "queries", QUERIES));
        String node = findNode();
        if (node == null) {
            System.out.println("  query figures: SKIPPED, node is not on the PATH (install Node.js 20)");
            return;
        }
        Process process = new ProcessBuilder(node, driver.toString(), request.toString(), answer.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the node driver failed:\n" + output);
        }
        JsonNode results = JSON.readTree(answer.toFile());
        long scriptGzip = gzip(Files.readAllBytes(script)).length;
        System.out.printf(Locale.ROOT, "  script: %d bytes, %d gzipped%n", Files.size(script), scriptGzip);
        String format = "  %-4s %-26s %6s %9s %9s %9s %9s %8s %8s %8s %9s %9s %9s%n";
        System.out.printf(Locale.ROOT, format, "lang", "query", "hits", "first KB", "manifest", "shards", "docs",
                "requests", "parts KB", "cold ms", "loaded ms", "keys ms", "keys max");
        for (JsonNode result : results.get("results")) {
            long manifest = gzipSum(server, result.get("manifest"));
            long shards = gzipSum(server, result.get("shards"));
            long docs = gzipSum(server, result.get("documents"));
            long parts = gzipSum(server, result.get("parts"));
            long first = scriptGzip + manifest + shards + docs;
            JsonNode keys = result.get("keystrokes");
            List<Double> times = new ArrayList<>();
            keys.forEach(k -> times.add(k.asDouble()));
            times.sort(null);
            String median = times.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", times.get(times.size() / 2));
            String max = times.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", times.get(times.size() - 1));
            System.out.printf(Locale.ROOT, format, result.get("language").asText(), '[' + result.get("query").asText() + ']',
                    result.get("hits").asInt(), kb(first), kb(manifest), kb(shards), kb(docs),
                    result.get("shards").size() + "+" + result.get("documents").size(),
                    kb(parts) + (result.get("parts").isEmpty() ? "" : " (" + result.get("parts").size() + ")"),
                    String.format(Locale.ROOT, "%.1f", result.get("coldMs").asDouble()),
                    String.format(Locale.ROOT, "%.1f", result.get("loadedMs").asDouble()), median, max);
        }
        System.out.println("  first KB: gzipped bytes of a first query: script + manifest + shards + result documents;"
                + " requests: after typing, shard files (one round, in parallel) + result documents (a second round);"
                + " parts KB (files): later parts of long results fetched after the results are shown, for snippets;"
                + " cold ms: query to results with nothing loaded but the script; loaded ms: after page load (manifest"
                + " fetched), as on the search page; keys ms / max: median and worst time per further keystroke while"
                + " the query is typed letter by letter (new shards fetched as needed).");
    }

    private static long gzipSum(StaticServer server, JsonNode urls) throws IOException {
        long total = 0;
        for (JsonNode url : urls) {
            total += gzip(server.read(url.asText())).length;
        }
        return total;
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String findNode() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /**
     * Serves a folder and the search script on 127.0.0.1 only, gzipped when the client accepts it,
     * as a static host does. It listens on a free port for the length of one benchmark size.
     */
    private static final class StaticServer implements AutoCloseable {
        private final HttpServer server;
        private final Path root;
        private final Path script;
        private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

        private StaticServer(HttpServer server, Path root, Path script) {
            this.server = server;
            this.root = root;
            this.script = script;
        }

        static StaticServer start(Path root, Path script) throws IOException {
            // Without TCP_NODELAY the JDK's server stalls each response on delayed acknowledgements (~40 ms).
            System.setProperty("sun.net.httpserver.nodelay", "true");
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            StaticServer server = new StaticServer(http, root, script);
            http.createContext("/", server::handle);
            http.setExecutor(Executors.newFixedThreadPool(4));
            http.start();
            return server;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        Path root() {
            return root;
        }

        /** The file behind a URL this server gave out. */
        byte[] read(String url) throws IOException {
            return Files.readAllBytes(file(url.substring(url.indexOf('/', "http://".length()))));
        }

        private Path file(String path) {
            if (path.equals("/search.js")) {
                return script;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                throw new IllegalArgumentException("outside the served folder: " + path);
            }
            return file;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                Path file;
                try {
                    file = file(exchange.getRequestURI().getPath());
                } catch (IllegalArgumentException e) {
                    exchange.sendResponseHeaders(403, -1);
                    return;
                }
                if (!Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String type = file.toString().endsWith(".js") ? "text/javascript" : "application/json";
                exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
                byte[] body;
                String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                if (accept != null && accept.contains("gzip")) {
                    body = gzipped.computeIfAbsent(file.toString(), f -> {
                        try {
                            return gzip(Files.readAllBytes(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                } else {
                    body = Files.readAllBytes(file);
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    /**
     * The browser's side, in Node: fetches and runs the search script as a page would, then for
     * each query measures a first query (fresh state: nothing loaded; and after page load: manifest
     * loaded) up to the result documents being ready to show, and then typing the query letter by
     * letter. It reports which files each first query fetched, for the byte count.
     */
    private static final String NODE_DRIVER = """
            import { readFile, writeFile } from 'node:fs/promises';
            import vm from 'node:vm';

            const [requestFile, answerFile] = process.argv.slice(2);
            const request = JSON.parse(await readFile(requestFile, 'utf8'));
            const source = await (await fetch(request.script)).text();
            const module = { exports: {} };
            vm.runInThisContext('(function (module, exports) {' + source + '\\n})')(module, module.exports);
            const engine = module.exports;

            function page(language) {
              const fetched = [];
              const load = async (url) => {
                fetched.push(url);
                const response = await fetch(url);
                if (!response.ok) throw new Error(response.status + ' ' + url);
                return response.json();
              };
              const index = new engine.StaticIndex(request.index + language + '/', load);
              return { index, fetched, later: [], searcher: new engine.Searcher(index) };
            }

            /** A query up to the results being ready to show: hits, their documents, their snippets. */
            async function show(p, query) {
              const answer = await p.searcher.search(query);
              const top = answer.hits.slice(0, 10);
              const docs = await Promise.all(top.map((h) => p.index.document(h.doc)));
              docs.forEach((doc, i) => {
                const ranges = engine.matchRanges(doc.body, p.index.analyzer, answer.highlight);
                engine.snippet(doc.body, ranges);
                engine.marked(doc.title, engine.matchRanges(doc.title, p.index.analyzer, answer.highlight), 0, doc.title.length);
                if (ranges.length === 0 && doc.parts > 1) p.later.push({ doc: top[i].doc, parts: doc.parts, highlight: answer.highlight });
              });
              return answer.hits.length;
            }

            /** What the page does after showing results: later parts of long documents, for their snippets. */
            async function laterParts(p) {
              for (const { doc, parts, highlight } of p.later.splice(0)) {
                for (let part = 1; part < parts; part++) {
                  const body = (await p.index.documentPart(doc, part)).body;
                  if (engine.matchRanges(body, p.index.analyzer, highlight).length > 0) break;
                }
              }
            }

            const results = [];
            for (const [language, queries] of Object.entries(request.queries)) {
              for (const query of queries) {
                const cold = page(language);
                let start = performance.now();
                const hits = await show(cold, query);
                const coldMs = performance.now() - start;

                const loaded = page(language);
                await loaded.index.manifest();
                const manifest = [...loaded.fetched];
                loaded.fetched.length = 0;
                start = performance.now();
                await show(loaded, query);
                const loadedMs = performance.now() - start;
                const after = [...loaded.fetched];
                await laterParts(loaded);
                const parts = loaded.fetched.slice(after.length);

                const typing = page(language);
                await typing.index.manifest();
                const keystrokes = [];
                let found = false;
                for (let i = 1; i <= query.length; i++) {
                  start = performance.now();
                  const count = await show(typing, query.slice(0, i));
                  const ms = performance.now() - start;
                  if (found) keystrokes.push(ms);
                  found = found || count > 0;
                }
                results.push({
                  language, query, hits, coldMs, loadedMs, keystrokes, manifest, parts,
                  shards: after.filter((u) => /\\/(s|p)\\/\\d+\\.json$/.test(u)),
                  documents: after.filter((u) => /\\/d\\/\\d+\\.json$/.test(u))
                });
              }
            }
            await writeFile(answerFile, JSON.stringify({ results }));
            """;
}
