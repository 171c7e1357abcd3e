package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.model.Languages;
import org.labourrights.site.render.OpenData;

/** The case database and the campaign, from the real case files and documents, built and read back. */
class CasesAndCampaignsTest {

    @TempDir
    static Path work;
    static Path site;
    static List<String> caseIds = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        site = work.resolve("site");
        ProjectCopy.Outcome outcome = ProjectCopy.of(work.resolve("project")).build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        try (Stream<Path> files = Files.list(ProjectCopy.FIXTURE.resolve("content/cases"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .forEach(n -> caseIds.add(n.substring(0, n.length() - 5)));
        }
    }

    static Document page(String url) throws IOException {
        return Jsoup.parse(site.resolve(url.substring(1)).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void aStatusSaysAsOfWhenAndWhichDocumentLastStatesItAndWarnsOnceItIsOld() throws IOException {
        // The fixture's Yaroshuk: detained per the statement of 15 November 2022; the resolution of
        // December 2025 is cited as not confirming his status, so it does not date it.
        Document en = page("/en/cases/alexander-yaroshuk/");
        assertEquals("detained — as of 15 November 2022; last source: Statement on Belarus: the Dissolution of the BKDP"
                + " and the Arrests of Trade Union Leaders", en.select(".doc-facts dd").first().text());
        assertEquals("2022-11-15", en.select(".doc-facts dd time").attr("datetime"));
        assertEquals("The Mission has no newer information on this status.", en.select(".status-unconfirmed").text());
        assertTrue(en.select("#documents ~ ul li").text().contains("it does not say whether he is among them"));
        Document ru = page("/ru/cases/alexander-yaroshuk/");
        String status = ru.select(".doc-facts dd").first().text().replace('\u202f', ' ');
        assertTrue(status.startsWith("задержан(а) — по состоянию на 15 ноября 2022 г.; последний источник: "), status);
        assertEquals("Более новых сведений о положении у Миссии нет.", ru.select(".status-unconfirmed").text());

        assertTrue(page("/en/cases/bkdp/").select(".status-unconfirmed").isEmpty(), "a dissolution stays as stated");
        Document undated = page("/en/cases/amin-eleusinov/");
        assertEquals("The Mission's documents do not say when this status was last known to hold.",
                undated.select(".status-unconfirmed").text());

        JsonNode yaroshuk = null;
        for (JsonNode c : new ObjectMapper().readTree(site.resolve("data/cases.json").toFile()).get("cases")) {
            if (c.get("id").asText().equals("alexander-yaroshuk")) {
                yaroshuk = c;
            }
        }
        assertEquals("2022-11-15", yaroshuk.get("status_as_of").asText());
        assertTrue(yaroshuk.get("status_source").asText().endsWith("/en/statements/6th-conference-2022-belarus/"));
        assertTrue(yaroshuk.get("status_needs_checking").asBoolean());

        Document toCheck = Jsoup.parse(site.resolve("admin/cases/index.html").toFile(), "UTF-8");
        List<String> listed = toCheck.select("tbody tr td:first-child a").eachAttr("href");
        assertTrue(listed.contains("/en/cases/alexander-yaroshuk/"), listed.toString());
        assertFalse(listed.contains("/en/cases/bkdp/"), listed.toString());
    }

    @Test
    void aRelationWrittenInOneFileShowsOnBothPagesInBothLanguagesWithItsSource() throws IOException {
        // The fixture's Yaroshuk file says he is a leader of the BKDP (its president, in the statement).
        assertEquals("Leader of: Belorussian Congress of Democratic Trade Unions (Source: Statement on Belarus: the"
                + " Dissolution of the BKDP and the Arrests of Trade Union Leaders)",
                page("/en/cases/alexander-yaroshuk/").select("ul.relations li").text());
        assertEquals("Leader: Alexander Yaroshuk (Source: Statement on Belarus: the Dissolution of the BKDP and the"
                + " Arrests of Trade Union Leaders)", page("/en/cases/bkdp/").select("ul.relations li").text());
        assertEquals("/ru/cases/alexander-yaroshuk/", page("/ru/cases/bkdp/").select("ul.relations li > a").attr("href"));
        assertTrue(page("/ru/cases/bkdp/").select("ul.relations li").text().startsWith("Руководитель: Александр Ярошук"));
        for (JsonNode c : new ObjectMapper().readTree(site.resolve("data/cases.json").toFile()).get("cases")) {
            if (c.get("id").asText().equals("bkdp")) {
                JsonNode relation = c.get("relations").get(0);
                assertEquals("leader_of", relation.get("kind").asText());
                assertTrue(relation.get("inverse").asBoolean(), "the other case is the leader of this one");
                assertEquals("alexander-yaroshuk", relation.get("case").asText());
            }
        }
    }

    @Test
    void theMapShowsTheCasesOfEachCountryLinksItsPageAndHasTheCountsAsATable() throws IOException {
        Document cases = page("/en/cases/");
        Element map = cases.selectFirst("svg.region-map");
        assertEquals(8, map.select("path").size(), "Central Asia's five, Belarus, Russia, Mongolia");
        assertEquals("Kazakhstan: 8 cases", map.selectFirst("a[href=/en/countries/kz/] path title").text());
        assertEquals("Belarus: 2 cases", map.selectFirst("a[href=/en/countries/by/] path title").text());
        for (Element link : map.select("a")) {
            assertTrue(Files.exists(site.resolve(link.attr("href").substring(1)).resolve("index.html")), link.attr("href"));
        }
        assertEquals(List.of("Kazakhstan 8", "Belarus 2"), cases.select(".map-table tbody tr").eachText().subList(0, 2));
        assertTrue(map.select("[href^=http], image, script, foreignObject").isEmpty(), "drawn here, nothing loaded");
        java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gzipped)) {
            out.write(map.outerHtml().getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(gzipped.size() <= 25 * 1024, gzipped.size() + " bytes gzipped");

        Document kazakhstan = page("/ru/countries/kz/");
        assertEquals("Казахстан: 8 дел", kazakhstan.selectFirst("svg.region-map path.current title").text());
    }

    @Test
    void everyCaseHasAPageInBothLanguagesAndTheListLinksThemAll() throws IOException {
        assertTrue(caseIds.size() >= 10, "the seeds name at least ten cases");
        for (String lang : List.of("ru", "en")) {
            List<String> listed = page("/" + lang + "/cases/").select("#case-list a").eachAttr("href");
            for (String id : caseIds) {
                assertTrue(listed.contains("/" + lang + "/cases/" + id + "/"), id + " missing from the " + lang + " list");
                Document casePage = page("/" + lang + "/cases/" + id + "/");
                assertEquals(1, casePage.select("h1").size());
                assertFalse(casePage.select(".doc-facts").text().isBlank());
            }
        }
    }

    @Test
    void theCaseTimelineRunsNewestFirstAndEveryEventCitesItsSource() throws IOException {
        Document elshibayev = page("/en/cases/erzhan-elshibayev/");
        List<String> dates = elshibayev.select(".timeline .event-when time").eachAttr("datetime");
        assertTrue(dates.size() >= 4, dates.toString());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        for (Element event : elshibayev.select(".timeline .event")) {
            assertFalse(event.select(".event-sources a").isEmpty(), "an event without a source: " + event.text());
        }
        assertEquals("Also spelt: Erzhan Elshimbayev; Yerzhan Elshimbayev",
                elshibayev.selectFirst(".variants").text());
    }

    @Test
    void documentsAndCasesLinkEachOtherBothWays() throws IOException {
        for (String lang : List.of("ru", "en")) {
            Document statement = page("/" + lang + "/statements/6th-coordination-meeting-zhanaozen/");
            List<String> named = statement.select(".doc-facts a[href*=/cases/]").eachAttr("href");
            assertEquals(8, named.size(), named.toString());
            for (String caseUrl : named) {
                assertTrue(page(caseUrl).select(".doc-list a").eachAttr("href")
                                .contains("/" + lang + "/statements/6th-coordination-meeting-zhanaozen/"),
                        caseUrl + " does not list the statement that names it");
            }
        }
    }

    @Test
    void browsingByCountryStatusAndYearNeedsNoScript() throws IOException {
        Document cases = page("/en/cases/");
        assertTrue(cases.select(".facets a").eachAttr("href").containsAll(List.of(
                "/en/cases/country/KZ/", "/en/cases/country/BY/", "/en/cases/status/dissolved/", "/en/cases/year/2022/")));
        List<String> dissolved = page("/en/cases/status/dissolved/").select("#case-list a").eachAttr("href");
        assertEquals(List.of("/en/cases/bkdp/", "/en/cases/knprk/"), dissolved.stream().sorted().toList());
        List<String> belarus = page("/ru/cases/country/BY/").select("#case-list a").eachAttr("href");
        assertEquals(List.of("/ru/cases/alexander-yaroshuk/", "/ru/cases/bkdp/"), belarus.stream().sorted().toList());
    }

    @Test
    void theChartIsAnSvgWithATableAsItsTextAlternative() throws IOException {
        Document cases = page("/ru/cases/");
        Element svg = cases.selectFirst("figure svg[role=img]");
        assertTrue(svg != null && svg.selectFirst("title") != null);
        int total = 0;
        for (Element row : cases.select(".chart-table tbody tr")) {
            total += Integer.parseInt(row.select("td").last().text());
        }
        assertEquals(caseIds.size(), total);
    }

    @Test
    void countryPagesGatherDocumentsCasesAndCampaigns() throws IOException {
        Document kazakhstan = page("/en/countries/kz/");
        assertTrue(kazakhstan.select("#country-cases ~ ul a, .case-list a").eachAttr("href").contains("/en/cases/knprk/"));
        assertTrue(kazakhstan.select("a").eachAttr("href").contains("/en/campaigns/free-erzhan-elshibayev/"));
        assertTrue(kazakhstan.select(".doc-list a").eachAttr("href").contains("/en/statements/6th-conference-2022-kazakhstan/"));
    }

    @Test
    void openDataHasEveryPublicCaseWithItsDocumentedColumns() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/cases.json").toFile());
        assertEquals(caseIds.size(), json.get("cases").size());
        assertEquals("erzhan-elshibayev", json.at("/cases").findValuesAsText("id").stream()
                .filter("erzhan-elshibayev"::equals).findFirst().orElse(""));
        List<String> lines = Files.readAllLines(site.resolve("data/cases.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF" + String.join(",", OpenData.columns(Languages.RUSSIAN_AND_ENGLISH)), lines.get(0));
        assertEquals(caseIds.size() + 1, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Ержан Елшибаев")), "Cyrillic survives in the CSV");
        Document cases = page("/en/cases/");
        assertEquals(OpenData.columns(Languages.RUSSIAN_AND_ENGLISH), cases.select(".columns dt code").eachText(), "every column is documented");
    }

    @Test
    void eachCaseHasAFeedOfItsTimeline() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String id : caseIds) {
            org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(site.resolve("en/cases/" + id + "/feed.xml").toFile());
            assertEquals("feed", feed.getDocumentElement().getLocalName());
        }
    }

    @Test
    void theCampaignOffersALetterByMailAPrintableLetterShareLinksAndTheSupportForm() throws IOException {
        Document campaign = page("/ru/campaigns/free-erzhan-elshibayev/");
        String mailto = campaign.selectFirst(".act a.button").attr("href");
        String body = URLDecoder.decode(mailto.substring(mailto.indexOf("&body=") + 6), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("Правительству Республики Казахстан\r\n\r\nПризываю вас немедленно освободить"), body);
        assertEquals(campaign.selectFirst("#letter-text").wholeText().strip().replace("\n", "\r\n"), body.strip());
        assertTrue(campaign.select("a").eachAttr("href").contains("/ru/campaigns/free-erzhan-elshibayev/letter/"));
        assertEquals(5, campaign.select(".share-links a").size());
        assertTrue(campaign.select(".doc-facts a").eachAttr("href").contains("/ru/cases/erzhan-elshibayev/"));

        Element form = campaign.selectFirst("form.support-form");
        assertEquals("true", form.attr("data-netlify"));
        assertEquals("bot-field", form.attr("data-netlify-honeypot"));
        assertEquals("support-free-erzhan-elshibayev", form.selectFirst("input[name=form-name]").val());
        List<String> fields = form.select("input:not([type=hidden]), select, textarea").eachAttr("name");
        assertEquals(List.of("bot-field", "country", "organisation"), fields, "never a name or an e-mail address");
        assertTrue(page("/ru/cases/erzhan-elshibayev/").select("a").eachAttr("href")
                .contains("/ru/campaigns/free-erzhan-elshibayev/"));
    }
}
