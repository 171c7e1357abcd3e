package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.pipeline.ContentSource;
import org.labourrights.site.pipeline.SiteBuild;
import org.labourrights.site.preview.LiveSite;
import org.labourrights.site.write.SiteStamp;

/**
 * A build over a site whose inputs have not changed leaves it as it is, and says so; any change
 * to what the site is made from (a content file added, edited or deleted, a template, an asset,
 * a setting, the moment an embargo ends, the day) makes a full build, whose site is byte for byte
 * a clean build's.
 */
class UpToDateSiteTest {

    /** Before the fixture's embargo (2999-01-01T00:00+05:00, which is 2998-12-31T19:00Z), on its last day. */
    private static final Instant BEFORE_EMBARGO = Instant.parse("2998-12-31T18:00:00Z");

    @Test
    void aSecondBuildOfTheSameInputsLeavesTheSiteAndItsMirrorAsTheyAreAndRepeatsTheWarnings(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        ProjectCopy.Outcome first = project.build(site);
        assertEquals(0, first.exitCode(), first.err());
        String siteFolder = SiteStamp.identity(site);
        String mirrorFolder = SiteStamp.identity(SiteBuild.mirrorOf(site));
        Map<String, String> built = ProjectCopy.fingerprint(work.resolve("target"));

        ProjectCopy.Outcome second = project.build(site);

        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("is up to date"), second.out());
        assertEquals(siteFolder, SiteStamp.identity(site), "the site folder was replaced");
        assertEquals(mirrorFolder, SiteStamp.identity(SiteBuild.mirrorOf(site)), "the mirror folder was replaced");
        assertEquals(built, ProjectCopy.fingerprint(work.resolve("target")));
        assertEquals(first.err(), second.err(), "the warnings of the build that made the site");
    }

    @Test
    void everyKindOfEditMakesAFullBuildWhoseSiteIsAFreshBuildsOwn(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        assertEquals(0, project.build(site).exitCode());
        Map<String, Consumer<ProjectCopy>> edits = Map.of(
                "a document edited", p -> p.write("content/pages/about.en.md",
                        p.read("content/pages/about.en.md") + "\nA sentence the rebuild must show.\n"),
                "a document added", p -> p.write("content/statements/up-to-date-added.en.md", """
                        ---
                        title: "A statement the rebuild adds"
                        date: 2026-11-03
                        status: published
                        original: en
                        countries: [KZ]
                        ---
                        The text of the statement the rebuild adds.
                        """),
                "a document deleted", p -> delete(p.root().resolve("content/statements/up-to-date-added.en.md")),
                "a template changed", p -> p.write("templates/document.ftlh", p.read("templates/document.ftlh") + "\n<#-- edited -->\n"),
                "an asset changed", p -> p.write("assets/css/site.css", p.read("assets/css/site.css") + "\n/* edited */\n"),
                "a setting changed", p -> p.write("content/data/site.yaml",
                        p.read("content/data/site.yaml").replace("https://labour-rights-monitoring.netlify.app",
                        "https://labour-rights.example.org")));
        int clean = 0;
        for (String edit : new String[] {"a document edited", "a document added", "a template changed", "an asset changed",
                "a setting changed", "a document deleted"}) {
            edits.get(edit).accept(project);
            ProjectCopy.Outcome over = project.build(site);
            assertEquals(0, over.exitCode(), edit + ": " + over.err());
            assertFalse(over.out().contains("is up to date"), edit + " left the site as it was: " + over.out());
            Path fresh = work.resolve("clean-" + ++clean + "/site");
            assertEquals(0, project.build(fresh).exitCode());
            assertEquals(ProjectCopy.fingerprint(fresh), ProjectCopy.fingerprint(site), edit);
            assertEquals(ProjectCopy.fingerprint(SiteBuild.mirrorOf(fresh)), ProjectCopy.fingerprint(SiteBuild.mirrorOf(site)),
                    edit);
            assertTrue(project.build(site).out().contains("is up to date"), "after " + edit + ", built once");
        }
    }

    @Test
    void anEmbargoEndingMakesAFullBuildThatPublishesTheDocument(@TempDir Path work) throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        SiteBuild build = new SiteBuild(SiteCommand.CONTENT);
        assertFalse(build.build(project.root(), site, BEFORE_EMBARGO, null).upToDate());
        assertFalse(anyFileHolds(site, "FIXTUREEMBARGO"));

        assertTrue(build.build(project.root(), site, BEFORE_EMBARGO.plusSeconds(1800), null).upToDate(),
                "half an hour later, the embargo still holds");
        SiteBuild.Result after = build.build(project.root(), site, BEFORE_EMBARGO.plusSeconds(3600), null);

        assertFalse(after.upToDate(), "the embargo ended at 19:00Z");
        assertTrue(anyFileHolds(site, "FIXTUREEMBARGO"));
    }

    @Test
    void aBuildOnAnotherDayOrAtAnEarlierMomentIsAFullOne(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        SiteBuild build = new SiteBuild(SiteCommand.CONTENT);
        Instant noon = Instant.parse("2026-06-01T12:00:00Z");
        build.build(project.root(), site, noon, null);

        assertTrue(build.build(project.root(), site, Instant.parse("2026-06-01T23:59:00Z"), null).upToDate());
        SiteBuild.Result nextDay = build.build(project.root(), site, Instant.parse("2026-06-02T00:00:00Z"), null);
        assertFalse(nextDay.upToDate());
        assertEquals("/download/site-2026-06-02.zip", nextDay.mirror().zipAddress());
        assertFalse(build.build(project.root(), site, noon, null).upToDate(), "a clock set back");
    }

    @Test
    void aSiteOrMirrorFolderThatIsNotTheOneTheBuildWroteIsBuiltAgain(@TempDir Path work) throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        assertEquals(0, project.build(site).exitCode());
        Path mirror = SiteBuild.mirrorOf(site);
        ProjectCopy.copyOf(mirror, work.resolve("mirror-copy"));
        org.labourrights.site.files.FolderTree.delete(mirror);
        Files.move(work.resolve("mirror-copy"), mirror);

        ProjectCopy.Outcome rebuilt = project.build(site);

        assertFalse(rebuilt.out().contains("is up to date"), rebuilt.out());
        org.labourrights.site.files.FolderTree.delete(site);
        assertFalse(project.build(site).out().contains("is up to date"), "a deleted site");
        assertTrue(Files.isDirectory(site));
    }

    @Test
    void aPreviewOverTheSiteMakesTheNextBuildAFullOne(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        assertEquals(0, project.build(site).exitCode());

        try (LiveSite preview = LiveSite.open(project.root(), site, Instant.now(), SiteCommand.CONTENT)) {
            assertTrue(preview.build().ok());
        }
        ProjectCopy.Outcome next = project.build(site);

        assertFalse(next.out().contains("is up to date"), next.out());
        Path clean = work.resolve("clean/site");
        assertEquals(0, project.build(clean).exitCode());
        assertEquals(ProjectCopy.fingerprint(clean), ProjectCopy.fingerprint(site));
    }

    @Test
    void aFailedBuildLeavesTheSiteButNoStampSoTheNextBuildIsAFullOne(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        assertEquals(0, project.build(site).exitCode());
        String about = project.read("content/pages/about.en.md");
        Map<String, String> before = ProjectCopy.fingerprint(site);

        project.write("content/pages/about.en.md", about.replaceFirst("title:", "tittle:"));
        assertEquals(SiteCommand.CONTENT_PROBLEMS, project.build(site).exitCode());
        assertEquals(before, ProjectCopy.fingerprint(site));
        project.write("content/pages/about.en.md", about);

        ProjectCopy.Outcome next = project.build(site);
        assertEquals(0, next.exitCode(), next.err());
        assertFalse(next.out().contains("is up to date"), next.out());
        assertEquals(before, ProjectCopy.fingerprint(site));
    }

    @Test
    void contentProblemsAreToldEvenWhenAStampExists(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        SiteBuild build = new SiteBuild(SiteCommand.CONTENT);
        build.build(project.root(), site, Instant.parse("2026-06-01T12:00:00Z"), null);
        project.write("content/pages/about.en.md", project.read("content/pages/about.en.md").replaceFirst("title:", "tittle:"));

        try {
            build.build(project.root(), site, Instant.parse("2026-06-01T12:00:01Z"), null);
            throw new AssertionError("a broken file passed");
        } catch (ContentException expected) {
            assertTrue(expected.problems().stream().anyMatch(p -> p.file().equals("content/pages/about.en.md")));
        }
    }

    @Test
    void theEngineIsStartedAheadOfTheFingerprintOnlyWhenAFileWasSavedSinceTheSiteWasMade(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        AtomicInteger prepared = new AtomicInteger();
        ContentSource.Opener counted = new ContentSource.Opener() {
            @Override
            public ContentSource open(Path root, Instant now, ContentInventory inventory) {
                return SiteCommand.CONTENT.open(root, now, inventory);
            }

            @Override
            public void prepare() {
                prepared.incrementAndGet();
                SiteCommand.CONTENT.prepare();
            }
        };
        SiteBuild build = new SiteBuild(counted);
        Instant now = Instant.parse("2026-06-01T12:00:00Z");

        build.build(project.root(), site, now, null);
        assertEquals(1, prepared.get(), "a site with no stamp is built");
        assertTrue(build.build(project.root(), site, now, null).upToDate());
        assertEquals(1, prepared.get(), "nothing was saved: the site is up to date, and nothing started for it");
        project.write("content/pages/about.en.md", project.read("content/pages/about.en.md") + "\nOne more sentence.\n");
        SiteBuild.Result edited = build.build(project.root(), site, now, null);
        assertEquals(2, prepared.get(), "a file was saved");
        assertEquals(1, edited.records().read());
    }

    private static boolean anyFileHolds(Path site, String text) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html")).toList()) {
                if (Files.readString(file).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
