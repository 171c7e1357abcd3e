package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
