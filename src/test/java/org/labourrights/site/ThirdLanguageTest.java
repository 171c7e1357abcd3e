package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.content.CaseReader;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.fixtures.HostileInputs;
import org.labourrights.site.model.Languages;

/**
 * A site whose site.yaml lists a third language, Kazakh, after Russian and English: the languages
 * are data, so the same code and templates publish it. On a copy of the fixture site with
 * {@code src/test/resources/third-language/} laid over it (its README says what that holds): one
 * document translated into Kazakh, the case texts in Russian and English only (case_languages).
 * The same site is checked in Chromium by {@code third-language.test.mjs}.
 */
class ThirdLanguageTest {

    /** Files laid over the fixture site: site.yaml with Kazakh, the tags named in it, the About page in it. */
    static final Path OVERLAY = ProjectCopy.REAL_PROJECT.resolve("src/test/resources/third-language");

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void buildASiteInThreeLanguages() throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        for (String file : List.of("content/data/site.yaml", "content/data/tags.yaml", "content/pages/about.kk.md")) {
            project.write(file, Files.readString(OVERLAY.resolve(file)));
        }
        // Kazakh's template words: the English ones with the language's own name, and the case note.
        project.write("templates/i18n/kk.properties", project.read("templates/i18n/en.properties")
                .replace("lang.self=English", "lang.self=Қазақша")
                + "case.untranslated.ru=This case is not yet written in Kazakh: its texts are in Russian.\n");
        site = work.resolve("site");
        ProjectCopy.Outcome outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void aTranslatedPageLinksToEveryTranslationThatExists() throws IOException {
        Document english = page("en/pages/about");
        assertEquals(List.of("/ru/pages/about/", "/kk/pages/about/"), english.select(".switcher a").eachAttr("href"));
        assertEquals(List.of("Русский", "Қазақша"), english.select(".switcher a").eachText());
        assertEquals(List.of("en", "ru", "kk", "x-default"), english.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        // The original is English: it is the page for a visitor of any other language.
        assertEquals("https://labour-rights-monitoring.netlify.app/en/pages/about/",
                english.selectFirst("link[hreflang=x-default]").attr("href"));
        assertEquals(List.of("ru_RU", "kk_KZ"), english.select("meta[property=og:locale:alternate]").eachAttr("content"));

        Document kazakh = page("kk/pages/about");
        assertEquals("kk", kazakh.selectFirst("html").attr("lang"));
        assertEquals(List.of("/ru/pages/about/", "/en/pages/about/"), kazakh.select(".switcher a").eachAttr("href"));
        assertEquals("kk_KZ", kazakh.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("/en/pages/about/", kazakh.selectFirst(".original-note a").attr("href"),
                "a translation links to its original");
    }

    @Test
    void aPageNotTranslatedIntoKazakhHasNoKazakhAlternateAndTheSwitcherLeadsToTheKazakhHome() throws IOException {
        Document russian = page("ru/declarations/almaty-declaration");
        assertEquals(List.of("ru", "en", "x-default"), russian.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals(List.of("/en/declarations/almaty-declaration/", "/kk/"), russian.select(".switcher a").eachAttr("href"));
    }

    @Test
    void kazakhHasItsOwnListsFeedAndSitemapsAndTheLanguageChooserOffersIt() throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("kk/feed.xml")));
        assertTrue(Files.isRegularFile(site.resolve("kk/cases/index.html")));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("/sitemaps/kk-pages.xml"));
        assertTrue(Files.readString(site.resolve("sitemaps/kk-pages.xml")).contains("/kk/pages/about/"));
        Document chooser = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("/ru/", "/en/", "/kk/"), chooser.select(".choice .go a").eachAttr("href"));
        assertEquals(List.of("ru", "en", "kk", "x-default"), chooser.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
    }

    @Test
    void aCaseWrittenInRussianAndEnglishIsShownOnKazakhPagesAsFirstWrittenWithANote() throws IOException {
        Document kazakh = page("kk/cases/erzhan-elshibayev");
        assertEquals("Ержан Елшибаев", kazakh.selectFirst("h1").text());
        assertEquals("This case is not yet written in Kazakh: its texts are in Russian.",
                kazakh.selectFirst(".case .original-note").text());
        assertTrue(page("en/cases/erzhan-elshibayev").select(".case .original-note").isEmpty(),
                "a case is written in English: no note");
        assertEquals(List.of("/ru/cases/erzhan-elshibayev/", "/en/cases/erzhan-elshibayev/"),
                kazakh.select(".switcher a").eachAttr("href"));
    }

    @Test
    void theEditorOffersThreeLocalesAndACaseTextInEachLanguage() throws IOException {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(site.resolve("admin/config.yml").toFile());
        assertEquals(List.of("ru", "en", "kk"), texts(config.at("/i18n/locales")));
        assertEquals("ru", config.at("/i18n/default_locale").asText());
        JsonNode cases = collection(config, "cases");
        JsonNode name = field(cases, "name");
        assertEquals(List.of("ru", "en", "kk"), texts(name.at("/fields"), "name"));
        assertEquals(List.of("Russian", "English", "Kazakh"), texts(name.at("/fields"), "label"));
        assertEquals(List.of(true, true, false), required(name.at("/fields")),
                "a case is written in Russian and English (case_languages); its Kazakh waits for a translator");
        JsonNode original = field(collection(config, "statements"), "original");
        assertEquals("Kazakh", original.at("/options/2/label").asText(), original.toString());
    }

    @Test
    void aSlipInAKazakhTextOfACaseNamesTheFieldInKazakh() throws IOException {
        Languages languages = SiteSettings.read("content/data/site.yaml",
                Files.readString(OVERLAY.resolve("content/data/site.yaml"))).languages();
        String file = HostileInputs.hiddenCase("kz-case-78", "Задержана.", "Detained.")
                .replace("text: {ru: \"Задержана.\", en: \"Detained.\"}",
                        "text: {ru: \"Задержана.\", en: \"Detained.\", kk: [ұсталды]}");
        ContentException refused = assertThrows(ContentException.class,
                () -> new CaseReader(languages).check("content/cases/kz-case-78.yaml", file));
        assertTrue(refused.getMessage().contains("event 1, text (kk)"), refused.getMessage());
    }

    @Test
    void eachLanguageHasASearchIndexAndKazakhUsesTheGenericAnalysis() throws IOException {
        Path search;
        try (Stream<Path> folders = Files.list(site.resolve("search"))) {
            search = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (String code : List.of("ru", "en", "kk")) {
            assertTrue(Files.isRegularFile(search.resolve(code).resolve("manifest.json")), code);
        }
        JsonNode kazakh = new ObjectMapper().readTree(search.resolve("kk/manifest.json").toFile());
        assertEquals("kk", kazakh.get("language").asText());
        assertTrue(kazakh.get("stopWords").isEmpty(), "no stop words without an analyzer for the language");
        assertFalse(new ObjectMapper().readTree(search.resolve("ru/manifest.json").toFile()).get("stopWords").isEmpty());
    }

    @Test
    void aNameHiddenByInitialsIsRefusedInAnyLanguageItIsSpeltIn() throws IOException {
        Languages languages = SiteSettings.read("content/data/site.yaml",
                Files.readString(OVERLAY.resolve("content/data/site.yaml"))).languages();
        String file = HostileInputs.hiddenCase("kz-case-77", "Задержана.", "Detained.")
                .replace("name: {ru: ", "name: {kk: Зарина Тестқызы, ru: ")
                .replace("text: {ru: \"Задержана.\", en: \"Detained.\"}",
                        "text: {ru: \"Задержана.\", en: \"Detained.\", kk: \"Тестқызы ұсталды.\"}");
        ContentException refused = assertThrows(ContentException.class,
                () -> new CaseReader(languages).check("content/cases/kz-case-77.yaml", file));
        assertEquals(1, refused.problems().size(), refused.getMessage());
        assertTrue(refused.problems().get(0).message().contains("holds the real name that 'name_display: initials'"
                + " hides (the word starting 'Те…')"), refused.problems().get(0).message());
    }

    private static JsonNode collection(JsonNode config, String name) {
        for (JsonNode collection : config.get("collections")) {
            if (collection.path("name").asText().equals(name)) {
                return collection;
            }
        }
        throw new AssertionError("no collection " + name);
    }

    private static JsonNode field(JsonNode parent, String name) {
        for (JsonNode field : parent.get("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + parent.path("name").asText());
    }

    private static List<String> texts(JsonNode fields, String key) {
        List<String> texts = new ArrayList<>();
        fields.forEach(field -> texts.add(field.path(key).asText()));
        return texts;
    }

    private static List<Boolean> required(JsonNode fields) {
        List<Boolean> required = new ArrayList<>();
        fields.forEach(field -> required.add(field.path("required").asBoolean(true)));
        return required;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
