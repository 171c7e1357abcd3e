package org.labourrights.site.index.export;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.index.RealContent;
import org.labourrights.site.index.SearchDocuments;
import org.labourrights.site.index.SiteSearch;
import org.labourrights.site.index.live.LiveSearch;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Urls;

/**
 * The manifest's filter columns ({@link SearchFilter}) for the fixture project, read back as the
 * search script reads them: each document's values are those of its source (a document's section,
 * countries and year; a case's country, status and every year of its timeline), the values come
 * in the order the page lists them, and the preview's live index, which numbers documents its own
 * way, gives every page the same values. Each document's headings are headings of its page.
 */
class SearchFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Site site;
    static Map<Language, Path> built = new HashMap<>();
    static Map<Language, Path> live = new HashMap<>();

    @BeforeAll
    static void publish() {
        site = RealContent.site(ProjectCopy.FIXTURE);
        var documents = SearchDocuments.of(site);
        String base = SiteSearch.publish(Languages.RUSSIAN_AND_ENGLISH, documents, work.resolve("built")).base();
        try (LiveSearch preview = LiveSearch.open(Languages.RUSSIAN_AND_ENGLISH, documents, work.resolve("live"))) {
            String liveBase = preview.published().base();
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                built.put(language, work.resolve("built").resolve(base.substring(1)).resolve(language.code()));
                live.put(language, work.resolve("live").resolve(liveBase.substring(1)).resolve(language.code()));
            }
        }
    }

    /** Each page's values, {url: {filter: values}}, decoded from a language's manifest and documents' files. */
    static Map<String, Map<String, List<String>>> decoded(Path folder) throws IOException {
        JsonNode manifest = JSON.readTree(folder.resolve("manifest.json").toFile());
        int documents = manifest.get("documents").asInt();
        Map<String, Map<String, List<String>>> byUrl = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (JsonNode filter : manifest.get("filters")) {
            names.add(filter.get("name").asText());
            String docs = filter.get("docs").asText();
            int at = 0;
            for (int n = 0; n < documents; n++) {
                int lead = 0;
                int digit = SearchFilter.DIGITS.indexOf(docs.charAt(at++));
                while (digit >= SearchFilter.LAST) {
                    lead = lead * 16 + digit - SearchFilter.LAST + 1;
                    digit = SearchFilter.DIGITS.indexOf(docs.charAt(at++));
                }
                int set = lead * SearchFilter.LAST + digit;
                Path file = folder.resolve("d/" + n + ".json");
                if (!Files.exists(file)) {
                    continue; // a number free in the live index
                }
                List<String> values = new ArrayList<>();
                for (JsonNode index : filter.get("sets").get(set)) {
                    values.add(filter.get("values").get(index.asInt()).asText());
                }
                String url = JSON.readTree(file.toFile()).get("url").asText();
                byUrl.computeIfAbsent(url, u -> new TreeMap<>()).put(filter.get("name").asText(), values);
            }
            assertEquals(docs.length(), at, filter.get("name").asText() + ": one entry a document");
            int[] frequency = new int[filter.get("sets").size()];
            for (int i = 0, n = 0; n < documents; n++) {
                // Only counting: the most common set comes first.
                int lead = 0;
                int digit = SearchFilter.DIGITS.indexOf(docs.charAt(i++));
                while (digit >= SearchFilter.LAST) {
                    lead = lead * 16 + digit - SearchFilter.LAST + 1;
                    digit = SearchFilter.DIGITS.indexOf(docs.charAt(i++));
                }
                frequency[lead * SearchFilter.LAST + digit]++;
            }
            for (int i = 1; i < frequency.length; i++) {
                assertTrue(frequency[i - 1] >= frequency[i], filter.get("name").asText() + ": sets by frequency");
            }
        }
        assertEquals(SearchFilter.FILTERS.stream().map(SearchFilter::name).toList(), names);
        return byUrl;
    }

    /** What the content says a page's values are. */
    static Map<String, Map<String, List<String>>> expected(Language language) {
        Map<String, Map<String, List<String>>> byUrl = new TreeMap<>();
        for (Document document : site.documents(language)) {
            Map<String, List<String>> values = new TreeMap<>();
            values.put("section", List.of(document.section().slug()));
            values.put("country", List.copyOf(new TreeSet<>(document.countries())));
            values.put("year", document.date().isKnown() ? List.of(String.valueOf(document.date().year())) : List.of());
            values.put("status", List.of());
            byUrl.put(Urls.document(document), values);
        }
        for (Case c : site.cases()) {
            Map<String, List<String>> values = new TreeMap<>();
            values.put("section", List.of("case"));
            values.put("country", List.of(c.country()));
            values.put("year", c.events().stream().filter(e -> e.date().isKnown()).map(e -> String.valueOf(e.date().year()))
                    .distinct().sorted(java.util.Comparator.reverseOrder()).toList());
            values.put("status", List.of(c.status().yaml()));
            byUrl.put(Urls.caseUrl(language, c.id()), values);
        }
        return byUrl;
    }

    @Test
    void everyPageHasItsOwnValuesInTheStaticAndTheLiveIndex() throws IOException {
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            Map<String, Map<String, List<String>>> expected = expected(language);
            Map<String, Map<String, List<String>>> fromBuild = decoded(built.get(language));
            // Values of one document come in the filter's order, which for countries is the alphabet.
            fromBuild.values().forEach(v -> v.put("country", List.copyOf(new TreeSet<>(v.get("country")))));
            assertEquals(expected, fromBuild, language.code());
            Map<String, Map<String, List<String>>> fromLive = decoded(live.get(language));
            fromLive.values().forEach(v -> v.put("country", List.copyOf(new TreeSet<>(v.get("country")))));
            assertEquals(expected, fromLive, language.code() + ", live");
        }
        assertTrue(expected(Language.EN).values().stream().anyMatch(v -> v.get("year").size() > 1),
                "the fixture has a case of several years, a multi-valued column");
    }

    @Test
    void valuesAreListedInThePagesOrder() throws IOException {
        JsonNode manifest = JSON.readTree(built.get(Language.RU).resolve("manifest.json").toFile());
        Map<String, List<String>> values = new HashMap<>();
        manifest.get("filters").forEach(f -> {
            List<String> list = new ArrayList<>();
            f.get("values").forEach(v -> list.add(v.asText()));
            values.put(f.get("name").asText(), list);
        });
        List<String> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            sections.add(section.slug());
        }
        sections.add("case");
        assertEquals(sections.stream().filter(values.get("section")::contains).toList(), values.get("section"), "menu order, cases last");
        assertEquals(values.get("country").stream().sorted().toList(), values.get("country"));
        assertEquals(values.get("year").stream().sorted(java.util.Comparator.reverseOrder()).toList(), values.get("year"), "newest first");
        assertEquals(CaseStatus.spellings().stream().filter(values.get("status")::contains).toList(), values.get("status"),
                "from arrest to outcome");
        assertFalse(values.get("status").isEmpty());
    }

    @Test
    void theMostCommonSetsTakeOneDigitAndOthersLeadDigitsFirst() {
        // The same numbers facets.test.mjs decodes.
        assertEquals("A", SearchFilter.digits(0));
        assertEquals("v", SearchFilter.digits(47));
        assertEquals("wA", SearchFilter.digits(48));
        assertEquals("wQ", SearchFilter.digits(64));
        assertEquals("wV", SearchFilter.digits(69));
        assertEquals("_v", SearchFilter.digits(815));
        assertEquals("wwA", SearchFilter.digits(816));
        assertEquals(64, Set.copyOf(SearchFilter.DIGITS.chars().boxed().toList()).size());
        assertTrue(SearchFilter.DIGITS.chars().allMatch(c -> c > ' ' && c < 127 && c != '"' && c != '\\'), "no escapes in JSON");
    }

    @Test
    void headingsAreThoseOfThePageAtTheirLineInTheBody() throws IOException {
        int headings = 0;
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            Path folder = built.get(language);
            Map<String, Document> byUrl = new HashMap<>();
            site.documents(language).forEach(d -> byUrl.put(Urls.document(d), d));
            try (var files = Files.list(folder.resolve("d"))) {
                for (Path file : files.toList()) {
                    JsonNode json = JSON.readTree(file.toFile());
                    if (!json.has("headings")) {
                        continue;
                    }
                    Document document = byUrl.get(json.get("url").asText());
                    assertNotNull(document, json.get("url").asText());
                    StringBuilder body = new StringBuilder(json.get("body").asText());
                    int number = Integer.parseInt(file.getFileName().toString().replace(".json", ""));
                    Path rest = folder.resolve("r/" + IndexFiles.restFile(number) + ".json");
                    if (Files.exists(rest) && JSON.readTree(rest.toFile()).has(String.valueOf(number))) {
                        JSON.readTree(rest.toFile()).get(String.valueOf(number)).forEach(part -> body.append(part.asText()));
                    }
                    var page = Jsoup.parseBodyFragment(document.bodyHtml());
                    for (JsonNode heading : json.get("headings")) {
                        String id = heading.get(1).asText();
                        var element = page.getElementById(id);
                        assertNotNull(element, id + " on " + document.sourcePath());
                        assertTrue(element.tagName().matches("h[1-6]"), id);
                        int offset = heading.get(0).asInt();
                        assertTrue(offset == 0 || body.charAt(offset - 1) == '\n', id + " starts a line");
                        assertTrue(body.substring(offset).startsWith(element.text()), id + ": " + element.text() + " at " + offset
                                + " in " + document.sourcePath() + ", not " + body.substring(offset, Math.min(body.length(), offset + 40)));
                        headings++;
                    }
                }
            }
        }
        assertTrue(headings > 4, "the fixture has headings: " + headings);
    }
}
