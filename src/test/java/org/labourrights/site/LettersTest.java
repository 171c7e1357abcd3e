package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.fixtures.CaseText;

/**
 * How to write to a person in prison: the case page's "Write a letter" section and a printable
 * envelope page, from a case's letters block, which must name its source and can never be on a
 * case whose name is hidden. The seeds give no address, so only a made-up case of the test has one.
 */
class LettersTest {

    /** The letters block without its source: a line break first, as a block value of {@link CaseText}. */
    static final String LETTERS = String.join("\n", "",
            "  address: |",
            "    ADDRESSSENTINEL",
            "    Учреждение 0000-0, отряд 0",
            "    г. Тестовск, 000000, Казахстан",
            "  languages: [ru, kk]",
            "  reach: only_from_listed_senders",
            "  guidance:",
            "    ru: Пишите коротко и о себе; не пишите о деле.",
            "    en: Write briefly and about yourself; do not write about the case.");
    static final String SOURCE = "\n  source:\n    document: " + CaseText.KZ_STATEMENT;

    static CaseText prisoner(String id) {
        return CaseText.person(id, "Тест Тестов", "Test Testov").with("status", "imprisoned")
                .with("letters", LETTERS + SOURCE);
    }

    @Test
    void theCasePageSaysHowToWriteAndTheEnvelopePageHoldsTheAddressAsWritten(@TempDir Path work) throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        project.write("content/cases/test-prisoner.yaml", prisoner("test-prisoner").toString());
        Path site = work.resolve("site");
        ProjectCopy.Outcome outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());

        Document en = Jsoup.parse(site.resolve("en/cases/test-prisoner/index.html").toFile(), "UTF-8");
        assertEquals("Write a letter", en.select("#write").text());
        assertEquals("ADDRESSSENTINEL Учреждение 0000-0, отряд 0 г. Тестовск, 000000, Казахстан",
                en.select(".letters address").text(), "in its own script, line by line");
        assertTrue(en.select(".letters .doc-facts").text().contains("Letters may be written in Russian, Kazakh"));
        assertTrue(en.select(".letters .doc-facts").text().contains("only from people on the list of approved senders"));
        assertTrue(en.select(".letters").text().contains("do not write about the case"));
        assertEquals("/en/statements/6th-conference-2022-kazakhstan/", en.select(".letters .event-sources a").attr("href"));
        assertEquals("/en/cases/test-prisoner/envelope/", en.select(".letters a[href$=envelope/]").attr("href"));
        Document ru = Jsoup.parse(site.resolve("ru/cases/test-prisoner/index.html").toFile(), "UTF-8");
        assertTrue(ru.select(".letters .doc-facts").text().contains("русский, казахский"), ru.select(".letters").text());

        Document envelope = Jsoup.parse(site.resolve("en/cases/test-prisoner/envelope/index.html").toFile(), "UTF-8");
        assertEquals(3, envelope.select(".envelope-address br").size() + 1);
        assertFalse(Files.readString(site.resolve("sitemaps/en-cases.xml")).contains("envelope"),
                "the envelope is a tool, not a page to find");

        // Nowhere but the two pages of each language: not in the open data, the search index or the feeds.
        try (Stream<Path> files = Files.walk(site)) {
            long holding = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).contains("ADDRESSSENTINEL");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
            assertEquals(4, holding);
        }
    }

    @Test
    void aCaseWhoseNameIsHiddenCanHaveNoLettersBlock(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        CaseText hidden = prisoner("kz-case-9").with("name_display", "initials");
        project.write("content/cases/kz-case-9.yaml", hidden.toString());
        ProjectCopy.Outcome outcome = project.build(work.resolve("site"));

        assertEquals(SiteCommand.CONTENT_PROBLEMS, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("content/cases/kz-case-9.yaml:" + hidden.lineOf("letters") + ": 'letters' would publish the address of a person"
                + " whose name 'name_display: initials' hides, and an address tells who and where they are; remove the"
                + " letters block"), outcome.err());
    }

    @Test
    void aLettersBlockMustNameItsSource(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        CaseText withoutSource = prisoner("test-prisoner").with("letters", LETTERS);
        project.write("content/cases/test-prisoner.yaml", withoutSource.toString());
        ProjectCopy.Outcome outcome = project.build(work.resolve("site"));

        assertEquals(SiteCommand.CONTENT_PROBLEMS, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().lines().anyMatch(line -> line.startsWith("content/cases/test-prisoner.yaml:" + withoutSource.lineOf("letters") + ": ")
                && line.contains("source")), outcome.err());
    }
}
