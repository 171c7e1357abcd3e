package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.fixtures.BuiltSite;
import org.labourrights.site.render.AssetPipeline;

/** The fixture site (a frozen copy of the seed content), built as the README's first command builds it, and read back. */
class BuiltSiteTest {

    static final String BASE = BuiltSite.BASE;

    @TempDir
    static Path work;
    static Path site;
    static BuiltSite built;
    static Map<String, Document> pages;

    @BeforeAll
    static void buildTheFixtureSite() {
        site = work.resolve("site");
        ProjectCopy.Outcome outcome = ProjectCopy.of(work.resolve("project")).build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        built = BuiltSite.read(site);
        pages = built.pages();
    }

    /** Every Markdown file under content/ with status: published and no far-future embargo, as (section, slug, lang). */
    static List<String[]> publishedSources() throws IOException {
        List<String[]> sources = new ArrayList<>();
        Path content = ProjectCopy.FIXTURE.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                if (text.contains("\nstatus: published\n") && !text.contains("\nembargo: 2999")) {
                    String[] name = file.getFileName().toString().split("\\.");
                    sources.add(new String[] {file.getParent().getFileName().toString(), name[0], name[1]});
                }
            }
        }
        return sources;
    }

    @Test
    void everyPublishedDocumentExistsInBothLanguages() throws IOException {
        List<String[]> sources = publishedSources();
        assertTrue(sources.size() >= 20, "the seeds give at least ten documents in two languages");
        for (String[] source : sources) {
            for (String lang : List.of("ru", "en")) {
                String url = "/" + lang + "/" + source[0] + "/" + source[1] + "/";
                assertTrue(pages.containsKey(url), "missing " + url + " (from " + source[0] + "/" + source[1] + ")");
            }
        }
    }

    @Test
    void eachDocumentSaysWhetherItIsTheOriginalOrATranslation() {
        Document ruTranslation = pages.get("/ru/statements/6th-conference-2022-kazakhstan/");
        assertEquals("Перевод с английского · Читать оригинал", ruTranslation.selectFirst(".original-note").text());
        assertEquals("/en/statements/6th-conference-2022-kazakhstan/",
                ruTranslation.selectFirst(".original-note a").attr("href"));
        assertEquals("Original in English",
                pages.get("/en/statements/6th-conference-2022-kazakhstan/").selectFirst(".original-note").text());
        assertEquals("Translated from Russian · Read the original",
                pages.get("/en/resolutions/9th-coordination-meeting-2025/").selectFirst(".original-note").text());
        assertEquals("Оригинал на русском языке",
                pages.get("/ru/resolutions/9th-coordination-meeting-2025/").selectFirst(".original-note").text());
    }

    @Test
    void theLanguageSwitcherLeadsToTheSameDocumentInTheOtherLanguage() {
        pages.forEach((url, page) -> {
            Element switcher = page.selectFirst(".switcher a");
            if (switcher == null) {
                return;
            }
            Element alternate = page.selectFirst("link[rel=alternate][hreflang=" + switcher.attr("hreflang") + "]");
            if (alternate != null) {
                assertEquals(URI.create(alternate.attr("href")).getPath(), switcher.attr("href"), url);
            }
        });
        assertEquals("/en/declarations/almaty-declaration/",
                pages.get("/ru/declarations/almaty-declaration/").selectFirst(".switcher a").attr("href"));
    }

    @Test
    void hreflangAlternatesAreReciprocal() {
        int pairs = 0;
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            Document page = entry.getValue();
            if (entry.getKey().equals("/")) {
                continue; // the chooser is the x-default of the home pages, checked below
            }
            String lang = page.selectFirst("html").attr("lang");
            for (Element link : page.select("link[rel=alternate][hreflang]")) {
                String hreflang = link.attr("hreflang");
                if (hreflang.equals(lang) || hreflang.equals("x-default")) {
                    continue;
                }
                String target = URI.create(link.attr("href")).getPath();
                Document other = pages.get(target);
                assertTrue(other != null, entry.getKey() + " names a missing alternate " + target);
                Element back = other.selectFirst("link[rel=alternate][hreflang=" + lang + "]");
                assertTrue(back != null && URI.create(back.attr("href")).getPath().equals(entry.getKey()),
                        target + " does not point back to " + entry.getKey());
                pairs++;
            }
        }
        assertTrue(pairs > 40, "expected the documents and lists to be paired, found " + pairs);
        for (String home : List.of("/ru/", "/en/")) {
            assertEquals(BASE + "/", pages.get(home).selectFirst("link[hreflang=x-default]").attr("href"));
        }
        assertEquals(List.of(BASE + "/ru/", BASE + "/en/", BASE + "/"),
                pages.get("/").select("link[rel=alternate][hreflang]").eachAttr("href"));
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        assertEquals(List.of(), built.brokenLinks());
    }

    @Test
    void noPageLoadsAnythingFromAnotherOrigin() {
        assertEquals(List.of(), built.foreignLoads());
    }

    @Test
    void theFixturesDraftEmbargoedDocumentAndPrivateNoteAreInNoFile() throws IOException {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String sentinel : List.of("FIXTUREDRAFT", "FIXTUREEMBARGO", "FIXTUREPRIVATE", "fixture-draft", "fixture-embargoed")) {
                    if (text.contains(sentinel)) {
                        leaks.add(site.relativize(file) + " holds " + sentinel);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void pagesWithNothingToRunLoadNoScript() {
        pages.forEach((url, page) -> {
            boolean needsScript = url.contains("/cases/") || url.contains("/campaigns/") || url.contains("/search/");
            if (!needsScript) {
                assertEquals(List.of(), page.select("script").eachAttr("src").stream()
                        .filter(src -> !src.contains("/low-vision.")).toList(), url + " has a script, but needs none");
            }
        });
    }

    @Test
    void everyPageHasOneTitleALanguageAndASkipLinkToMain() {
        pages.forEach((url, page) -> {
            assertEquals(1, page.select("h1").size(), url + " must have exactly one h1");
            assertTrue(page.selectFirst("html").attr("lang").matches("ru|en"), url);
            if (!url.equals("/") && !url.equals("/404.html")) {
                assertEquals("#main", page.selectFirst("a.skip-link").attr("href"), url);
                assertTrue(page.selectFirst("main#main") != null, url);
                assertTrue(page.selectFirst("header") != null && page.selectFirst("footer") != null, url);
            }
        });
    }

    @Test
    void datesAndCountsReadNaturallyInEachLanguage() {
        Document ru = pages.get("/ru/resolutions/9th-coordination-meeting-2025/");
        // ICU keeps "г." on the line of its year with a narrow no-break space.
        assertEquals("15 декабря 2025\u202fг.", ru.selectFirst(".doc-facts time").text());
        assertEquals("2025-12-15", ru.selectFirst(".doc-facts time").attr("datetime"));
        assertEquals("15 December 2025",
                pages.get("/en/resolutions/9th-coordination-meeting-2025/").selectFirst(".doc-facts time").text());
        assertEquals("3 документа", pages.get("/ru/resolutions/").selectFirst(".count").text());
        assertEquals("3 documents", pages.get("/en/resolutions/").selectFirst(".count").text());
    }

    @Test
    void aDocumentWithoutADateSaysSoInsteadOfInventingOne() {
        assertEquals("дата не указана", pages.get("/ru/declarations/almaty-declaration/").selectFirst(".doc-facts dd").text());
        assertEquals("date not stated", pages.get("/en/declarations/almaty-declaration/").selectFirst(".doc-facts dd").text());
        assertTrue(pages.get("/en/declarations/almaty-declaration/").select(".doc-facts time").isEmpty());
    }

    @Test
    void russianTextGetsRussianQuotesAndMarkupIsNotEscapedTwice() {
        String body = pages.get("/ru/reports/bir-duino-migrant-workers-2015-2017/").selectFirst(".prose").text();
        assertTrue(body.contains("«Бир Дуйно Кыргызстан»"), body.substring(0, 200));
        assertFalse(body.contains("&lt;") || body.contains("&quot;"));
    }

    @Test
    void sitemapAndFeedsAreWellFormedAndComplete() throws Exception {
        var builder = DocumentBuilderFactory.newInstance();
        builder.setNamespaceAware(true);
        String namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
        org.w3c.dom.Document index = builder.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        var files = index.getElementsByTagNameNS(namespace, "loc");
        List<String> urls = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int f = 0; f < files.getLength(); f++) {
            URI file = URI.create(files.item(f).getTextContent());
            assertTrue(file.toString().startsWith(BASE + "/sitemaps/"), file.toString());
            Path part = site.resolve(file.getPath().substring(1));
            org.w3c.dom.Document sitemap = builder.newDocumentBuilder().parse(part.toFile());
            assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
            var locs = sitemap.getElementsByTagNameNS(namespace, "loc");
            assertTrue(locs.getLength() > 0 && locs.getLength() <= 50_000, part + " lists " + locs.getLength());
            for (int i = 0; i < locs.getLength(); i++) {
                urls.add(URI.create(locs.item(i).getTextContent()).getPath());
            }
            text.append(Files.readString(part));
        }
        for (String url : pages.keySet()) {
            if (!url.endsWith("404.html") && !url.endsWith("/thanks/") && !url.endsWith("/letter/")) {
                assertTrue(urls.contains(url), "the sitemap lacks " + url);
            }
        }
        assertEquals(urls.size(), new java.util.HashSet<>(urls).size(), "an address is listed twice");
        assertTrue(urls.contains("/"), "the language chooser is listed");
        assertTrue(text.toString().contains("hreflang=\"x-default\""));

        for (String lang : List.of("ru", "en")) {
            org.w3c.dom.Document feed = builder.newDocumentBuilder().parse(site.resolve(lang + "/feed.xml").toFile());
            assertEquals("feed", feed.getDocumentElement().getLocalName());
            int entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength();
            assertTrue(entries >= 7 && entries <= 50, lang + " feed has " + entries + " entries");
        }
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE + "/sitemap.xml"));
    }

    @Test
    void assetsAreFingerprintedSoTheyCanBeCachedForever() throws IOException {
        String stylesheet = pages.get("/en/").selectFirst("link[rel=stylesheet]").attr("href");
        Matcher m = Pattern.compile("/assets/css/site\\.([0-9a-f]{10})\\.css").matcher(stylesheet);
        assertTrue(m.matches(), stylesheet);
        assertTrue(Files.exists(site.resolve(stylesheet.substring(1))));
    }

    @Test
    void theSearchPagesLoadTheOneSearchScriptJoinedFromItsParts() throws IOException {
        byte[] joined = AssetPipeline.contents(ProjectCopy.REAL_PROJECT.resolve("assets")).get("js/search.js");
        String address = pages.get("/en/search/").select("script[src*=search]").attr("src");
        assertTrue(address.matches("/assets/js/search\\.[0-9a-f]{10}\\.js"), address);
        for (String url : List.of("/en/search/", "/ru/search/")) {
            List<String> scripts = pages.get(url).select("script[src]").eachAttr("src");
            assertEquals(List.of(address), scripts.stream().filter(s -> s.contains("search")).toList(), url + ": " + scripts);
        }
        assertArrayEquals(joined, Files.readAllBytes(site.resolve(address.substring(1))));
        try (Stream<Path> files = Files.walk(site.resolve("assets"))) {
            List<String> published = files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString()).toList();
            assertEquals(List.of(address.substring(1)), published.stream().filter(f -> f.contains("search")).toList());
            assertFalse(published.stream().anyMatch(f -> f.endsWith(".mjs") || f.endsWith(".txt")), published.toString());
        }
        pages.forEach((url, page) -> assertTrue(url.endsWith("/search/") || page.select("script[src*=search]").isEmpty(),
                url + " loads the search script"));
    }

    @Test
    void theRootLetsTheVisitorChooseAndEachLanguageHasItsOwn404() {
        Document root = pages.get("/");
        // Each language's home, and for a reader whose network blocks the site, the other ways to it.
        assertEquals(List.of("/ru/", "/ru/if-blocked/", "/en/", "/en/if-blocked/"), root.select("main a").eachAttr("href"));
        assertTrue(pages.get("/ru/404.html").text().contains("Страница не найдена"));
        assertTrue(pages.get("/en/404.html").text().contains("Page not found"));
        assertTrue(pages.containsKey("/404.html"));
    }

    @Test
    void countryAndTagPagesGatherTheirDocuments() {
        Document kazakhstan = pages.get("/en/countries/kz/");
        assertEquals("Kazakhstan", kazakhstan.selectFirst("h1").text());
        assertTrue(kazakhstan.select(".doc-title a").eachAttr("href").contains("/en/statements/6th-conference-2022-kazakhstan/"));
        Document zhanaozen = pages.get("/ru/tags/zhanaozen/");
        assertEquals("Жанаозен", zhanaozen.selectFirst("h1").text());
        assertFalse(zhanaozen.select(".doc-item").isEmpty());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            fail(e);
            return null;
        }
    }
}
