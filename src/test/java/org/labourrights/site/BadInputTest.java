package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourrights.site.cli.SiteCommand;

/**
 * An editor's mistake stops the build with one line per problem, {@code file:line: what is wrong,
 * what to write instead}, exit code 1, and the site that was published before stays as it was.
 */
class BadInputTest {

    @TempDir
    static Path work;
    static Path site;
    static Map<String, String> publishedBefore;

    @BeforeAll
    static void publishTheRealSiteOnce() {
        site = work.resolve("site");
        ProjectCopy.Outcome first = ProjectCopy.of(work.resolve("good")).build(site);
        assertEquals(0, first.exitCode(), first.err());
        publishedBefore = ProjectCopy.fingerprint(site);
    }

    static String statement(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n" + body;
    }

    static final String VALID = "title: \"Statement\"\ndate: 2025-01-15\nstatus: published\noriginal: en\n";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("malformed YAML",
                        "content/statements/broken.en.md",
                        statement("title: \"Unclosed quote\ndate: 2025-01-15\nstatus: published\noriginal: en\n", "Text.\n"),
                        "content/statements/broken.en.md:2: this is not valid YAML"),
                Arguments.of("missing required field",
                        "content/statements/no-original.en.md",
                        statement("title: \"Statement\"\ndate: 2025-01-15\nstatus: published\n", "Text.\n"),
                        "content/statements/no-original.en.md:1: the required field 'original' is missing; add it"
                                + " between the two '---' lines at the top of the file, e.g. original: ru (in the web"
                                + " editor: fill it in for this file's language)"),
                Arguments.of("unknown language suffix",
                        "content/statements/greeting.de.md",
                        statement(VALID, "Text.\n"),
                        "content/statements/greeting.de.md:1: unknown language suffix '.de.md'; the site is in Russian"
                                + " and English: rename it to greeting.ru.md or greeting.en.md"),
                Arguments.of("unknown section",
                        "content/statments/greeting.en.md",
                        statement(VALID, "Text.\n"),
                        "content/statments/greeting.en.md:1: unknown section 'statments' (did you mean 'statements'?);"
                                + " move the file into one of: resolutions, statements, declarations, reports, news, campaigns, pages"),
                Arguments.of("bad date",
                        "content/statements/bad-date.en.md",
                        statement("title: \"Statement\"\ndate: 2025-02-30\nstatus: published\noriginal: en\n", "Text.\n"),
                        "content/statements/bad-date.en.md:3: '2025-02-30' is not a real date; write the date as"
                                + " YYYY-MM-DD (2025-12-15), or only YYYY-MM or YYYY when the source gives no more,"
                                + " or 'unknown' when it gives none"),
                Arguments.of("unknown country code",
                        "content/statements/country.en.md",
                        statement(VALID + "countries: [KZ, XK1]\n", "Text.\n"),
                        "content/statements/country.en.md:6: unknown country code 'XK1'; use the ISO 3166 two-letter"
                                + " code, e.g. KZ Kazakhstan, KG Kyrgyzstan, UZ Uzbekistan, TJ Tajikistan,"
                                + " TM Turkmenistan, BY Belarus, RU Russia"),
                Arguments.of("two files claiming the same address",
                        "content/statements/second-name.en.md",
                        statement(VALID + "slug: 6th-conference-2022-belarus\n", "Text.\n"),
                        "content/statements/second-name.en.md:6: this file and"
                                + " content/statements/6th-conference-2022-belarus.en.md both claim the address"
                                + " /en/statements/6th-conference-2022-belarus/; give one of them another file name or"
                                + " another 'slug:'"),
                Arguments.of("a translation whose original disagrees with its pair",
                        "content/statements/pair.ru.md",
                        null,
                        "content/statements/pair.en.md:5: 'original: en' disagrees with its translation"
                                + " content/statements/pair.ru.md, which says 'original: ru'; both files must name the"
                                + " language the document was first written in"),
                Arguments.of("a link to a page that does not exist",
                        "content/statements/linking.en.md",
                        statement(VALID, "See [the resolution](/en/resolutions/no-such-resolution/).\n"),
                        "content/statements/linking.en.md:7: the link '/en/resolutions/no-such-resolution/' leads to no"
                                + " page of the site"),
                Arguments.of("a tag outside the vocabulary",
                        "content/statements/tagged.en.md",
                        statement(VALID + "tags: [strike]\n", "Text.\n"),
                        "content/statements/tagged.en.md:6: unknown tag 'strike' (did you mean 'strikes'?); use a tag"
                                + " listed in content/data/tags.yaml, or add it there with its Russian and English names"),
                Arguments.of("a document naming a case that does not exist",
                        "content/statements/naming.en.md",
                        statement(VALID + "cases: [erzhan-elshibaev]\n", "Text.\n"),
                        "content/statements/naming.en.md:6: unknown case 'erzhan-elshibaev' (did you mean"
                                + " 'erzhan-elshibayev'?); a case is named by its file in content/cases/ without .yaml"),
                Arguments.of("a case file breaking the schema",
                        "content/cases/erzhan-elshibayev.yaml",
                        null,
                        "content/cases/erzhan-elshibayev.yaml:"),
                Arguments.of("a campaign field outside a campaign",
                        "content/statements/lettered.en.md",
                        statement(VALID + "letter: \"Dear…\"\n", "Text.\n"),
                        "content/statements/lettered.en.md:6: 'letter' is only for campaigns; move the file to"
                                + " content/campaigns/ or remove the field"),
                Arguments.of("a misspelt field",
                        "content/statements/typo.en.md",
                        statement(VALID + "sumary: \"Short\"\n", "Text.\n"),
                        "content/statements/typo.en.md:6: unknown field 'sumary' (did you mean 'summary'?)"),
                Arguments.of("a second page title in the body",
                        "content/statements/two-titles.en.md",
                        statement(VALID, "\n# Statement\n\nText.\n"),
                        "content/statements/two-titles.en.md:8: '# Statement' would be a second page title (the title"
                                + " comes from 'title:'); write '## Statement' instead"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsReportedByFileAndLineAndNothingIsPublished(String mistake, String file, String text, String expected,
                                                             @TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder);
        if (text != null) {
            project.write(file, text);
        } else if (file.endsWith(".yaml")) {
            project.write(file, project.read(file).replace("status: imprisoned", "status: jailed"));
        } else {
            project.write("content/statements/pair.en.md", statement(VALID, "Text.\n"));
            project.write("content/statements/pair.ru.md",
                    statement("title: \"Заявление\"\ndate: 2025-01-15\nstatus: published\noriginal: ru\n", "Текст.\n"));
        }

        ProjectCopy.Outcome outcome = project.build(site);

        assertEquals(SiteCommand.CONTENT_PROBLEMS, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().lines().anyMatch(line -> line.startsWith(expected)),
                () -> "expected a line starting with\n" + expected + "\nbut the build said\n" + outcome.err());
        assertTrue(outcome.err().startsWith("The site was NOT published"), outcome.err());
        assertEquals(publishedBefore, ProjectCopy.fingerprint(site), "the previously published site changed");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst(@TempDir Path folder) {
        ProjectCopy project = ProjectCopy.of(folder);
        project.write("content/news/one.en.md", statement("title: \"One\"\ndate: 2025-13-01\nstatus: published\noriginal: en\n", ""));
        project.write("content/news/two.en.md", statement("title: \"Two\"\ndate: 2025-01-01\nstatus: done\noriginal: en\n", ""));

        ProjectCopy.Outcome outcome = project.build(site);

        assertTrue(outcome.err().contains("The site was NOT published: 2 problems"), outcome.err());
        assertTrue(outcome.err().contains("content/news/one.en.md:3: '2025-13-01' is not a real date"), outcome.err());
        assertTrue(outcome.err().contains("content/news/two.en.md:4: status 'done' is not known; write 'status: published'"),
                outcome.err());
    }

    @Test
    void theRealProcessExitsNonZero(@TempDir Path folder) throws Exception {
        ProjectCopy project = ProjectCopy.of(folder);
        project.write("content/statements/broken.en.md", statement("title: [unclosed\n", ""));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SiteCommand.class.getName(), "build",
                project.root().toString(), folder.resolve("out").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(SiteCommand.CONTENT_PROBLEMS, process.waitFor(), output);
        assertTrue(output.contains("content/statements/broken.en.md:2: this is not valid YAML"), output);
        assertTrue(!java.nio.file.Files.exists(folder.resolve("out")), "nothing may be written for broken content");
    }
}
