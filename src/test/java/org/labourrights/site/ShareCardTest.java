package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cards.CardImage;
import org.labourrights.site.cards.ShareCard;
import org.labourrights.site.fixtures.BuiltSite;
import org.labourrights.site.fixtures.DocumentText;

/**
 * The share cards of the fixture site, with a case shown by initials, one by pseudonym and a
 * document dated by month only added: every page's Open Graph and Twitter meta, every card's file,
 * and the words each card was drawn from, read back from the PNG itself.
 */
class ShareCardTest {

    static final String BASE = BuiltSite.BASE;
    static final List<String> SECRETS = List.of("FIXTUREDRAFT", "FIXTUREEMBARGO", "FIXTUREPRIVATE",
            "Хиддентина", "Тестова", "Скрытов", "Skrytov");

    @TempDir
    static Path work;
    static Path site;
    static Map<String, Document> pages;
    static String buildOutput;

    @BeforeAll
    static void buildTheFixtureWithHiddenNames() {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        String elshibayev = project.read("content/cases/erzhan-elshibayev.yaml");
        String noVariants = "variants:\n  - Erzhan Elshimbayev\n  - Yerzhan Elshimbayev\n";
        project.write("content/cases/initials-test.yaml", elshibayev
                .replace("id: erzhan-elshibayev", "id: initials-test")
                .replace("  ru: Ержан Елшибаев\n  en: Erzhan Elshibayev\n", "  ru: Хиддентина Тестова\n  en: Хиддентина Тестова\n")
                .replace(noVariants, "name_display: initials\n"));
        project.write("content/cases/pseudonym-test.yaml", elshibayev
                .replace("id: erzhan-elshibayev", "id: pseudonym-test")
                .replace("  ru: Ержан Елшибаев\n  en: Erzhan Elshibayev\n", "  ru: Пётр Скрытов\n  en: Pyotr Skrytov\n")
                .replace(noVariants, "name_display: pseudonym\npseudonym:\n  ru: Активист А.\n  en: Activist A.\n"));
        project.write("content/statements/month-only.en.md",
                DocumentText.statement("A statement dated by its month only").with("date", "2025-10").toString());
        project.write("content/statements/kazakh-letters.ru.md",
                DocumentText.russian("Қазақстан: Ұлттық кәсіподақ «Әділет» және Oʻzbekiston Gʻafur")
                        .with("date", "2025-11-20").toString());
        site = work.resolve("site");
        ProjectCopy.Outcome outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        buildOutput = outcome.out();
        pages = BuiltSite.read(site).pages();
    }

    @Test
    void everyPageCarriesOpenGraphAndTwitterCardMeta() {
        List<String> missing = new ArrayList<>();
        pages.forEach((url, page) -> {
            for (String property : List.of("og:type", "og:title", "og:description", "og:url", "og:site_name",
                    "og:locale", "og:image", "og:image:type", "og:image:width", "og:image:height", "og:image:alt")) {
                if (meta(page, property).isBlank()) {
                    missing.add(url + " has no " + property);
                }
            }
            if (!"summary_large_image".equals(page.select("meta[name=twitter:card]").attr("content"))) {
                missing.add(url + " has no twitter:card summary_large_image");
            }
            // The bilingual 404 has no canonical address (it answers any address): it names its own.
            String canonical = url.equals("/404.html") ? BASE + url : page.select("link[rel=canonical]").attr("href");
            if (!meta(page, "og:url").equals(canonical) || !canonical.startsWith(BASE + "/")) {
                missing.add(url + ": og:url " + meta(page, "og:url") + " is not the canonical " + canonical);
            }
            if (!meta(page, "og:image").startsWith(BASE + ShareCard.FOLDER)) {
                missing.add(url + ": og:image is not the site's own card: " + meta(page, "og:image"));
            }
            String lang = page.select("html").attr("lang");
            if (!meta(page, "og:locale").equals(lang.equals("ru") ? "ru_RU" : "en_GB")) {
                missing.add(url + ": og:locale " + meta(page, "og:locale") + " for lang " + lang);
            }
            boolean translated = !page.select("link[rel=alternate][hreflang=x-default]").isEmpty();
            String alternate = meta(page, "og:locale:alternate");
            if (translated != !alternate.isEmpty() || translated && alternate.equals(meta(page, "og:locale"))) {
                missing.add(url + ": og:locale:alternate '" + alternate + "' but translated " + translated);
            }
            if (!meta(page, "og:title").equals(page.title().replaceFirst(" — [^—]+$", ""))) {
                missing.add(url + ": og:title " + meta(page, "og:title") + " is not the page's title " + page.title());
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void documentsAreArticlesPublishedOnTheirDayAndAMonthNeverBecomesADay() {
        Document dayDated = pages.get("/en/statements/6th-conference-2022-belarus/");
        assertEquals("article", meta(dayDated, "og:type"));
        assertEquals("2022-11-15", meta(dayDated, "article:published_time"));
        Document monthDated = pages.get("/en/statements/month-only/");
        assertEquals("article", meta(monthDated, "og:type"));
        assertEquals("", meta(monthDated, "article:published_time"), "a month is not a day");
        assertTrue(monthDated.select("meta[property=article:published_time]").isEmpty());
        assertEquals("article", meta(pages.get("/ru/cases/erzhan-elshibayev/"), "og:type"));
        for (String list : List.of("/en/", "/ru/statements/", "/en/cases/", "/ru/search/", "/")) {
            assertEquals("website", meta(pages.get(list), "og:type"), list);
        }
        pages.forEach((url, page) -> {
            String day = meta(page, "article:published_time");
            assertTrue(day.isEmpty() || day.matches("\\d{4}-\\d{2}-\\d{2}"), url + ": " + day);
        });
    }

    @Test
    void everyCardIsTheSitesOwn1200By630PngOfAtMost150Kilobytes() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            Document page = entry.getValue();
            assertEquals("1200", meta(page, "og:image:width"), entry.getKey());
            assertEquals("630", meta(page, "og:image:height"), entry.getKey());
            assertEquals("image/png", meta(page, "og:image:type"), entry.getKey());
            shown.add(meta(page, "og:image").substring(BASE.length() + 1));
        }
        for (String card : shown) {
            Path file = site.resolve(card);
            assertTrue(Files.isRegularFile(file), card + " is named by a page but missing");
            assertTrue(Files.size(file) <= 150 * 1024, card + " is " + Files.size(file) + " bytes");
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(1200, image.getWidth(), card);
            assertEquals(630, image.getHeight(), card);
        }
        try (Stream<Path> files = Files.list(site.resolve("cards"))) {
            assertEquals(shown, new TreeSet<>(files.map(f -> "cards/" + f.getFileName()).toList()),
                    "every card file is one a page names");
        }
        // Documents, campaigns and cases each have their own; the lists of a language share one.
        long articles = pages.values().stream().filter(p -> meta(p, "og:type").equals("article")).count();
        assertTrue(shown.size() > articles / 3, "cards: " + shown.size() + " for " + articles + " articles");
        assertEquals(meta(pages.get("/ru/statements/"), "og:image"), meta(pages.get("/ru/tags/"), "og:image"));
        assertFalse(meta(pages.get("/ru/statements/"), "og:image").equals(meta(pages.get("/en/statements/"), "og:image")));
    }

    @Test
    void eachCardIsDrawnFromThePagesOwnWordsAndNoHiddenOne() throws IOException {
        List<String> leaks = new ArrayList<>();
        Map<String, Map<String, String>> words = new TreeMap<>();
        pages.forEach((url, page) -> {
            String card = meta(page, "og:image").substring(BASE.length() + 1);
            Map<String, String> drawn = words.computeIfAbsent(card, c -> wordsOf(site.resolve(c)));
            ShareCard model = new ShareCard(drawn.get("Kind"), drawn.get("Date"), drawn.get("Title"), drawn.get("Author"));
            // The file's name is the hash of these words: they are the whole of what its pixels were drawn from.
            if (!card.equals("cards/" + model.fileName())) {
                leaks.add(url + ": " + card + " was not drawn from the words it carries " + drawn);
            }
            if (!model.alt().equals(meta(page, "og:image:alt"))) {
                leaks.add(url + ": the alt text " + meta(page, "og:image:alt") + " is not the card's " + model.alt());
            }
            String type = meta(page, "og:type");
            if (type.equals("article") && !drawn.get("Title").equals(meta(page, "og:title"))
                    && !page.location().contains("/letter/") && !page.location().contains("/thanks/")) {
                leaks.add(url + ": the card's title " + drawn.get("Title") + " is not the page's " + meta(page, "og:title"));
            }
            for (String secret : SECRETS) {
                if (String.join("\n", drawn.values()).contains(secret)) {
                    leaks.add(url + ": its card shows " + secret);
                }
            }
        });
        assertEquals(List.of(), leaks);
        assertEquals("Х. Т.", words.get(cardOf("/ru/cases/initials-test/")).get("Title"));
        assertEquals("Activist A.", words.get(cardOf("/en/cases/pseudonym-test/")).get("Title"));
        assertEquals("Дело · в заключении", words.get(cardOf("/ru/cases/erzhan-elshibayev/")).get("Kind"));
        assertEquals("Statement", words.get(cardOf("/en/statements/month-only/")).get("Kind"));
        assertEquals("October 2025", words.get(cardOf("/en/statements/month-only/")).get("Date"));
        assertTrue(buildOutput.contains("share cards: " + words.size() + " drawn"), buildOutput);
        assertTrue(words.size() >= 2 * CardImage.WORDS.length, "cards read: " + words.size());
    }

    @Test
    void noCardFileHoldsADraftAnEmbargoedTextAPrivateNoteOrAHiddenName() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("cards"))) {
            for (Path card : files.toList()) {
                String bytes = new String(Files.readAllBytes(card), StandardCharsets.UTF_8);
                for (String secret : SECRETS) {
                    assertFalse(bytes.contains(secret), card + " holds " + secret);
                }
            }
        }
    }

    private static String cardOf(String url) {
        return meta(pages.get(url), "og:image").substring(BASE.length() + 1);
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        return meta == null ? "" : meta.attr("content");
    }

    /** The iTXt chunks of a PNG by keyword: the words the card was drawn from. */
    static Map<String, String> wordsOf(Path png) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(png));
            bytes.position(8);
            Map<String, String> words = new LinkedHashMap<>();
            while (bytes.remaining() >= 12) {
                int length = bytes.getInt();
                byte[] type = new byte[4];
                bytes.get(type);
                byte[] data = new byte[length];
                bytes.get(data);
                bytes.getInt();
                if (new String(type, StandardCharsets.US_ASCII).equals("iTXt")) {
                    int keywordEnd = indexOf(data, 0, 0);
                    String keyword = new String(data, 0, keywordEnd, StandardCharsets.ISO_8859_1);
                    int languageEnd = indexOf(data, keywordEnd + 3, 0);
                    int translatedEnd = indexOf(data, languageEnd + 1, 0);
                    words.put(keyword, new String(data, translatedEnd + 1, data.length - translatedEnd - 1,
                            StandardCharsets.UTF_8));
                }
            }
            assertEquals(List.of(CardImage.WORDS), List.copyOf(words.keySet()), png.toString());
            ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
            return words;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] data, int from, int value) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("no terminator");
    }
}
