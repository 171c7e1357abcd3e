package org.labourrights.site.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.model.Languages;

/** A new statement starts as a draft in both languages that the build accepts and does not publish. */
class ScaffoldTest {

    @Test
    void aNewStatementIsADraftInBothLanguagesThatBuildsAndStaysOffTheSite(@TempDir Path work) throws Exception {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        List<Path> files = Scaffold.create(project.root(), Languages.RUSSIAN_AND_ENGLISH, "statement", "on-strikes-2026", LocalDate.of(2026, 11, 22));

        assertEquals(List.of(Path.of("content/statements/on-strikes-2026.ru.md"),
                Path.of("content/statements/on-strikes-2026.en.md")), files);
        String russian = project.read("content/statements/on-strikes-2026.ru.md");
        assertTrue(russian.contains("date: 2026-11-22\nstatus: draft\noriginal: ru\n"), russian);
        assertTrue(russian.contains("aliases: []  # if you rename this file, keep its old address here:"
                + " [/ru/statements/old-name/]\n"), "the file says how to move it: " + russian);

        Path site = work.resolve("site");
        assertEquals(0, project.build(site).exitCode());
        assertFalse(Files.exists(site.resolve("ru/statements/on-strikes-2026")));

        for (String lang : List.of("ru", "en")) {
            String file = "content/statements/on-strikes-2026." + lang + ".md";
            project.write(file, project.read(file).replace("status: draft", "status: published"));
        }
        assertEquals(0, project.build(site).exitCode());
        assertTrue(Files.exists(site.resolve("en/statements/on-strikes-2026/index.html")));
    }

    @Test
    void itNeverOverwritesAndExplainsAWrongNameOrKind(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Scaffold.create(project.root(), Languages.RUSSIAN_AND_ENGLISH, "statement", "6th-conference-2022-belarus", today))
                .getMessage().contains("exists already"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Scaffold.create(project.root(), Languages.RUSSIAN_AND_ENGLISH, "statement", "Заявление", today))
                .getMessage().contains("small Latin letters"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Scaffold.create(project.root(), Languages.RUSSIAN_AND_ENGLISH, "letter", "x", today))
                .getMessage().startsWith("unknown kind 'letter'; write one of: resolution, statement"));
    }
}
