package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.fixtures.Edits;
import org.labourrights.site.fixtures.HostileInputs;

/**
 * Every input of {@link HostileInputs#refused()}, committed to a copy of the real project: the
 * build says exactly what is wrong, where, and what to do, in those lines and no others, exits 1,
 * and the site published before stays byte for byte as it was.
 */
class HostileInputTest {

    @TempDir
    static Path work;
    static Path site;
    static Map<String, String> publishedBefore;

    @BeforeAll
    static void publishTheRealSiteOnce() {
        site = work.resolve("site");
        ProjectCopy.Outcome first = ProjectCopy.of(work.resolve("good")).build(site);
        assertEquals(0, first.exitCode(), first.err());
        publishedBefore = ProjectCopy.fingerprint(site);
    }

    @Test
    void aDocumentWritingAHiddenNameIsPublishedWithAWarningAtItsLine(@TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder.resolve("project"));
        new Edits(project.root())
                .write("content/cases/kz-case-77.yaml", HostileInputs.hiddenCase("kz-case-77", "Задержана.", "Detained."))
                .write("content/statements/naming.en.md", DocumentText.statement("On a detention")
                        .with("cases", "[kz-case-77]").body("The Mission asks after her.\n\nZarina Testova was detained.\n")
                        .toString());

        ProjectCopy.Outcome outcome = project.build(folder.resolve("site"));

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(List.of("1 warning (the site was published; look at it before the next change):",
                "content/statements/naming.en.md:10: this document names the case 'kz-case-77', whose name the site"
                        + " hides, and this line writes that name (the word starting 'Za…'); write the initials or the"
                        + " pseudonym instead, unless the person agreed to be named here"), outcome.err().lines().toList());
    }

    @Test
    void anEmbargoInADraftHoldsItsPublishedTranslationToo(@TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder.resolve("project"));
        new Edits(project.root())
                .write("content/statements/held.ru.md", DocumentText.russian("Под эмбарго").with("status", "draft")
                        .with("embargo", "2999-01-01T09:00:00+05:00").toString())
                .write("content/statements/held.en.md", DocumentText.statement("EMBARGOSENTINEL").with("original", "ru")
                        .toString());

        ProjectCopy.Outcome outcome = project.build(folder.resolve("site"));

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertFalse(Files.exists(folder.resolve("site/en/statements/held")));
        assertFalse(ProjectCopy.fingerprint(folder.resolve("site")).isEmpty());
        assertTrue(outcome.err().isEmpty(), outcome.err());
    }

    static Stream<HostileInputs.Hostile> refused() {
        return HostileInputs.refused().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedInPlainWordsAndNothingIsPublished(HostileInputs.Hostile input, @TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder.resolve("project"));
        input.edit().accept(new Edits(project.root()));
        Path published = ProjectCopy.copyOf(site, folder.resolve("site"));

        ProjectCopy.Outcome outcome = project.build(published);

        List<String> lines = outcome.err().lines().toList();
        int count = input.expected().size();
        assertEquals("The site was NOT published: " + count + (count == 1 ? " problem" : " problems")
                + " to fix first. The previous site is unchanged.", lines.get(0), outcome.err());
        assertEquals(input.expected(), lines.subList(1, lines.size()), outcome.err());
        assertEquals(SiteCommand.CONTENT_PROBLEMS, outcome.exitCode());
        assertEquals(publishedBefore, ProjectCopy.fingerprint(published), "the previously published site changed");
    }
}
