package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    @Test
    void aRebuildOverTheSiteGivesTheBytesOfACleanBuildAndLeavesTheEarlierFilesAsTheyWere(@TempDir Path work)
            throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target").resolve("site");
        assertEquals(0, project.build(site).exitCode());
        Map<String, String> earlier = ProjectCopy.fingerprint(site);
        String about = "content/pages/about.en.md";
        String added = "A sentence the rebuild must show";
        project.write(about, project.read(about) + "\n" + added + ".\n");

        assertEquals(0, project.build(site).exitCode());
        Path replaced;
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            replaced = siblings.filter(p -> p.getFileName().toString().startsWith(".site-old-")).findFirst().orElseThrow();
        }
        assertEquals(0, project.build(work.resolve("clean").resolve("site")).exitCode());

        // Unchanged files are the earlier site's own (linked), and nothing written reached them.
        assertEquals(earlier, ProjectCopy.fingerprint(replaced));
        Map<String, String> rebuilt = ProjectCopy.fingerprint(site);
        assertEquals(ProjectCopy.fingerprint(work.resolve("clean").resolve("site")), rebuilt);
        assertEquals(ProjectCopy.fingerprint(work.resolve("clean").resolve("site-mirror")),
                ProjectCopy.fingerprint(work.resolve("target").resolve("site-mirror")));
        List<String> taken = new ArrayList<>();
        List<String> showingTheEdit = new ArrayList<>();
        for (String file : rebuilt.keySet()) {
            Path now = site.resolve(file);
            Path before = replaced.resolve(file);
            if (Files.exists(before) && Files.isSameFile(now, before)) {
                taken.add(file);
            }
            if (Files.readString(now, java.nio.charset.StandardCharsets.ISO_8859_1).contains(added)) {
                showingTheEdit.add(file);
            }
        }
        assertTrue(taken.size() > rebuilt.size() / 2, "only " + taken.size() + " of " + rebuilt.size() + " files taken");
        assertFalse(showingTheEdit.isEmpty(), "no file shows the edit");
        assertTrue(showingTheEdit.stream().noneMatch(taken::contains), "an edited file was taken unchanged: " + showingTheEdit);
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
