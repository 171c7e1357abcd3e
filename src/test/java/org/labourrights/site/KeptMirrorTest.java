package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.files.FolderTree;
import org.labourrights.site.pipeline.SiteBuild;

/**
 * A build over an earlier build's site takes the mirror copy of every file the site kept from
 * the mirror before, unread, with its entry of the zip before; only a mirror the stamped build
 * made from that very site is taken so, and the result is byte for byte a clean build's.
 */
class KeptMirrorTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String ABOUT = "content/pages/about.en.md";
    private final SiteBuild build = new SiteBuild(SiteCommand.CONTENT);

    @Test
    void aDayLaterTheZipHasItsNewNameAndTheEntriesOfTheZipBefore(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        build.build(project.root(), site, NOW, null);
        project.write(ABOUT, project.read(ABOUT) + "\nA sentence written the next day.\n");
        Instant nextDay = NOW.plus(Duration.ofDays(1));

        SiteBuild.Result over = build.build(project.root(), site, nextDay, null);
        Path fresh = work.resolve("clean/site");
        SiteBuild.Result clean = build.build(project.root(), fresh, nextDay, null);

        assertEquals("/download/site-2026-12-02.zip", over.mirror().zipAddress());
        assertTrue(over.mirror().kept() > over.mirror().files() / 2,
                over.mirror().kept() + " of " + over.mirror().files() + " files kept");
        assertEquals(0, clean.mirror().kept());
        assertEquals(ProjectCopy.fingerprint(fresh), ProjectCopy.fingerprint(site));
        assertEquals(ProjectCopy.fingerprint(SiteBuild.mirrorOf(fresh)), ProjectCopy.fingerprint(SiteBuild.mirrorOf(site)));
    }

    @Test
    void aMirrorFolderPutInPlaceByOtherHandsIsComparedWithButNotTakenUnread(@TempDir Path work) throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        build.build(project.root(), site, NOW, null);
        Path mirror = SiteBuild.mirrorOf(site);
        Path altered = ProjectCopy.copyOf(mirror, work.resolve("target/altered"));
        Path page = altered.resolve("en/index.html");
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8) + "<!-- altered -->", StandardCharsets.UTF_8);
        FolderTree.delete(mirror);
        Files.move(altered, mirror);
        project.write(ABOUT, project.read(ABOUT) + "\nA sentence after the mirror was replaced.\n");

        SiteBuild.Result over = build.build(project.root(), site, NOW, null);
        Path fresh = work.resolve("clean/site");
        build.build(project.root(), fresh, NOW, null);

        assertEquals(0, over.mirror().kept(), "no file of a mirror the build did not make is taken unread");
        assertEquals(ProjectCopy.fingerprint(SiteBuild.mirrorOf(fresh)), ProjectCopy.fingerprint(mirror));
        assertEquals(ProjectCopy.fingerprint(fresh), ProjectCopy.fingerprint(site), "the zip too");
    }
}
