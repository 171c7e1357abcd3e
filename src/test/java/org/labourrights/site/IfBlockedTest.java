package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.fixtures.BuiltSite;

/**
 * A reader whose network blocks the site: every page links to "if this site is blocked", which
 * lists the mirrors and the onion address written in site.yaml and offers the day's download;
 * Tor Browser is told the onion address of each page, by a meta tag and by the host's header.
 */
class IfBlockedTest {

    private static final String ONION = "http://" + "abcdefghijklmnopqrstuvwxyz234567".repeat(2).substring(0, 56) + ".onion";
    private static final List<String> MIRRORS = List.of("https://mirror-one.example.org", "https://example.net/copy");

    @TempDir
    static Path work;
    static Path plain;
    static Path withWays;

    @BeforeAll
    static void buildTheFixtureWithAndWithoutMirrors() {
        plain = work.resolve("plain");
        ProjectCopy.Outcome outcome = ProjectCopy.of(work.resolve("plain-project")).build(plain);
        assertEquals(0, outcome.exitCode(), outcome.err());

        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        project.write("content/data/site.yaml", project.read("content/data/site.yaml")
                + "mirrors:\n  - " + MIRRORS.get(0) + "/\n  - " + MIRRORS.get(1) + "\nonion: " + ONION + "/\n");
        withWays = work.resolve("site");
        outcome = project.build(withWays);
        assertEquals(0, outcome.exitCode(), outcome.err());
    }

    @Test
    void everyPageLinksToTheWaysInItsOwnLanguage() {
        List<String> missing = new ArrayList<>();
        BuiltSite.read(plain).pages().forEach((url, page) -> {
            String lang = page.selectFirst("html").attr("lang");
            if (!url.equals("/") && !url.equals("/404.html") && page.selectFirst("footer a[href=/" + lang + "/if-blocked/]") == null) {
                missing.add(url);
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void withoutMirrorsThePageStillOffersTheDownloadThatExists() throws IOException {
        for (String lang : List.of("ru", "en")) {
            Document page = BuiltSite.read(plain).pages().get("/" + lang + "/if-blocked/");
            assertNotNull(page, lang);
            assertEquals(List.of("blocked-download"), page.select("main h2").eachAttr("id"), lang);
            Element download = page.selectFirst("a.download-link");
            String address = download.attr("href");
            assertTrue(address.startsWith(BuiltSite.BASE + "/download/site-"), address);
            assertTrue(Files.isRegularFile(plain.resolve(address.substring(BuiltSite.BASE.length() + 1))), address);
            assertEquals(page.selectFirst("link[rel=alternate][hreflang=" + (lang.equals("ru") ? "en" : "ru") + "]").attr("href"),
                    BuiltSite.BASE + "/" + (lang.equals("ru") ? "en" : "ru") + "/if-blocked/");
        }
        assertFalse(Files.exists(plain.resolve("_headers")), "no onion, no header file");
        assertTrue(BuiltSite.read(plain).pages().values().stream()
                .noneMatch(page -> page.selectFirst("meta[http-equiv=onion-location]") != null));
        JsonNode data = new ObjectMapper().readTree(plain.resolve("mirrors.json").toFile());
        assertEquals(0, data.get("mirrors").size());
        assertFalse(data.has("onion"));
    }

    @Test
    void thePageListsEachMirrorAndTheOnionAddress() {
        for (String lang : List.of("ru", "en")) {
            Document page = BuiltSite.read(withWays).pages().get("/" + lang + "/if-blocked/");
            assertEquals(List.of("blocked-mirrors", "blocked-tor", "blocked-download"), page.select("main h2").eachAttr("id"));
            assertEquals(MIRRORS.stream().map(m -> m + "/" + lang + "/").toList(), page.select(".mirror-list a").eachAttr("href"));
            assertEquals(ONION + "/" + lang + "/", page.selectFirst(".onion-address a").attr("href"));
            for (Element out : page.select("main a[href^=http]")) {
                if (!out.attr("href").startsWith(BuiltSite.BASE)) {
                    assertEquals("noopener noreferrer", out.attr("rel"), out.outerHtml());
                    assertEquals("no-referrer", out.attr("referrerpolicy"), out.outerHtml());
                }
            }
        }
    }

    @Test
    void torBrowserIsToldEachPagesOwnOnionAddressByMetaAndByHeader() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher rule = Pattern.compile("(?m)^(/\\S*)\\n  Onion-Location: (\\S+)$").matcher(Files.readString(withWays.resolve("_headers")));
        while (rule.find()) {
            headers.put(rule.group(1), rule.group(2));
        }
        List<String> wrong = new ArrayList<>();
        Map<String, Document> pages = BuiltSite.read(withWays).pages();
        pages.forEach((url, page) -> {
            Element meta = page.selectFirst("meta[http-equiv=onion-location]");
            if (meta == null || !meta.attr("content").equals(ONION + url)) {
                wrong.add(url + " meta " + meta);
            }
            if (!(ONION + url).equals(headers.get(url))) {
                wrong.add(url + " header " + headers.get(url));
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(pages.size() > 100, pages.size() + " pages");
    }

    @Test
    void theListIsDataInTheSiteAndInItsMirrorButTheHostsHeaderFileIsNotMirrored() throws IOException {
        JsonNode data = new ObjectMapper().readTree(withWays.resolve("mirrors.json").toFile());
        assertEquals(BuiltSite.BASE + "/", data.get("site").asText());
        assertEquals(MIRRORS.stream().map(m -> m + "/").toList(), List.of(data.get("mirrors").get(0).asText(), data.get("mirrors").get(1).asText()));
        assertEquals(ONION + "/", data.get("onion").asText());
        assertTrue(Files.isRegularFile(withWays.resolve(data.get("download").asText().substring(BuiltSite.BASE.length() + 1))));

        Path mirror = work.resolve("site-mirror");
        assertEquals(Files.readString(withWays.resolve("mirrors.json")), Files.readString(mirror.resolve("mirrors.json")));
        assertTrue(Files.isRegularFile(mirror.resolve("en/if-blocked/index.html")));
        assertFalse(Files.exists(mirror.resolve("_headers")));
    }
}
