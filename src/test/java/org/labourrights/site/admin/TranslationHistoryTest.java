package org.labourrights.site.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.cli.SiteCommand;

/**
 * Translations older than their original, told by real git history: the real content committed,
 * then an original changed in a later commit. A shallow clone of the same repository cannot tell,
 * and the page says so.
 */
class TranslationHistoryTest {

    /** Belarus was written in English: the Russian file is the translation. */
    static final String ORIGINAL = "content/statements/6th-conference-2022-belarus.en.md";
    static final String TRANSLATION = "content/statements/6th-conference-2022-belarus.ru.md";

    @Test
    void aTranslationCommittedBeforeItsOriginalChangedIsListed(@TempDir Path work) throws Exception {
        repositoryWithAChangedOriginal(work.resolve("repo"));

        Document page = translationPage(work.resolve("repo"), work.resolve("site"));

        String outdated = page.select("h2:contains(older than) + table").text();
        assertTrue(outdated.contains(TRANSLATION), page.text());
        assertEquals(1, page.select("h2:contains(older than) + table tbody tr").size(), outdated);
        assertTrue(outdated.contains("1 March 2025") && outdated.contains("1 January 2025"), outdated);
    }

    @Test
    void aShallowCloneSaysItCannotTell(@TempDir Path work) throws Exception {
        repositoryWithAChangedOriginal(work.resolve("repo"));
        git(work, "clone", "--quiet", "--depth", "1", work.resolve("repo").toUri().toString(), "shallow");

        Document page = translationPage(work.resolve("shallow"), work.resolve("site"));

        assertTrue(page.text().contains("shallow clone"), page.text());
        assertTrue(page.select("h2:contains(older than) + table").isEmpty());
    }

    private static void repositoryWithAChangedOriginal(Path repo) throws Exception {
        ProjectCopy project = ProjectCopy.of(repo);
        git(repo, "init", "--quiet");
        commit(repo, "2025-01-01T12:00:00Z", "content", "templates", "assets");
        project.write(ORIGINAL, project.read(ORIGINAL).replace("\n---\n", "\n---\nA sentence added to the original.\n\n"));
        commit(repo, "2025-03-01T12:00:00Z", ORIGINAL);
    }

    /** Builds a project folder with the real command and reads back its translation page. */
    private static Document translationPage(Path project, Path site) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = SiteCommand.run(new String[] {"build", project.toString(), site.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exitCode, err.toString(StandardCharsets.UTF_8));
        return Jsoup.parse(site.resolve("admin/translations/index.html").toFile(), "UTF-8");
    }

    private static void commit(Path repo, String date, String... paths) throws Exception {
        List<String> add = new ArrayList<>(List.of("add"));
        add.addAll(List.of(paths));
        git(repo, add.toArray(String[]::new));
        run(repo, Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date),
                "git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "--quiet", "-m", "edit");
    }

    private static void git(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        run(directory, Map.of(), command.toArray(String[]::new));
    }

    private static void run(Path directory, Map<String, String> environment, String... command) throws Exception {
        Files.createDirectories(directory);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }
}
