package org.labourrights.site.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.fixtures.DocumentText;

/**
 * /admin/ as the real build writes it, from the real content plus what must never show: a draft
 * translation, an embargoed document, a case's private notes, the real name of a person shown by
 * initials. Each carries a sentinel word that must not occur in a single byte under /admin/.
 */
class AdminSiteTest {

    static final String DRAFT = "DRAFTSENTINEL";
    static final String EMBARGOED = "EMBARGOSENTINEL";
    static final String PRIVATE = "PRIVATESENTINEL";
    static final String HIDDEN_NAME = "Хиддентина";

    @TempDir
    static Path work;
    static Path site;
    static Document translations;

    @BeforeAll
    static void buildWithWhatMustNotShow() throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        // Published in Russian; its English translation is still a draft.
        project.write("content/news/strike-in-zhanaozen.ru.md", DocumentText.russian("Забастовка в Жанаозене")
                .with("date", "2025-12-20").body("Текст.\n").toString());
        project.write("content/news/strike-in-zhanaozen.en.md", DocumentText.russian("DRAFTSENTINEL strike")
                .with("date", "2025-12-20").with("status", "draft").body("Not yet.\n").toString());
        project.write("content/news/embargoed.ru.md", DocumentText.russian("EMBARGOSENTINEL новость")
                .with("date", "2025-12-21").with("embargo", "2999-01-01T09:00:00+05:00")
                .body("Не раньше 2999 года.\n").toString());
        String elshibayev = project.read("content/cases/erzhan-elshibayev.yaml");
        project.write("content/cases/untranslated-test.yaml", elshibayev
                .replace("id: erzhan-elshibayev", "id: untranslated-test")
                .replace("en: civil and worker activist, organiser of the movement of the unemployed",
                        "en: гражданский активист")
                + "private:\n  note: PRIVATESENTINEL лежит здесь\n");
        project.write("content/cases/initials-test.yaml", elshibayev
                .replace("id: erzhan-elshibayev", "id: initials-test")
                .replace("  ru: Ержан Елшибаев\n  en: Erzhan Elshibayev\n", "  ru: Хиддентина Тестова\n  en: Хиддентина Тестова\n")
                .replace("variants:\n  - Erzhan Elshimbayev\n  - Yerzhan Elshimbayev\n", "name_display: initials\n"));
        site = work.resolve("site");
        ProjectCopy.Outcome outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        translations = Jsoup.parse(site.resolve("admin/translations/index.html").toFile(), "UTF-8");
    }

    @Test
    void decapIsServedFromTheSiteUnderItsOwnNames() {
        for (String file : List.of("index.html", "config.yml", "decap/decap-cms.js", "decap/decap-cms.js.LICENSE.txt",
                "translations/index.html", "admin.css")) {
            assertTrue(Files.isRegularFile(site.resolve("admin").resolve(file)), file);
        }
        assertFalse(Files.exists(site.resolve("assets/admin")), "Decap is not one of the fingerprinted assets");
    }

    @Test
    void noPublicPageLinksToAdminAndSearchEnginesAreKeptAway() throws IOException {
        List<String> linking = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !site.relativize(f).startsWith("admin")).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".txt") || name.endsWith(".json")) {
                    if (Files.readString(file).contains("/admin")) {
                        linking.add(site.relativize(file).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), linking, "public files mentioning /admin");
        for (String page : List.of("admin/index.html", "admin/translations/index.html")) {
            Document html = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            assertEquals("noindex, nofollow", html.selectFirst("meta[name=robots]").attr("content"), page);
        }
    }

    @Test
    void nothingUnderAdminNamesADraftAnEmbargoedTextAPrivateNoteOrAHiddenName() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("admin"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                for (String sentinel : List.of(DRAFT, EMBARGOED, PRIVATE, HIDDEN_NAME)) {
                    assertFalse(text.contains(sentinel), file + " contains " + sentinel);
                }
            }
        }
    }

    @Test
    void aDocumentPublishedInOneLanguageIsListedWithTheFileToWrite() {
        String missing = translations.select("h2:contains(one language only) + table").text();
        assertTrue(missing.contains("Забастовка в Жанаозене"), missing);
        assertTrue(missing.contains("content/news/strike-in-zhanaozen.en.md"), missing);
        assertEquals("ru", translations.selectFirst("a:contains(Забастовка в Жанаозене)").attr("lang"));
    }

    @Test
    void aCaseTextInTheWrongAlphabetIsListedButNeverAHiddenName() {
        String cases = translations.select("h2:contains(Case texts) + table").text();
        assertTrue(cases.contains("role (en)") && cases.contains("content/cases/untranslated-test.yaml"), cases);
        assertFalse(cases.contains("initials-test.yaml"), "a name shown by initials needs no translation: " + cases);
        assertEquals(1, translations.select("h2:contains(Case texts) + table tbody tr").size(), cases);
    }

    @Test
    void withoutGitHistoryThePageSaysSoInsteadOfGuessing() {
        assertTrue(translations.text().contains("This build had no git history"), translations.text());
        assertTrue(translations.select("h2:contains(older than) + table").isEmpty());
    }
}
