package org.labourrights.site.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;

/** The editors' list of what to translate next, on the real content. */
class TranslationStatusTest {

    static final String BELARUS_RU = "content/statements/6th-conference-2022-belarus.ru.md";
    static final String BELARUS_EN = "content/statements/6th-conference-2022-belarus.en.md";

    @Test
    void theRealContentIsFullyTranslated() {
        assertEquals(List.of(), TranslationStatus.of(ProjectCopy.REAL_PROJECT, Map.of()));
    }

    @Test
    void aDocumentInOneLanguageOnlyIsListedWithTheFileToWrite(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work);
        project.write("content/news/new-item.ru.md", "---\ntitle: \"Новость\"\ndate: 2026-11-22\nstatus: draft\noriginal: ru\n---\n");

        assertEquals(List.of(new TranslationStatus.Entry("content/news/new-item", "no English translation yet",
                "content/news/new-item.en.md")), TranslationStatus.of(project.root(), Map.of()));
    }

    @Test
    void aTranslationCommittedBeforeItsOriginalChangedIsListed(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work);
        // Belarus was written in English: the Russian file is the translation.
        Map<String, Long> lastChange = Map.of(BELARUS_EN, 2_000L, BELARUS_RU, 1_000L);

        assertEquals(List.of(new TranslationStatus.Entry("content/statements/6th-conference-2022-belarus",
                        "the original " + BELARUS_EN + " changed after its translation", BELARUS_RU)),
                TranslationStatus.of(project.root(), lastChange).stream()
                        .filter(e -> e.document().contains("belarus")).toList());
    }

    @Test
    void gitHistoryGivesEachFilesLastCommit() {
        Map<String, Long> times = TranslationStatus.lastCommits(ProjectCopy.REAL_PROJECT);
        assertEquals(true, times.get(BELARUS_EN) > 1_700_000_000L, "committed in this repository's history");
    }
}
