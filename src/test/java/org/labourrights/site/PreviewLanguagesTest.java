package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.Edits;
import org.labourrights.site.preview.LiveSite;

/**
 * A language added to site.yaml, or taken out, while the preview runs: the site is read again in
 * the new languages, as a restart would, and no page of a language taken out stays. On the
 * fixture project, with the files of {@link ThirdLanguageTest#OVERLAY} saved in one go.
 */
class PreviewLanguagesTest {

    private static final List<String> KAZAKH_FILES = List.of("content/data/tags.yaml", "content/pages/about.kk.md",
            "templates/i18n/kk.properties", "content/data/site.yaml");

    @Test
    void aLanguageAddedToSiteYamlIsPublishedAndOnceTakenOutLeavesNoPage(@TempDir Path folder) throws IOException {
        ProjectCopy project = ProjectCopy.of(folder.resolve("project"));
        Path site = folder.resolve("site");
        try (LiveSite live = LiveSite.open(project.root(), site, Instant.parse("2026-12-04T00:00:00Z"), SiteCommand.CONTENT)) {
            assertTrue(live.build().ok());
            assertFalse(Files.exists(site.resolve("kk")));

            Edits edits = new Edits(project.root());
            for (String file : KAZAKH_FILES) {
                edits.write(file, file.endsWith(".properties")
                        ? project.read("templates/i18n/en.properties").replace("lang.self=English", "lang.self=Қазақша")
                                + "case.untranslated.ru=This case is not yet written in Kazakh: its texts are in Russian.\n"
                        : Files.readString(ThirdLanguageTest.OVERLAY.resolve(file)));
            }
            apply(live);
            assertTrue(Files.exists(site.resolve("kk/pages/about/index.html")), "the Kazakh page is published");
            assertEquals(List.of("/ru/pages/about/", "/kk/pages/about/"), switcher(site, "en/pages/about"));

            edits.revert();
            apply(live);
            assertFalse(Files.exists(site.resolve("kk")), "no Kazakh page stays");
            assertEquals(List.of("/ru/pages/about/"), switcher(site, "en/pages/about"));
        }
    }

    private static void apply(LiveSite live) {
        LiveSite.Update update = live.apply(KAZAKH_FILES.stream().map(Path::of).toList());
        assertTrue(update.ok(), update.problems().toString());
    }

    private static List<String> switcher(Path site, String page) throws IOException {
        return Jsoup.parse(site.resolve(page).resolve("index.html").toFile(), "UTF-8").select(".switcher a").eachAttr("href");
    }
}
