package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Site;

/** Drafts and documents under embargo never reach the search index: not a word of them in any file. */
class PrivateContentIndexTest {

    @TempDir
    Path work;

    @Test
    void draftsAndEmbargoedDocumentsAreNotIndexed() throws IOException {
        DocumentReader reader = new DocumentReader(new MarkdownRenderer());
        List<Document> documents = List.of(
                reader.read("content/news/public.en.md", "news/public.en.md", DocumentText.statement("Public news")
                        .with("date", "2025-01-01").body("Visible text.\n").toString()),
                reader.read("content/news/draft.en.md", "news/draft.en.md", DocumentText.statement("Draftsentinel news")
                        .with("date", "2025-01-02").with("status", "draft").with("summary", "\"Draftsentinel summary\"")
                        .body("Draftsentinel body.\n").toString()),
                reader.read("content/news/later.en.md", "news/later.en.md", DocumentText.statement("Embargosentinel news")
                        .with("date", "2025-01-03").with("embargo", "2999-01-01T09:00:00+05:00")
                        .body("Embargosentinel body.\n").toString()));
        Site site = new SiteAssembler(Map.of(), Instant.parse("2026-01-01T00:00:00Z")).assemble(documents);
        List<SearchDocument> indexed = SearchDocuments.of(site);
        assertEquals(List.of("en:news/public"), indexed.stream().map(SearchDocument::id).toList());
        PublishedSearch published = SiteSearch.publish(indexed, work);
        try (Stream<Path> files = Files.walk(work.resolve(published.base().substring(1)))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase();
                assertFalse(text.contains("draftsentinel") || text.contains("embargosentinel"), file.toString());
            }
        }
    }
}
