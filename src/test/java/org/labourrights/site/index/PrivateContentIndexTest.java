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
                reader.read("content/news/public.en.md", "news/public.en.md", """
                        ---
                        title: "Public news"
                        date: 2025-01-01
                        status: published
                        original: en
                        ---
                        Visible text.
                        """),
                reader.read("content/news/draft.en.md", "news/draft.en.md", """
                        ---
                        title: "Draftsentinel news"
                        date: 2025-01-02
                        status: draft
                        original: en
                        summary: "Draftsentinel summary"
                        ---
                        Draftsentinel body.
                        """),
                reader.read("content/news/later.en.md", "news/later.en.md", """
                        ---
                        title: "Embargosentinel news"
                        date: 2025-01-03
                        status: published
                        original: en
                        embargo: 2999-01-01T09:00:00+05:00
                        ---
                        Embargosentinel body.
                        """));
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
