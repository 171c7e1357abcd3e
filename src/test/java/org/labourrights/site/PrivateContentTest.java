package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.fixtures.DocumentText;

/**
 * Drafts and embargoed documents appear nowhere: no page, list, feed, sitemap entry or any other
 * file. Each carries a sentinel word that must not occur in a single byte of the output.
 */
class PrivateContentTest {

    static final String DRAFT = "DRAFTSENTINEL";
    static final String EMBARGOED = "EMBARGOSENTINEL";
    static final String RELEASED = "RELEASEDSENTINEL";

    @TempDir
    static Path work;
    static Path site;
    static List<String> outputFiles = new ArrayList<>();

    @BeforeAll
    static void buildWithADraftAnEmbargoAndAnExpiredEmbargo() throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        project.write("content/statements/draft-" + "statement.en.md", DocumentText.statement("DRAFTSENTINEL statement")
                .with("date", "2025-12-20").with("status", "draft").with("countries", "[KZ]").with("tags", "[strikes]")
                .with("summary", "\"DRAFTSENTINEL summary\"").body("DRAFTSENTINEL body.\n").toString());
        project.write("content/statements/draft-statement.ru.md", DocumentText.statement("DRAFTSENTINEL заявление")
                .with("date", "2025-12-20").with("status", "draft").body("DRAFTSENTINEL текст.\n").toString());
        project.write("content/news/embargoed.en.md", DocumentText.statement("EMBARGOSENTINEL news")
                .with("date", "2025-12-21").with("embargo", "2999-01-01T09:00:00+05:00").with("countries", "[TJ]")
                .with("tags", "[zhanaozen]").body("EMBARGOSENTINEL body, not before 2999.\n").toString());
        project.write("content/news/released.en.md", DocumentText.statement("RELEASEDSENTINEL news")
                .with("date", "2025-12-22").with("embargo", "2020-01-01T09:00:00+05:00")
                .body("Its embargo has passed.\n").toString());
        project.write("content/cases/private-test.yaml", project.read("content/cases/erzhan-elshibayev.yaml")
                .replace("id: erzhan-elshibayev", "id: private-test")
                + "private:\n  note: PRIVATESENTINEL lives at PRIVATESENTINEL street\n");
        project.write("content/cases/embargoed-test.yaml", project.read("content/cases/erzhan-elshibayev.yaml")
                .replace("id: erzhan-elshibayev", "id: embargoed-test")
                .replace("en: Erzhan Elshibayev\n", "en: EMBARGOSENTINEL Person\n")
                + "embargo: 2999-01-01T00:00:00+05:00\n");
        site = work.resolve("site");
        ProjectCopy.Outcome outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // Pictures (the share cards) are read too: their text chunks are UTF-8 like the pages.
                outputFiles.add(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void draftsLeaveNoTraceInAnyOutputFile() {
        assertTrue(outputFiles.size() > 100);
        assertTrue(outputFiles.stream().noneMatch(text -> text.contains(DRAFT)));
        assertFalse(Files.exists(site.resolve("en/statements/draft-statement")));
    }

    @Test
    void aCasesPrivateBlockReachesNoPageFeedExportOrSitemap() throws IOException {
        assertTrue(Files.exists(site.resolve("en/cases/private-test/index.html")), "the case itself is public");
        assertTrue(Files.readString(site.resolve("data/cases.json")).contains("private-test"));
        assertTrue(outputFiles.stream().noneMatch(text -> text.contains("PRIVATESENTINEL")));
    }

    @Test
    void anEmbargoedCaseLeavesNoTraceBeforeItsTime() {
        assertFalse(Files.exists(site.resolve("en/cases/embargoed-test")));
        assertTrue(outputFiles.stream().noneMatch(text -> text.contains("embargoed-test")));
    }

    @Test
    void embargoedDocumentsLeaveNoTraceBeforeTheirTime() {
        assertTrue(outputFiles.stream().noneMatch(text -> text.contains(EMBARGOED)));
        assertFalse(Files.exists(site.resolve("en/news/embargoed")));
        assertFalse(Files.exists(site.resolve("en/tags/zhanaozen/page/2")));
    }

    @Test
    void aDocumentWhoseEmbargoHasPassedIsPublishedEverywhere() throws IOException {
        assertTrue(Files.readString(site.resolve("en/news/released/index.html")).contains(RELEASED));
        assertTrue(Files.readString(site.resolve("en/feed.xml")).contains(RELEASED));
        assertTrue(Files.readString(site.resolve("sitemaps/en-news.xml")).contains("/en/news/released/"));
        assertTrue(Files.readString(site.resolve("en/news/index.html")).contains(RELEASED));
    }
}
