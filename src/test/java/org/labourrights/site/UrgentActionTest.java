package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.w3c.dom.NodeList;

/**
 * A campaign as an urgent action: a date to act by (first in the list until it passes, then said
 * to have passed), and dated updates, newest first, on the page and in the campaign's own feed.
 * On a copy of the fixture site whose campaign is given a deadline and news in the test.
 */
class UrgentActionTest {

    static final String CAMPAIGN = "content/campaigns/free-erzhan-elshibayev.";

    static ProjectCopy withDeadline(Path folder, String respondBy, String enUpdates, String ruUpdates) {
        ProjectCopy project = ProjectCopy.of(folder);
        for (String lang : List.of("en", "ru")) {
            String file = CAMPAIGN + lang + ".md";
            project.write(file, project.read(file).replace("state: open\n", "state: open\nrespond_by: " + respondBy
                    + "\nupdates:\n" + (lang.equals("en") ? enUpdates : ruUpdates)));
        }
        // A second, newer campaign without a deadline: by date it would come first in the list.
        project.write("content/campaigns/newer.en.md", "---\ntitle: \"A newer campaign\"\ndate: 2026-06\nstatus: published\n"
                + "original: en\ncases: [erzhan-elshibayev]\nopens: 2026-06\nstate: open\naddressees:\n  - name: \"Someone\"\n"
                + "letter_subject: \"Subject\"\nletter: |\n  Letter.\n---\nText.\n");
        return project;
    }

    static final String EN = "  - date: 2026-11-02\n    text: \"The hearing was postponed.\"\n"
            + "  - date: 2026-11-20\n    text: \"The appeal was filed.\"\n";
    static final String RU = "  - date: 2026-11-02\n    text: \"Заседание отложено.\"\n"
            + "  - date: 2026-11-20\n    text: \"Подана апелляция.\"\n";

    @Test
    void anOpenDeadlineComesFirstAndTheNewsIsOnThePageAndInItsFeedNewestFirst(@TempDir Path work) throws Exception {
        Path site = work.resolve("site");
        ProjectCopy.Outcome outcome = withDeadline(work.resolve("project"), "2999-12-20", EN, RU).build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());

        Document page = Jsoup.parse(site.resolve("en/campaigns/free-erzhan-elshibayev/index.html").toFile(), "UTF-8");
        assertEquals("Urgent action: please act by 20 December 2999", page.select(".banner-urgent").text());
        assertEquals(List.of("20 November 2026 The appeal was filed.", "2 November 2026 The hearing was postponed."),
                page.select("#updates ~ ol li").eachText());
        assertEquals("/en/campaigns/free-erzhan-elshibayev/feed.xml", page.select(".updates a").attr("href"));

        org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(site.resolve("en/campaigns/free-erzhan-elshibayev/feed.xml").toFile());
        NodeList summaries = feed.getElementsByTagName("summary");
        assertEquals(2, summaries.getLength());
        assertEquals("The appeal was filed.", summaries.item(0).getTextContent());
        assertEquals("2026-11-20T00:00:00Z", feed.getElementsByTagName("updated").item(0).getTextContent());
        assertEquals("Подана апелляция.", DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(site.resolve("ru/campaigns/free-erzhan-elshibayev/feed.xml").toFile())
                .getElementsByTagName("summary").item(0).getTextContent());

        List<String> listed = Jsoup.parse(site.resolve("en/campaigns/index.html").toFile(), "UTF-8")
                .select("main h2 a, main h3 a").eachAttr("href");
        assertEquals(List.of("/en/campaigns/free-erzhan-elshibayev/", "/en/campaigns/newer/"), listed,
                "the urgent campaign first, though the other is newer");
    }

    @Test
    void aPassedDeadlineIsSaidToHavePassedAndNoLongerComesFirst(@TempDir Path work) throws IOException {
        Path site = work.resolve("site");
        ProjectCopy.Outcome outcome = withDeadline(work.resolve("project"), "2020-01-10", EN, RU).build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());

        Document page = Jsoup.parse(site.resolve("en/campaigns/free-erzhan-elshibayev/index.html").toFile(), "UTF-8");
        assertTrue(page.select(".banner-urgent").isEmpty());
        assertTrue(page.select(".doc-facts").text().contains("Act by 10 January 2020 — this date has passed"),
                page.select(".doc-facts").text());
        List<String> listed = Jsoup.parse(site.resolve("en/campaigns/index.html").toFile(), "UTF-8")
                .select("main h2 a, main h3 a").eachAttr("href");
        assertEquals("/en/campaigns/newer/", listed.get(0));
    }

    @Test
    void anUpdateWithoutItsDateOrADeadlineWrittenDifferentlyInTheTwoLanguagesIsRefused(@TempDir Path work) {
        ProjectCopy project = withDeadline(work.resolve("project"), "2999-12-20",
                "  - text: \"No date.\"\n", RU);
        project.write(CAMPAIGN + "ru.md", project.read(CAMPAIGN + "ru.md").replace("respond_by: 2999-12-20",
                "respond_by: 2999-12-21"));
        ProjectCopy.Outcome outcome = project.build(work.resolve("site"));

        assertEquals(SiteCommand.CONTENT_PROBLEMS, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().lines().anyMatch(line -> line.matches("content/campaigns/free-erzhan-elshibayev\\.en\\.md:\\d+:"
                + " each update needs a 'date:' and a 'text:'.*")), outcome.err());
    }
}
