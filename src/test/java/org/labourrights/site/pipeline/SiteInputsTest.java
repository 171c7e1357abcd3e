package org.labourrights.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a site is made from: the project's content, templates and assets, and the generator that makes it. */
class SiteInputsTest {

    @Test
    void anotherVersionOfALibraryOrARecompiledClassIsAnotherInput(@TempDir Path work) throws IOException {
        Path project = project(work);
        Path classes = write(work.resolve("classes/org/Site.class"), "compiled");
        Path library = write(work.resolve("m2/jbake-core-2.7.0.jar"), "jar");
        Path upgraded = write(work.resolve("m2/jbake-core-2.7.1.jar"), "jar");
        String classPath = work.resolve("classes") + File.pathSeparator + library;
        String first = SiteInputs.of(project, null, classPath).site();

        assertEquals(first, SiteInputs.of(project, null, classPath).site());
        assertNotEquals(first, SiteInputs.of(project, null,
                work.resolve("classes") + File.pathSeparator + upgraded).site(), "another version of a library");
        Files.writeString(classes, "compiled again, from an edited source");
        assertNotEquals(first, SiteInputs.of(project, null, classPath).site(), "a recompiled class");
    }

    @Test
    void theHostsAddressAndJBakesSettingsAreInputsButTheReadmeIsNot(@TempDir Path work) throws IOException {
        Path project = project(work);
        String first = SiteInputs.of(project, null, "").site();

        assertNotEquals(first, SiteInputs.of(project, "https://deploy-preview-1.example.org", "").site());
        write(project.resolve("README.md"), "notes for developers");
        assertEquals(first, SiteInputs.of(project, null, "").site(), "a file no page is made from");
        write(project.resolve("jbake.properties"), "render.tags=true");
        assertNotEquals(first, SiteInputs.of(project, null, "").site());
    }

    @Test
    void eachOfTheProjectsFoldersIsAnInput(@TempDir Path work) throws IOException {
        Path project = project(work);
        String first = SiteInputs.of(project, null, "").site();
        for (String file : new String[] {"content/data/site.yaml", "templates/layout.ftlh", "assets/css/site.css"}) {
            String before = Files.readString(project.resolve(file));
            write(project.resolve(file), before + " ");
            assertNotEquals(first, SiteInputs.of(project, null, "").site(), file);
            write(project.resolve(file), before);
            assertEquals(first, SiteInputs.of(project, null, "").site(), file + " as it was");
        }
    }

    private static Path project(Path work) throws IOException {
        Path project = work.resolve("project");
        write(project.resolve("content/data/site.yaml"), "base_url: https://example.org");
        write(project.resolve("templates/layout.ftlh"), "<html></html>");
        write(project.resolve("assets/css/site.css"), "body {}");
        return project;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
