package org.labourrights.site.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a build's folder replaces the published site, and what it leaves for the next build to delete. */
class SiteFolderTest {

    @Test
    void aFinishedBuildReplacesTheSiteAndKeepsTheOneItReplacedHiddenBesideIt(@TempDir Path target) throws IOException {
        Path site = target.resolve("site");
        SiteFolder.replace(site, fresh -> write(fresh.resolve("index.html"), "first"));
        SiteFolder.replace(site, fresh -> write(fresh.resolve("index.html"), "second"));

        assertEquals("second", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".site-old-#", "site"), namesIn(target));
        Path replaced = only(target, ".site-old-");
        assertEquals("first", Files.readString(replaced.resolve("index.html")));
    }

    @Test
    void aFailedBuildLeavesTheSiteAsItWasAndNoFolderOfItsOwn(@TempDir Path target) throws IOException {
        Path site = target.resolve("site");
        SiteFolder.replace(site, fresh -> write(fresh.resolve("index.html"), "published"));

        assertThrows(IllegalStateException.class, () -> SiteFolder.replace(site, fresh -> {
            write(fresh.resolve("index.html"), "half");
            throw new IllegalStateException("a content problem");
        }));

        assertEquals("published", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), namesIn(target));
    }

    @Test
    void theNextBuildDeletesTheFoldersEarlierBuildsReplacedAndNothingElse(@TempDir Path target) throws IOException {
        write(target.resolve(".site-old-123/en/index.html"), "replaced site");
        write(target.resolve(".site-mirror-old-789/index.html"), "replaced mirror");
        write(target.resolve(".site-new-456/ru/index.html"), "another build's folder, still being written");
        write(target.resolve(".site-old-new-1/index.html"), "a fresh folder of a site named site-old");
        write(target.resolve(".site-old-12a/index.html"), "not a temporary folder's name");
        write(target.resolve(".site-notes/todo.txt"), "an editor's notes");
        write(target.resolve("site-old/index.html"), "a visible folder");
        write(target.resolve("site/index.html"), "the published site");

        try (SiteFolder.Sweep sweep = SiteFolder.sweep(target.resolve("site"), target.resolve("site-mirror"))) {
            // the build's own work would run here
        }

        assertEquals(List.of(".site-new-#", ".site-notes", ".site-old-12a", ".site-old-new-#", "site", "site-old"), namesIn(target));
        assertEquals("not a temporary folder's name", Files.readString(target.resolve(".site-old-12a/index.html")));
    }

    @Test
    void buildAfterBuildOnlyTheLastReplacedSiteStays(@TempDir Path target) throws IOException {
        Path site = target.resolve("site");
        for (String build : List.of("first", "second", "third", "fourth")) {
            try (SiteFolder.Sweep sweep = SiteFolder.sweep(site)) {
                SiteFolder.replace(site, fresh -> write(fresh.resolve("index.html"), build));
            }
        }

        assertEquals(List.of(".site-old-#", "site"), namesIn(target));
        assertEquals("third", Files.readString(only(target, ".site-old-").resolve("index.html")));
        assertEquals("fourth", Files.readString(site.resolve("index.html")));
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's entries in name order, a temporary folder's digits written as #. */
    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString().replaceAll("-\\d+$", "-#")).sorted().toList();
        }
    }

    private static Path only(Path folder, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> matching = entries.filter(entry -> entry.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, matching.size(), () -> "one folder named " + prefix + "…, found " + matching);
            return matching.get(0);
        }
    }
}
