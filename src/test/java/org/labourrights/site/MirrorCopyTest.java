package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.fixtures.BuiltSite;

/** The fixture site's mirror copy and its zip, as the README's first command writes them, read back. */
class MirrorCopyTest {

    private static final List<String> SENTINELS =
            List.of("FIXTUREDRAFT", "FIXTUREEMBARGO", "FIXTUREPRIVATE", "fixture-draft", "fixture-embargoed");
    private static final Pattern ROOT_ABSOLUTE =
            Pattern.compile("\\s(?:href|src|action|poster|srcset|data-index)=\"/(?!/)[^\"]*\"|url\\(\\s*['\"]?/(?!/)[^)]*\\)");

    @TempDir
    static Path work;
    static Path site;
    static Path mirror;

    @BeforeAll
    static void buildTheFixtureSite() {
        site = work.resolve("site");
        ProjectCopy.Outcome outcome = ProjectCopy.of(work.resolve("project")).build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        mirror = work.resolve("site-mirror");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".html") || name.endsWith(".css");
    }

    @Test
    void noPageOrStyleLinksFromTheRootAndTheMetaStillNamesTheMainSite() throws IOException {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (Path file : files(mirror)) {
            if (!isText(file)) {
                continue;
            }
            String text = Files.readString(file);
            Matcher matcher = ROOT_ABSOLUTE.matcher(text);
            while (matcher.find()) {
                found.add(mirror.relativize(file) + ": " + matcher.group().strip());
            }
            if (file.toString().endsWith(".html") && !file.getFileName().toString().equals("404.html")) {
                Document page = Jsoup.parse(text);
                Element canonical = page.selectFirst("link[rel=canonical]");
                if (canonical != null) {
                    pages++;
                    assertTrue(canonical.attr("href").startsWith(BuiltSite.BASE), mirror.relativize(file) + ": " + canonical);
                    Element ogUrl = page.selectFirst("meta[property=og:url]");
                    assertEquals(canonical.attr("href"), ogUrl == null ? null : ogUrl.attr("content"), mirror.relativize(file).toString());
                }
            }
        }
        assertTrue(pages > 20, pages + " pages with a canonical address");
        assertTrue(ROOT_ABSOLUTE.matcher(Files.readString(site.resolve("en/index.html"))).find(),
                "the main site's pages link from the root, so the pattern finds such links");
        assertEquals(List.of(), found);
    }

    @Test
    void everyRelativeLinkIsAFileOfTheMirror() throws IOException {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path file : files(mirror)) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(Files.readString(file));
            for (Element element : page.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (link.isEmpty() || link.startsWith("#") || URI.create(link.replace(" ", "%20")).getScheme() != null) {
                    continue;
                }
                links++;
                String path = URLDecoder.decode(link.replaceAll("[?#].*", ""), StandardCharsets.UTF_8);
                Path target = file.getParent().resolve(path).normalize();
                if (!target.startsWith(mirror) || !Files.isRegularFile(target)) {
                    broken.add(mirror.relativize(file) + " → " + link);
                }
            }
        }
        assertTrue(links > 500, links + " links");
        assertEquals(List.of(), broken);
    }

    @Test
    void theZipHoldsTheMirrorAndNeitherHoldsADraftAnEmbargoedTextOrAPrivateNote() throws IOException {
        List<String> leaks = new ArrayList<>();
        TreeSet<String> mirrored = new TreeSet<>();
        for (Path file : files(mirror)) {
            String name = mirror.relativize(file).toString().replace('\\', '/');
            mirrored.add(name);
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            SENTINELS.stream().filter(text::contains).forEach(s -> leaks.add(name + " holds " + s));
        }
        Path zip;
        try (Stream<Path> downloads = Files.list(site.resolve("download"))) {
            zip = downloads.filter(f -> f.getFileName().toString().matches("site-\\d{4}-\\d{2}-\\d{2}\\.zip")).findFirst().orElseThrow();
        }
        String folder = zip.getFileName().toString().replace(".zip", "/");
        TreeSet<String> zipped = new TreeSet<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                assertTrue(entry.getName().startsWith(folder), entry.getName());
                String name = entry.getName().substring(folder.length());
                zipped.add(name);
                byte[] bytes = entries.readAllBytes();
                assertTrue(bytes.length == 0 || Files.exists(mirror.resolve(name)), name);
                assertEquals(Files.size(mirror.resolve(name)), bytes.length, name);
                String text = new String(bytes, StandardCharsets.UTF_8);
                SENTINELS.stream().filter(text::contains).forEach(s -> leaks.add(zip.getFileName() + "!" + name + " holds " + s));
            }
        }
        assertTrue(mirrored.size() > 100, mirrored.size() + " files in the mirror");
        assertEquals(mirrored, zipped);
        assertEquals(List.of(), leaks);
    }
}
