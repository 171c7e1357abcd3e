package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.CaseText;

/**
 * A case may cite a page elsewhere as well as a document of the site: linked plainly (no referrer,
 * nothing loaded), with its title as published, publisher, date, language and archived copy; a
 * copy missing is a warning at its line, an address that is not http(s) a refusal.
 */
class OutsideSourcesTest {

    /** A made-up person of the test, on the fixture site: nothing here is published. */
    static final CaseText PERSON = CaseText.person("test-person", "Тест Тестов", "Test Testov")
            .with("status", "imprisoned")
            .with("sources", String.join("\n", "",
                    "  - document: " + CaseText.KZ_STATEMENT,
                    "  - url: https://example.org/court/decision-17",
                    "    title: Решение суда № 17",
                    "    title_translation: {ru: Решение суда № 17, en: Court decision No. 17}",
                    "    publisher: Example District Court",
                    "    date: 2024-03",
                    "    language: ru",
                    "    archive: https://web.archive.org/web/2024/https://example.org/court/decision-17",
                    "    note: {ru: Приговор., en: The sentence.}",
                    "  - url: http://example.net/news",
                    "    title: Sud ishi",
                    "    publisher: Example News",
                    "    language: uz"));
    static final String CASE = PERSON.toString();
    /** Where the second and third sources' url lines are: the sources block's lines after its name. */
    static final int SECOND_URL = PERSON.lineOf("sources") + 2;
    static final int THIRD_URL = PERSON.lineOf("sources") + 10;

    @Test
    void anOutsidePageIsAPlainLinkWithWhatItIsAndItsArchivedCopyAndCanDateTheStatus(@TempDir Path work)
            throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        project.write("content/cases/test-person.yaml", CASE);
        Path site = work.resolve("site");
        ProjectCopy.Outcome outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());

        Document page = Jsoup.parse(site.resolve("en/cases/test-person/index.html").toFile(), "UTF-8");
        List<Element> outside = page.select("li.outside-source");
        assertEquals(2, outside.size());
        assertEquals("Решение суда № 17 (Court decision No. 17), Example District Court, March 2024 (archived copy)"
                + " — The sentence.", outside.get(0).text());
        for (Element link : page.select("li.outside-source a")) {
            assertEquals("noopener noreferrer", link.attr("rel"), link.outerHtml());
            assertEquals("no-referrer", link.attr("referrerpolicy"), link.outerHtml());
        }
        assertEquals("ru", outside.get(0).selectFirst("a").attr("lang"), "the title is marked as Russian");
        assertEquals("https://web.archive.org/web/2024/https://example.org/court/decision-17",
                outside.get(0).select("a").get(1).attr("href"));
        assertTrue(page.select(".doc-facts dd").first().text().startsWith("imprisoned — as of March 2024; last source:"
                + " Решение суда № 17"), "the outside page is the latest dated source");
        assertTrue(page.select("[src^=http], [src^=//], iframe, link[rel=stylesheet][href^=http]").isEmpty(),
                "nothing is loaded from elsewhere");

        assertTrue(outcome.err().lines().anyMatch(line -> line.equals("content/cases/test-person.yaml:" + THIRD_URL + ": source 3"
                        + " (http://example.net/news) has no archived copy: save the page with https://web.archive.org/save"
                        + " and write the copy's address as 'archive:', so that readers can check it if the page changes"
                        + " or disappears")), outcome.err());

        JsonNode person = null;
        for (JsonNode c : new ObjectMapper().readTree(site.resolve("data/cases.json").toFile()).get("cases")) {
            if (c.get("id").asText().equals("test-person")) {
                person = c;
            }
        }
        assertEquals("https://example.org/court/decision-17", person.at("/outside_sources/0/url").asText());
        assertEquals("Example District Court", person.at("/outside_sources/0/publisher").asText());
        assertEquals("2024-03", person.at("/outside_sources/0/date").asText());
        assertEquals("2024-03", person.get("status_as_of").asText());
        assertEquals("https://example.org/court/decision-17", person.get("status_source").asText());
    }

    @Test
    void anAddressThatIsNotHttpOrAnOutsidePageWithoutItsTitleIsRefusedAtItsLine(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        project.write("content/cases/test-person.yaml", CASE
                .replace("url: http://example.net/news", "url: javascript:alert(1)")
                .replace("    title: Решение суда № 17\n", ""));
        ProjectCopy.Outcome outcome = project.build(work.resolve("site"));

        assertEquals(SiteCommand.CONTENT_PROBLEMS, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("content/cases/test-person.yaml:" + SECOND_URL + ": source 2 is an outside page without"
                + " 'title:'; write its title as it publishes it"), outcome.err());
        assertTrue(outcome.err().lines().anyMatch(line -> line.equals("content/cases/test-person.yaml:" + (THIRD_URL - 1) + ": source 3, url"
                + " 'javascript:alert(1)' is not in the right form; write the full address, beginning with https:// or"
                + " http://")), outcome.err());
    }
}
