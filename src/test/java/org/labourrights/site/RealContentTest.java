package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.fixtures.BuiltSite;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.index.RealContent;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Urls;

/**
 * What must hold for any valid content, on the real {@code content/} as editors last committed it.
 * Nothing here names a document, a case or a count: facts are pinned on the frozen fixture site
 * (src/test/resources/fixture-site), so that an editor who adds, renames or translates content
 * never breaks {@code ./mvnw verify}. The second test proves it on a copy an editor has added to.
 */
class RealContentTest {

    @Test
    void theRealContentBuildsIntoASiteWithEveryPageLinkedAndNothingLeaked(@TempDir Path work) throws IOException {
        assertHoldsForAnyValidContent(ProjectCopy.ofRealContent(work.resolve("project")), work.resolve("site"));
    }

    @Test
    void anEditorWhoAddsACaseAndADocumentInOneLanguageOnlyBreaksNoCheck(@TempDir Path work) throws IOException {
        ProjectCopy project = ProjectCopy.ofRealContent(work.resolve("project"));
        // Written fresh rather than copied from a real file, so that no real file's name is assumed.
        project.write("content/statements/an-added-statement.en.md", DocumentText.statement("An added statement")
                .with("countries", "[KZ]").with("cases", "[an-added-case]")
                .body("A statement written in English, not yet translated.\n").toString());
        project.write("content/cases/an-added-case.yaml", """
                id: an-added-case
                kind: person
                name:
                  ru: Добавленное Дело
                  en: Added Case
                country: KZ
                status: unknown
                sources:
                  - document: statements/an-added-statement
                documents:
                  - statements/an-added-statement
                private:
                  note: ADDEDPRIVATENOTE reached by ADDEDPRIVATEPHONE
                """);

        Site site = assertHoldsForAnyValidContent(project, work.resolve("site"));

        assertTrue(site.documents().stream().anyMatch(d -> d.slug().equals("an-added-statement")), "the added document is published");
        assertTrue(site.cases().stream().anyMatch(c -> c.id().equals("an-added-case")), "the added case is published");
    }

    @Test
    void aCaseEventDatedMorePreciselyThanTheDocumentItCitesIsRefusedByTheBuildAtItsLine(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.ofRealContent(work.resolve("project"));
        // A date is never more precise than its source: a document of a month cannot date a day.
        project.write("content/statements/an-added-statement.en.md", DocumentText.statement("An added statement")
                .with("date", "2022-11").with("countries", "[KZ]").with("cases", "[an-added-case]")
                .body("A statement of November 2022.\n").toString());
        project.write("content/cases/an-added-case.yaml", """
                id: an-added-case
                kind: person
                name:
                  ru: Добавленное Дело
                  en: Added Case
                country: KZ
                status: detained
                events:
                  - date: 2022-11-15
                    type: statement
                    text: {ru: Заявление., en: Statement.}
                    sources: [statements/an-added-statement]
                sources:
                  - document: statements/an-added-statement
                documents:
                  - statements/an-added-statement
                """);

        ProjectCopy.Outcome outcome = project.build(work.resolve("site"));

        assertTrue(outcome.exitCode() != 0, "the build must refuse it");
        assertTrue(outcome.err().contains("content/cases/an-added-case.yaml:9: event date '2022-11-15' is more precise"
                + " than the date of the document it cites, statements/an-added-statement (2022-11)"), outcome.err());
    }

    /** Builds the project with the real command and checks the built site; returns the public site. */
    private static Site assertHoldsForAnyValidContent(ProjectCopy project, Path output) throws IOException {
        ProjectCopy.Outcome outcome = project.build(output);
        assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
        BuiltSite built = BuiltSite.read(output);

        Site site = RealContent.site(project.root());
        List<String> missing = new ArrayList<>();
        for (Document document : site.documents()) {
            if (!built.pages().containsKey(Urls.document(document))) {
                missing.add(Urls.document(document) + " (from " + document.sourcePath() + ")");
            }
        }
        for (Case c : site.cases()) {
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                if (!built.pages().containsKey(Urls.caseUrl(language, c.id()))) {
                    missing.add(Urls.caseUrl(language, c.id()) + " (from content/cases/" + c.id() + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "published documents and cases without a page");
        assertTrue(!site.documents().isEmpty() && !site.cases().isEmpty(), "the real content has documents and cases");
        assertEquals(List.of(), built.brokenLinks());
        assertEquals(List.of(), built.foreignLoads());
        assertEquals(List.of(), leaks(project.root(), output), "private case fields found in the built site");
        return site;
    }

    /** Every value written under a case's {@code private:} that any file of the built site contains. */
    private static List<String> leaks(Path project, Path output) throws IOException {
        Set<String> secrets = new TreeSet<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(project.resolve("content/cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode hidden = yaml.readTree(file.toFile()).path("private");
                collect(hidden, secrets);
            }
        }
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                secrets.stream().filter(text::contains).forEach(secret -> leaks.add(output.relativize(file) + " holds a private value"));
            }
        }
        return leaks;
    }

    /** Each value of a private block, and each of its words that no ordinary text would hold (ADDEDPRIVATENOTE, a phone). */
    private static void collect(JsonNode node, Set<String> secrets) {
        if (node.isValueNode() && !node.asText().isBlank()) {
            secrets.add(node.asText().strip());
            for (String word : node.asText().split("\\s+")) {
                if (word.length() >= 8 && (word.chars().anyMatch(Character::isDigit) || word.equals(word.toUpperCase()))) {
                    secrets.add(word);
                }
            }
        }
        node.forEach(child -> collect(child, secrets));
    }
}
