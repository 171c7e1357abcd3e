package org.labourrights.site.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.model.Languages;

/** The editors' list of what to translate next, on the fixture site. */
class TranslationStatusTest {

    static final String BELARUS_RU = "content/statements/6th-conference-2022-belarus.ru.md";
    static final String BELARUS_EN = "content/statements/6th-conference-2022-belarus.en.md";

    @Test
    void theFixtureSiteIsFullyTranslated() {
        assertEquals(List.of(), TranslationStatus.of(ProjectCopy.FIXTURE, Languages.RUSSIAN_AND_ENGLISH, Map.of()));
    }

    @Test
    void aDocumentInOneLanguageOnlyIsListedWithTheFileToWrite(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work);
        project.write("content/news/new-item.ru.md", DocumentText.russian("Новость").with("status", "draft").toString());

        assertEquals(List.of(new TranslationStatus.Entry("content/news/new-item", "no English translation yet",
                "content/news/new-item.en.md")), TranslationStatus.of(project.root(), Languages.RUSSIAN_AND_ENGLISH, Map.of()));
    }

    @Test
    void aTranslationCommittedBeforeItsOriginalChangedIsListed(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work);
        // Belarus was written in English: the Russian file is the translation.
        Map<String, Long> lastChange = Map.of(BELARUS_EN, 2_000L, BELARUS_RU, 1_000L);

        assertEquals(List.of(new TranslationStatus.Entry("content/statements/6th-conference-2022-belarus",
                        "the original " + BELARUS_EN + " changed after its translation", BELARUS_RU)),
                TranslationStatus.of(project.root(), Languages.RUSSIAN_AND_ENGLISH, lastChange).stream()
                        .filter(e -> e.document().contains("belarus")).toList());
    }

    @Test
    void aFileNotCommittedYetIsJudgedNeitherOlderNorNewer(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work);
        // The English original is committed; the Russian translation is not yet.
        Map<String, Long> lastChange = Map.of(BELARUS_EN, 2_000L);

        assertEquals(List.of(), TranslationStatus.of(project.root(), Languages.RUSSIAN_AND_ENGLISH, lastChange));
    }

    @Test
    void anOriginalSavedButNotCommittedDoesNotYetMakeItsTranslationOutdated(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work);
        Map<String, Long> lastChange = Map.of(BELARUS_RU, 1_000L);

        assertEquals(List.of(), TranslationStatus.of(project.root(), Languages.RUSSIAN_AND_ENGLISH, lastChange));
    }

    @Test
    void gitHistoryGivesEachFilesLastCommit(@TempDir Path work) throws Exception {
        ProjectCopy project = ProjectCopy.of(work);
        git(work, Map.of(), "init", "-q");
        git(work, Map.of("GIT_AUTHOR_DATE", "2024-01-02T03:04:05Z", "GIT_COMMITTER_DATE", "2024-01-02T03:04:05Z"),
                "add", "content");
        git(work, Map.of("GIT_AUTHOR_DATE", "2024-01-02T03:04:05Z", "GIT_COMMITTER_DATE", "2024-01-02T03:04:05Z"),
                "commit", "-q", "-m", "content");
        project.write(BELARUS_RU, project.read(BELARUS_RU) + "\n");
        git(work, Map.of("GIT_AUTHOR_DATE", "2024-02-02T03:04:05Z", "GIT_COMMITTER_DATE", "2024-02-02T03:04:05Z"),
                "commit", "-q", "-am", "Russian text edited");

        GitHistory history = GitHistory.of(work);

        assertEquals(GitHistory.State.COMPLETE, history.state());
        assertEquals(1_704_164_645L, history.lastCommits().get(BELARUS_EN));
        assertEquals(1_706_843_045L, history.lastCommits().get(BELARUS_RU));
    }

    @Test
    void aCopyWithoutHistoryHasNoTimesAndStillGetsItsList(@TempDir Path work) {
        // As a downloaded zip is: no .git anywhere above it.
        ProjectCopy project = ProjectCopy.of(work);
        project.write("content/news/new-item.ru.md", DocumentText.russian("Новость").with("status", "draft").toString());

        GitHistory history = GitHistory.of(work);

        assertEquals(GitHistory.State.ABSENT, history.state());
        assertEquals(Map.of(), history.lastCommits());
        assertEquals(List.of("content/news/new-item"),
                TranslationStatus.of(work, Languages.RUSSIAN_AND_ENGLISH, history.lastCommits()).stream().map(TranslationStatus.Entry::document).toList());
    }

    private static void git(Path folder, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process git = builder.start();
        String output = new String(git.getInputStream().readAllBytes());
        assertEquals(0, git.waitFor(), "git " + String.join(" ", arguments) + ": " + output);
    }
}
