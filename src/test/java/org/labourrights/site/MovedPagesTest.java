package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.DocumentText;

/**
 * A moved page keeps its old addresses: the {@code aliases:} of documents and cases become the
 * host's {@code _redirects} (301), and an alias that could not work, or would lead to two places,
 * stops the build at its file and line, leaving the site published before as it was.
 */
class MovedPagesTest {

    static final String BELARUS = "content/statements/6th-conference-2022-belarus.en.md";
    static final String BELARUS_URL = "/en/statements/6th-conference-2022-belarus/";
    static final String BKDP = "content/cases/bkdp.yaml";

    @TempDir
    static Path work;
    static Path site;
    static Map<String, String> publishedBefore;

    @BeforeAll
    static void publishTheFixtureOnce() {
        site = work.resolve("site");
        ProjectCopy.Outcome first = ProjectCopy.of(work.resolve("good")).build(site);
        assertEquals(0, first.exitCode(), first.err());
        publishedBefore = ProjectCopy.fingerprint(site);
    }

    /** The file's text with {@code field} added as the first field of its front matter, on line 2. */
    static String withFirstField(String text, String field) {
        return text.replaceFirst("^---\n", "---\n" + java.util.regex.Matcher.quoteReplacement(field) + "\n");
    }

    @Test
    void aSiteWithoutAliasesHasNoRedirectFile() {
        assertFalse(Files.exists(site.resolve("_redirects")), "no alias, no file: the site stays as it was");
    }

    @Test
    void aliasesOfPublishedPagesBecomePermanentRedirectsAndThoseOfHiddenPagesDoNot(@TempDir Path folder)
            throws IOException {
        ProjectCopy project = ProjectCopy.of(folder.resolve("project"));
        project.write(BELARUS, withFirstField(project.read(BELARUS),
                "aliases:\n  - /en/statements/belarus-2022/\n  - /en/news/bkdp-dissolved"));
        project.write(BKDP, withNewline(project.read(BKDP)) + "aliases: [/ru/cases/bkdp-old/, /en/cases/bkdp-old/]\n");
        Map.of("content/statements/fixture-draft.en.md", "/en/statements/draft-old-address/",
                "content/statements/fixture-embargoed.en.md", "/en/statements/embargoed-old-address/")
                .forEach((hidden, alias) -> project.write(hidden,
                        withFirstField(project.read(hidden), "aliases: [" + alias + "]")));
        Path built = folder.resolve("site");

        ProjectCopy.Outcome outcome = project.build(built);

        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> rules = Files.readAllLines(built.resolve("_redirects")).stream()
                .filter(line -> !line.startsWith("#")).toList();
        assertEquals(List.of(
                "/en/cases/bkdp-old/ /en/cases/bkdp/ 301",
                "/en/news/bkdp-dissolved/ " + BELARUS_URL + " 301",
                "/en/statements/belarus-2022/ " + BELARUS_URL + " 301",
                "/ru/cases/bkdp-old/ /ru/cases/bkdp/ 301"), rules);
        String all = Files.readString(built.resolve("_redirects"));
        assertFalse(all.contains("draft") || all.contains("embargoed") || all.contains("fixture-"),
                "an alias of an unpublished page would tell its address:\n" + all);
        Map<String, String> pages = ProjectCopy.fingerprint(built);
        pages.remove("_redirects");
        assertFalse(pages.keySet().stream().anyMatch(f -> f.contains("belarus-2022") || f.contains("bkdp-old")),
                "an alias is a redirect, not a copy of the page");

        // The mirror's hosts read no _redirects: each old address is a page that sends the reader on, relatively.
        Path mirror = folder.resolve("site-mirror");
        for (String rule : rules) {
            String[] parts = rule.split(" ");
            Path moved = mirror.resolve(parts[0].substring(1)).resolve("index.html");
            String page = Files.readString(moved);
            Matcher refresh = Pattern.compile("content=\"0; url=([^\"]+)\"").matcher(page);
            assertTrue(refresh.find(), moved + ":\n" + page);
            assertTrue(page.contains("<a href=\"" + refresh.group(1) + "\">"), page);
            assertEquals(mirror.resolve(parts[1].substring(1)).resolve("index.html"),
                    moved.getParent().resolve(refresh.group(1)).normalize(), rule);
            assertTrue(Files.isRegularFile(moved.getParent().resolve(refresh.group(1))), rule);
        }
        try (Stream<Path> files = Files.walk(mirror)) {
            assertFalse(files.anyMatch(f -> f.toString().contains("old-address")), "no page for a hidden page's alias");
        }
    }

    static Stream<Arguments> mistakes() {
        String moved = "content/statements/moved.en.md";
        DocumentText movedText = DocumentText.statement("Moved").with("aliases", "[/en/statements/old/]");
        int aliasLine = movedText.lineOf("aliases");
        return Stream.of(
                Arguments.of("an alias that is the address of a list of the site",
                        Map.of(moved, withAliases("[/en/statements]")),
                        moved + ":" + aliasLine + ": the alias /en/statements/ is the address of the site's page"
                                + " /en/statements/, which the host would serve instead of redirecting; remove the alias,"
                                + " or write an old address that no page has"),
                Arguments.of("an alias that is another document's address",
                        Map.of(moved, withAliases("[" + BELARUS_URL + "]")),
                        moved + ":" + aliasLine + ": the alias " + BELARUS_URL + " is the address of the page of "
                                + BELARUS + ", which the host would serve instead of redirecting"),
                Arguments.of("an alias that is a draft's address, published or not",
                        Map.of(moved, withAliases("[/en/statements/fixture-draft/]")),
                        moved + ":" + aliasLine + ": the alias /en/statements/fixture-draft/ is the address of the page"
                                + " of content/statements/fixture-draft.en.md"),
                Arguments.of("the page's own address",
                        Map.of(moved, withAliases("[/en/statements/moved/]")),
                        moved + ":" + aliasLine + ": the alias /en/statements/moved/ is this page's own address; remove it"),
                Arguments.of("an alias written twice in one file, with and without the slash",
                        Map.of(moved, withAliases("\n  - /en/statements/old/\n  - /en/statements/old")),
                        moved + ":" + (aliasLine + 2) + ": the alias /en/statements/old/ is written twice in this file"
                                + " (first on line " + (aliasLine + 1) + "); keep it once"),
                Arguments.of("an alias of another file",
                        Map.of(moved, withAliases("[/en/statements/old/]"),
                                "content/statements/moved-too.en.md", DocumentText.statement("Moved too")
                                        .with("aliases", "[/en/statements/old/]").toString()),
                        "content/statements/moved.en.md:" + aliasLine + ": the alias /en/statements/old/ is also an alias"
                                + " of content/statements/moved-too.en.md (line " + aliasLine + "), and an old address can"
                                + " lead to one page only; keep it in the file of the page that had that address"),
                Arguments.of("an alias outside the site's languages",
                        Map.of(moved, withAliases("[/de/statements/old/]")),
                        moved + ":" + aliasLine + ": '/de/statements/old/' is outside the site's languages; an alias"
                                + " begins with /ru/ or /en/, e.g. aliases: [/en/statements/old-name/]"),
                Arguments.of("an alias outside any language",
                        Map.of(moved, withAliases("[/statements/old/]")),
                        moved + ":" + aliasLine + ": '/statements/old/' is outside the site's languages"),
                Arguments.of("a Russian address in the English file",
                        Map.of(moved, withAliases("[/ru/statements/old/]")),
                        moved + ":" + aliasLine + ": '/ru/statements/old/' is a Russian address, but this file is the"
                                + " English text; write the old address of this language's page, which begins with /en/,"
                                + " e.g. aliases: [/en/statements/old-name/], and put the Russian one in the .ru.md file"),
                Arguments.of("a whole web address",
                        Map.of(moved, withAliases("[\"https://labour-rights.example/en/statements/old/\"]")),
                        moved + ":" + aliasLine + ": 'https://labour-rights.example/en/statements/old/' names a web site;"
                                + " an alias is only the path of an old address of this site, without https:// and the host"),
                Arguments.of("a path that climbs out",
                        Map.of(moved, withAliases("[/en/../admin/]")),
                        moved + ":" + aliasLine + ": '/en/../admin/' has a '.', '..' or empty ('//') part"),
                Arguments.of("a query",
                        Map.of(moved, withAliases("[\"/en/statements/old/?page=2\"]")),
                        moved + ":" + aliasLine + ": '/en/statements/old/?page=2' has a '?' or '#' part"),
                Arguments.of("a space",
                        Map.of(moved, withAliases("[\"/en/statements/old page/\"]")),
                        moved + ":" + aliasLine + ": '/en/statements/old page/' contains a space or an invisible character"),
                Arguments.of("a placeholder the host would read",
                        Map.of(moved, withAliases("[\"/en/statements/:slug/\"]")),
                        moved + ":" + aliasLine + ": '/en/statements/:slug/' contains ':', which the host reads as a"
                                + " placeholder"));
    }

    static String withAliases(String yaml) {
        return DocumentText.statement("Moved").with("aliases", yaml).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void anAliasThatCannotWorkIsRefusedAtItsLineAndNothingIsPublished(String mistake, Map<String, String> files,
                                                                     String expected, @TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder);
        files.forEach(project::write);
        assertRefused(project, expected);
    }

    @Test
    void aCasesAliasIsCheckedAtItsItemsLine(@TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder);
        String bkdp = withNewline(project.read(BKDP));
        project.write(BKDP, bkdp + "aliases:\n  - /ru/cases/bkdp-old/\n  - /de/cases/bkdp-old/\n");
        int line = (int) bkdp.lines().count() + 3;
        assertRefused(project, BKDP + ":" + line + ": '/de/cases/bkdp-old/' is outside the site's languages; an alias"
                + " begins with /ru/ or /en/, e.g. aliases: [/ru/cases/old-name/]");
    }

    @Test
    void aCaseAndADocumentCannotShareAnOldAddress(@TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder);
        String bkdp = withNewline(project.read(BKDP));
        project.write(BKDP, bkdp + "aliases: [/en/cases/bkdp-old/]\n");
        int caseLine = (int) bkdp.lines().count() + 1;
        DocumentText moved = DocumentText.statement("Moved").with("aliases", "[/en/cases/bkdp-old]");
        project.write("content/statements/moved.en.md", moved.toString());
        assertRefused(project, "content/statements/moved.en.md:" + moved.lineOf("aliases") + ": the alias"
                + " /en/cases/bkdp-old/ is also an alias of " + BKDP + " (line " + caseLine + "), and an old address can"
                + " lead to one page only; keep it in the file of the page that had that address");
    }

    @Test
    void aLinkOfTheSiteToAnOldAddressIsToldThePagesAddressNow(@TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder);
        project.write(BELARUS, withFirstField(project.read(BELARUS), "aliases: [/en/statements/belarus-2022/]"));
        DocumentText linking = DocumentText.statement("Linking").body("See [the statement](/en/statements/belarus-2022).\n");
        project.write("content/statements/linking.en.md", linking.toString());
        int bodyLine = linking.toString().split("\n").length;
        assertRefused(project, "content/statements/linking.en.md:" + bodyLine + ": the link '/en/statements/belarus-2022'"
                + " leads to an old address of a page that has moved; link to its address now: " + BELARUS_URL);
    }

    private static void assertRefused(ProjectCopy project, String expected) {
        ProjectCopy.Outcome outcome = project.build(site);

        assertEquals(SiteCommand.CONTENT_PROBLEMS, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().lines().anyMatch(line -> line.startsWith(expected)),
                () -> "expected a line starting with\n" + expected + "\nbut the build said\n" + outcome.err());
        assertTrue(outcome.err().startsWith("The site was NOT published"), outcome.err());
        assertEquals(publishedBefore, ProjectCopy.fingerprint(site), "the previously published site changed");
    }

    private static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
