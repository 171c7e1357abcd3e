package org.labourrights.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.labourrights.site.cli.SiteCommand;

/**
 * A local preview: builds the site, serves it on localhost only, and rebuilds when a file under
 * content/, templates/ or assets/ changes. A build with problems prints them and keeps serving
 * the last good site.
 */
public final class PreviewServer {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "json", "application/json", "png", "image/png", "ico", "image/x-icon");

    private PreviewServer() {
    }

    public static void start(Path project, Path site, int port) throws IOException, InterruptedException {
        SiteCommand.build(project, site, System.out, System.err);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> serve(exchange, site));
        server.start();
        System.out.println("Preview at http://localhost:" + port + "/ (Ctrl+C to stop); rebuilding on every change.");
        long stamp = fingerprint(project);
        while (true) {
            Thread.sleep(500);
            long latest = fingerprint(project);
            if (latest != stamp) {
                stamp = latest;
                SiteCommand.build(project, site, System.out, System.err);
            }
        }
    }

    private static void serve(HttpExchange exchange, Path site) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
        Path file = site.resolve(path.substring(1)).normalize();
        if (file.startsWith(site) && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            status = 404;
            file = site.resolve(path.startsWith("/en/") ? "en/404.html" : path.startsWith("/ru/") ? "ru/404.html" : "404.html");
        }
        byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Changes when any file is added, removed or edited (a deletion lowers no "newest" time). */
    private static long fingerprint(Path project) throws IOException {
        long fingerprint = 0;
        for (String folder : new String[] {"content", "templates", "assets"}) {
            Path root = project.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.toList()) {
                    fingerprint = 31 * fingerprint + file.hashCode() + file.toFile().lastModified();
                }
            }
        }
        return fingerprint;
    }
}
