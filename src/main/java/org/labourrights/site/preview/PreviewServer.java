package org.labourrights.site.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.labourrights.site.content.Problem;
import org.labourrights.site.pipeline.BuildClock;
import org.labourrights.site.pipeline.ContentSource;

/**
 * The local preview: builds the site once, serves it on localhost only, and on every saved,
 * added or deleted file updates just what the edit touches, then reloads the open pages that
 * changed. A file with problems keeps the last good site up and shows the problems over every
 * open page until it is fixed; the server never stops for a content mistake.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "json", "application/json", "png", "image/png", "ico", "image/x-icon", "csv", "text/csv; charset=utf-8");
    private static final String EVENTS = "/__preview/events";
    private static final String SCRIPT = "/__preview/live.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path project;
    private final LiveSite live;
    private final HttpServer server;
    private final ReloadEvents events = new ReloadEvents();
    private final ContentWatcher watcher;
    private final PrintStream log;
    private final byte[] script;
    /** Edits write while holding it, requests read while holding it: no page is served half written. */
    private final ReadWriteLock siteLock = new ReentrantReadWriteLock();
    /** The warnings as printed after the last update: only new ones are printed in full. */
    private Set<Problem> printedWarnings = Set.of();

    private PreviewServer(Path project, LiveSite live, HttpServer server, ContentWatcher watcher, PrintStream log)
            throws IOException {
        this.project = project;
        this.live = live;
        this.server = server;
        this.watcher = watcher;
        this.log = log;
        try (InputStream in = PreviewServer.class.getResourceAsStream("/preview/live.js")) {
            this.script = in.readAllBytes();
        }
    }

    /** Builds the site, serves it and follows edits until the process is stopped. */
    public static void run(Path project, Path site, int port, ContentSource.Opener sources)
            throws IOException, InterruptedException {
        try (PreviewServer preview = start(project, site, port, System.out, sources)) {
            System.out.println("Preview at http://localhost:" + preview.port()
                    + "/ (Ctrl+C to stop); pages reload by themselves when you save a file.");
            preview.followEdits();
        }
    }

    /** Builds the site and starts serving it; {@link #followEdits()} then applies edits. */
    public static PreviewServer start(Path project, Path site, int port, PrintStream log, ContentSource.Opener sources)
            throws IOException {
        Path root = project.toAbsolutePath().normalize();
        // Watching starts before the build, so that an edit made during it is not missed.
        ContentWatcher watcher = new ContentWatcher(root);
        long start = System.nanoTime();
        LiveSite live = LiveSite.open(root, site, BuildClock.now(), sources);
        LiveSite.Update first = live.build();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(root, live, server, watcher, log);
        server.createContext("/", preview::serve);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        preview.report(first, "Built", start);
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Applies edits as they are saved, until the watcher is closed. */
    public void followEdits() throws InterruptedException {
        while (true) {
            Set<Path> changed = watcher.next();
            if (changed.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            report(apply(changed), "Updated", start);
        }
    }

    /**
     * One batch of edits, while no page is read: a page half rewritten must never be served (an
     * empty 200 makes the browser show a blank page). A fault of the preview itself is reported
     * like a problem of the edited files, and the last good site stays up.
     */
    private LiveSite.Update apply(Set<Path> changed) {
        siteLock.writeLock().lock();
        try {
            return live.apply(changed);
        } catch (RuntimeException | StackOverflowError e) {
            String message = "the preview could not apply this change (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + "); the last good site stays up: undo the change, or restart the preview";
            List<Problem> problems = changed.stream().sorted()
                    .map(path -> new Problem(project.relativize(project.resolve(path)).toString().replace('\\', '/'), 1,
                            message)).toList();
            return new LiveSite.Update(Set.of(), problems, Map.of());
        } finally {
            siteLock.writeLock().unlock();
        }
    }

    private void report(LiveSite.Update update, String what, long startNanos) {
        List<String> problems = update.problems().stream().map(Problem::toString).toList();
        events.publish(json(update.changed()), json(problems));
        double millis = (System.nanoTime() - startNanos) / 1e6;
        if (update.ok()) {
            log.printf(Locale.ROOT, "%s in %.0f ms: %d files written or deleted %s%n", what, millis,
                    update.changed().size(), update.stages());
            printWarnings(live.warnings());
        } else {
            log.println("The preview was NOT updated: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " to fix first (shown on every open page):");
            problems.forEach(log::println);
        }
    }

    /**
     * Prints the warnings not printed after the last update, and how many printed before still
     * stand: the same fifty warnings after every save would bury the line that says what it did.
     */
    private void printWarnings(List<Problem> warnings) {
        int standing = 0;
        for (Problem warning : warnings) {
            if (printedWarnings.contains(warning)) {
                standing++;
            } else {
                log.println("warning: " + warning);
            }
        }
        if (standing > 0) {
            log.println("(and " + standing + (standing == 1 ? " warning" : " warnings") + " printed before, still to look at)");
        }
        printedWarnings = Set.copyOf(warnings);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
        if (path.equals(EVENTS)) {
            events.listen(exchange);
            return;
        }
        if (path.equals(SCRIPT)) {
            send(exchange, 200, "text/javascript; charset=utf-8", script);
            return;
        }
        Path site = live.output();
        Path file = site.resolve(path.substring(1)).normalize();
        int status = 200;
        byte[] body;
        siteLock.readLock().lock();
        try {
            if (file.startsWith(site) && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                // As on the host: an old address redirects only where no file answers it. Aliases are
                // kept as written, with their %-escapes, so the path is matched undecoded.
                Optional<String> moved = live.redirect(exchange.getRequestURI().getRawPath());
                if (moved.isPresent()) {
                    exchange.getResponseHeaders().set("Location", moved.get());
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                status = 404;
                file = site.resolve(path.startsWith("/en/") ? "en/404.html" : path.startsWith("/ru/") ? "ru/404.html" : "404.html");
            }
            try {
                body = Files.readAllBytes(file);
            } catch (IOException unreadable) {
                status = 404;
                body = new byte[0];
            }
        } finally {
            siteLock.readLock().unlock();
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (extension.equals("html")) {
            body = withLiveScript(body);
        }
        send(exchange, status, TYPES.getOrDefault(extension, "application/octet-stream"), body);
    }

    /** Adds the reload script to a page, before its end: preview only, never in the published site. */
    private static byte[] withLiveScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\"></script>";
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String json(Collection<String> strings) {
        try {
            return JSON.writeValueAsString(strings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops serving and watching, and closes the store. */
    @Override
    public void close() throws IOException {
        server.stop(0);
        watcher.close();
        live.close();
    }
}
