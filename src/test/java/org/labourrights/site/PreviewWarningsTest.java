package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.fixtures.Edits;
import org.labourrights.site.fixtures.HostileInputs;
import org.labourrights.site.preview.LiveSite;
import org.labourrights.site.preview.PreviewServer;

/**
 * The preview keeps each document's warnings between edits and searches a document again only
 * when it, or a case it names, was saved: after every edit the warnings are still exactly those of
 * the content as it now is, and the terminal shows each once. On the fixture project, with a case
 * whose name is hidden by initials.
 */
class PreviewWarningsTest {

    private static final String CASE = "content/cases/kz-case-77.yaml";
    private static final String NAMING = "content/statements/naming.en.md";
    private static final String SECOND = "content/statements/second.en.md";
    private static final String UNRELATED = "content/reports/bir-duino-migrant-workers-2015-2017.en.md";

    @Test
    void afterEachEditTheWarningsAreThoseOfTheContentAsItNowIs(@TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder.resolve("project"));
        String hidden = HostileInputs.hiddenCase("kz-case-77", "Задержана.", "Detained.");
        Edits edits = new Edits(project.root())
                .write(CASE, hidden)
                .write(NAMING, naming("On a detention", "Zarina Testova was detained."));
        try (LiveSite live = LiveSite.open(project.root(), folder.resolve("site"), Instant.parse("2026-12-04T00:00:00Z"),
                SiteCommand.CONTENT)) {
            assertTrue(live.build().ok());
            assertEquals(List.of(NAMING + ":10"), places(live));

            edits.write(NAMING, naming("On a detention", "Z. T. was detained."));
            apply(live, NAMING);
            assertEquals(List.of(), places(live), "the name written out of the document");

            edits.write(SECOND, naming("A second statement", "We stand with Zarina Testova."));
            apply(live, SECOND);
            assertEquals(List.of(SECOND + ":10"), places(live), "a document added that writes the name");

            edits.write(UNRELATED, edits.read(UNRELATED) + "\nA sentence added to a report that names no case.\n");
            apply(live, UNRELATED);
            assertEquals(List.of(SECOND + ":10"), places(live), "an unrelated edit keeps the warning");

            edits.write(CASE, hidden.replace("name_display: initials\n", ""));
            apply(live, CASE);
            assertEquals(List.of(), places(live), "the case now shows the full name");

            edits.write(CASE, hidden);
            apply(live, CASE);
            assertEquals(List.of(SECOND + ":10"), places(live), "the name hidden again: the unchanged document is searched again");
        }
    }

    @Test
    void theTerminalShowsAWarningOnceAndThenHowManyStillStand(@TempDir Path folder) throws Exception {
        ProjectCopy project = ProjectCopy.of(folder.resolve("project"));
        Edits edits = new Edits(project.root())
                .write(CASE, HostileInputs.hiddenCase("kz-case-77", "Задержана.", "Detained."))
                .write(NAMING, naming("On a detention", "Zarina Testova was detained."));
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        try (PreviewServer preview = PreviewServer.start(project.root(), folder.resolve("site"), 0, log, SiteCommand.CONTENT)) {
            Thread follower = new Thread(() -> {
                try {
                    preview.followEdits();
                } catch (InterruptedException stopped) {
                    // The test is over.
                }
            });
            follower.setDaemon(true);
            follower.start();
            for (int save = 1; save <= 2; save++) {
                edits.write(UNRELATED, edits.read(UNRELATED) + "\nSave number " + save + ".\n");
                awaitLines(terminal, "Updated in", save);
            }
            follower.interrupt();
        }
        List<String> lines = terminal.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.stream().filter(line -> line.startsWith("warning: " + NAMING + ":10: ")).count(), String.join("\n", lines));
        assertEquals(2, lines.stream().filter(line -> line.equals("(and 1 warning printed before, still to look at)")).count(),
                String.join("\n", lines));
    }

    /** Waits until the terminal has {@code count} lines starting with {@code start}. */
    private static void awaitLines(ByteArrayOutputStream terminal, String start, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (terminal.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith(start)).count() < count) {
            assertTrue(System.nanoTime() < deadline, "no '" + start + "' line " + count + " in:\n" + terminal);
            Thread.sleep(20);
        }
    }

    private static String naming(String title, String sentence) {
        return DocumentText.statement(title).with("cases", "[kz-case-77]")
                .body("The Mission asks after her.\n\n" + sentence + "\n").toString();
    }

    private static void apply(LiveSite live, String file) {
        LiveSite.Update update = live.apply(List.of(Path.of(file)));
        assertTrue(update.ok(), file + ": " + update.problems());
    }

    private static List<String> places(LiveSite live) {
        return live.warnings().stream().map(warning -> warning.file() + ":" + warning.line()).toList();
    }
}
