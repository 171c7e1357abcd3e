package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.content.DocumentReader;
import org.labourrights.site.content.SiteAssembler;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Site;

/**
 * Drafts and documents under embargo never reach the search index: not a word of them in any file,
 * and none of their facts in the manifest's filter columns (a country, a year only they have).
 */
class PrivateContentIndexTest {

    @TempDir
    Path work;

    @Test
    void draftsAndEmbargoedDocumentsAreNotIndexed() throws IOException {
        DocumentReader reader = new DocumentReader(Languages.RUSSIAN_AND_ENGLISH, new MarkdownRenderer());
        List<Document> documents = List.of(
                reader.read("content/news/public.en.md", "news/public.en.md", DocumentText.statement("Public news")
                        .with("date", "2025-01-01").body("Visible text.\n").toString()),
                reader.read("content/news/draft.en.md", "news/draft.en.md", DocumentText.statement("Draftsentinel news")
                        .with("date", "1999-01-02").with("countries", "[TM]").with("status", "draft").with("summary", "\"Draftsentinel summary\"")
                        .body("Draftsentinel body.\n").toString()),
                reader.read("content/news/later.en.md", "news/later.en.md", DocumentText.statement("Embargosentinel news")
                        .with("date", "1998-01-03").with("countries", "[TJ]").with("embargo", "2999-01-01T09:00:00+05:00")
                        .body("Embargosentinel body.\n").toString()));
        Site site = new SiteAssembler(Languages.RUSSIAN_AND_ENGLISH,
                Map.of(), Instant.parse("2026-01-01T00:00:00Z"), SiteSettings.STATUS_CHECK_MONTHS).assemble(documents);
        List<SearchDocument> indexed = SearchDocuments.of(site);
        assertEquals(List.of("en:news/public"), indexed.stream().map(SearchDocument::id).toList());
        PublishedSearch published = SiteSearch.publish(Languages.RUSSIAN_AND_ENGLISH, indexed, work);
        try (Stream<Path> files = Files.walk(work.resolve(published.base().substring(1)))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase();
                assertFalse(text.contains("draftsentinel") || text.contains("embargosentinel"), file.toString());
            }
        }
        for (String language : List.of("en", "ru")) {
            JsonNode manifest = new ObjectMapper().readTree(work.resolve(published.base().substring(1))
                    .resolve(language).resolve("manifest.json").toFile());
            Map<String, List<String>> values = new java.util.TreeMap<>();
            for (JsonNode filter : manifest.get("filters")) {
                List<String> list = new java.util.ArrayList<>();
                filter.get("values").forEach(v -> list.add(v.asText()));
                values.put(filter.get("name").asText(), list);
                // Every document's set among the first 48: one digit each.
                assertEquals(manifest.get("documents").asInt(), filter.get("docs").asText().length());
            }
            Map<String, List<String>> only = language.equals("en")
                    ? Map.of("section", List.of("news"), "country", List.of(), "year", List.of("2025"), "status", List.of())
                    : Map.of("section", List.of(), "country", List.of(), "year", List.of(), "status", List.of());
            assertEquals(new java.util.TreeMap<>(only), values, language + ": the public document's values only");
        }
    }
}
