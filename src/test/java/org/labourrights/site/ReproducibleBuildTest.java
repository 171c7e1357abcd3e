package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same bytes: a deploy changes only what an editor changed. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical(@TempDir Path work) {
        ProjectCopy first = ProjectCopy.of(work.resolve("first"));
        ProjectCopy second = ProjectCopy.of(work.resolve("second"));

        assertEquals(0, first.build(work.resolve("site-1")).exitCode());
        assertEquals(0, second.build(work.resolve("site-2")).exitCode());

        Map<String, String> one = ProjectCopy.fingerprint(work.resolve("site-1"));
        assertTrue(one.size() > 100, "expected a whole site, got " + one.size() + " files");
        assertEquals(one, ProjectCopy.fingerprint(work.resolve("site-2")));
    }

    @Test
    void aBuildInAnotherJavaProcessGivesTheSameBytes(@TempDir Path work) throws Exception {
        // Hash orders (Map.of, Set.of, identity hashes) change from one JVM to the next, not within one.
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        assertEquals(0, project.build(work.resolve("here")).exitCode());

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.labourrights.site.cli.SiteCommand", "build", project.root().toString(), work.resolve("there").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("there.log").toFile()).start();
        assertEquals(0, other.waitFor(), () -> readLog(work.resolve("there.log")));

        assertEquals(ProjectCopy.fingerprint(work.resolve("here")), ProjectCopy.fingerprint(work.resolve("there")));
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
