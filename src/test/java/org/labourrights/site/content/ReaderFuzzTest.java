package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Languages;

/**
 * Random Markdown and YAML, built from the pieces that broke readers and renderers elsewhere
 * (deep nesting, long delimiter runs, links in every scheme and disguise, raw HTML, control and
 * invisible characters, keys written twice), fed through the document and case readers. Whatever
 * comes in, what comes out is a record with nothing live in it, or problems that each name the
 * file and a line of it; never any other exception.
 */
class ReaderFuzzTest {

    private static final String FILE = "content/statements/fuzz.en.md";
    private static final String CASE_FILE = "content/cases/fuzz-case.yaml";
    private static final DocumentReader READER = new DocumentReader(Languages.RUSSIAN_AND_ENGLISH, new MarkdownRenderer());
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    /** What bodies are made of: the constructs editors use, and those that broke renderers elsewhere. */
    private static final List<String> MARKDOWN_PIECES = List.of(
            "- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "\n", "\n\n", "    ", "  ", "\t", "*", "**", "_", "__", "~~",
            "`", "```\n", "# ", "## ", "[", "]", "(", ")", "![", "<", ">", "\"", "'", "&amp;", "&#106;", "&colon;",
            "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">",
            "\" onmouseover=\"alert(1)", "|", "| a | b |\n|---|---|\n", "---", "[^1]", "[^1]: ", "\\", "\r", "\r\n",
            "é", "Ержан", "ә қ ғ", "word", "text ", "«», ", "…", "-- ");
    /** Invisible characters, mixed in now and then. */
    private static final List<String> CONTROLS = List.of("\u0000", "\u000B", "\u001B", "\u0085", "\u200B", "\u202E",
            "\uFEFF", "\u00AD");
    /** How a scheme gets disguised: letter case, character references, tabs, backslashes. */
    private static final List<String> SCHEMES = List.of("javascript:", "JAVASCRIPT:", "JaVaScRiPt:", "java&#x09;script:",
            "&#106;avascript:", "&#x6A;avascript&colon;", "java\\tscript:", " javascript:", "vbscript:", "VBScript:",
            "data:text/html;base64,", "data:image/png;base64,", "file:///", "http://", "https://", "HTTPS://", "mailto:",
            "//", "/\\", "\\\\", "", "/", "#", "../", "?");
    private static final List<String> TARGETS = List.of("alert(1)", "tracker.example/p.png", "en/", "files/x.png",
            "en/statements/", "a@b.example", "");

    @Provide
    Arbitrary<String> links() {
        Arbitrary<String> url = Combinators.combine(Arbitraries.of(SCHEMES), Arbitraries.of(TARGETS)).as(String::concat);
        return Combinators.combine(Arbitraries.integers().between(0, 7), url).as((shape, u) -> switch (shape) {
            case 0 -> "[x](" + u + ")";
            case 1 -> "[x](<" + u + ">)";
            case 2 -> "![x](" + u + ")";
            case 3 -> "<" + u + ">";
            case 4 -> "[x][r]\n\n[r]: " + u + "\n";
            case 5 -> "![x][r]\n\n[r]: " + u + "\n";
            case 6 -> "[x](" + u + " \"title\")";
            default -> "![x](<" + u + ">)";
        });
    }

    @Property(tries = 3000)
    void aDocumentIsReadIntoARecordWithNothingLiveInItOrRefusedByLine(@ForAll("documents") String text) {
        try {
            Document document = READER.read(FILE, "statements/fuzz.en.md", text);
            Statistics.collect("published", document.bodyHtml().contains("href=") ? "with links" : "without links");
            assertHarmless(document.bodyHtml());
            assertNoControlCharacters(document.title());
            if (document.summary() != null) {
                assertNoControlCharacters(document.summary());
            }
        } catch (ContentException refused) {
            Statistics.collect("refused", refused.problems().get(0).message().split("[;(]")[0].replaceAll("'[^']*'", "…"));
            assertNamesFileAndLine(refused, FILE, text);
        }
    }

    @Property(tries = 1000)
    void aCaseFileIsReadIntoARecordWithoutItsPrivateNotesOrRefusedByLine(@ForAll("cases") String text) {
        try {
            Case c = new CaseReader(Languages.RUSSIAN_AND_ENGLISH).read(CASE_FILE, text);
            Statistics.collect("published");
            assertFalse(c.toString().contains("PRIVATESENTINEL"), c.toString());
            assertNoControlCharacters(c.toString());
        } catch (ContentException refused) {
            Statistics.collect("refused");
            assertNamesFileAndLine(refused, CASE_FILE, text);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.of(MARKDOWN_PIECES)),
                net.jqwik.api.Tuple.of(4, links()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(CONTROLS)));
        Arbitrary<String> body = Arbitraries.oneOf(
                piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces)),
                piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces)),
                Combinators.combine(Arbitraries.of(MARKDOWN_PIECES), Arbitraries.integers().between(1, 700))
                        .as((p, times) -> p.repeat(times) + "x\n"));
        Arbitrary<String> value = piece.list().ofMaxSize(5).map(pieces -> String.join("", pieces));
        Arbitrary<String> field = Combinators.combine(
                Arbitraries.of("summary", "place", "event", "countries", "tags", "slug", "embargo", "letter"),
                Arbitraries.oneOf(value.map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""), value,
                        Arbitraries.of("[KZ, kz]", "{a: 1, a: 2}", "[", "- x\n  - y", "2999-01-01T09:00:00+05:00", "-5")))
                .as((key, v) -> key + ": " + v);
        Arbitrary<String> frontMatter = field.list().ofMaxSize(3).uniqueElements(f -> f.substring(0, f.indexOf(':')))
                .map(fields -> fields.isEmpty() ? "" : String.join("\n", fields) + "\n");
        Arbitrary<String> opening = Arbitraries.frequency(net.jqwik.api.Tuple.of(8, "---\n"),
                net.jqwik.api.Tuple.of(1, "--- \n"), net.jqwik.api.Tuple.of(1, "---\r\n"), net.jqwik.api.Tuple.of(1, ""));
        Arbitrary<String> closing = Arbitraries.frequency(net.jqwik.api.Tuple.of(8, "---\n"),
                net.jqwik.api.Tuple.of(1, "--- \t\n"), net.jqwik.api.Tuple.of(1, ""), net.jqwik.api.Tuple.of(1, "---"));
        return Combinators.combine(opening, frontMatter, closing, body)
                .as((open, fields, close, text) -> open + "title: \"Fuzz\"\ndate: 2025-01-15\nstatus: published\n"
                        + "original: en\n" + fields + close + text);
    }

    @Provide
    Arbitrary<String> cases() {
        Arbitrary<String> text = Arbitraries.of(MARKDOWN_PIECES).list().ofMaxSize(5).map(pieces -> String.join("", pieces));
        Arbitrary<String> quoted = text.map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        Arbitrary<String> bilingual = Combinators.combine(quoted, quoted).as((ru, en) -> "{ru: " + ru + ", en: " + en + "}");
        Arbitrary<String> line = Arbitraries.oneOf(
                bilingual.map(b -> "role: " + b),
                bilingual.map(b -> "sentence: " + b),
                Arbitraries.of("name_display: initials", "name_display: pseudonym", "pseudonym: {ru: Имя, en: Name}",
                        "status: imprisoned", "status: jailed", "country: XX", "status_since: 2022-02-30", "kind: person",
                        "kind: person", "variants: [Other]", "photo: x.jpg", "embargo: 2999-01-01T09:00:00+05:00",
                        "private:\n  note: PRIVATESENTINEL", "private: PRIVATESENTINEL", "parent: fuzz-case",
                        "documents: [statements/x]", "events:\n  - date: 2022-11\n    type: arrest\n    type: arrest",
                        "demands:\n  - {ru: a, en: b}\n  - {ru: \"\", en: \"  \"}", "id: other", "[", "a: {b: 1, b: 2}"));
        return line.list().ofMaxSize(10).map(lines -> "id: fuzz-case\nkind: person\n"
                + "name: {ru: Ержан Тестов, en: Erzhan Testov}\ncountry: KZ\nstatus: detained\n"
                + "sources:\n  - document: statements/6th-conference-2022-kazakhstan\n" + String.join("\n", lines) + "\n");
    }

    private static void assertNamesFileAndLine(ContentException refused, String file, String text) {
        int lines = text.split("\r\n|\r|\n", -1).length;
        assertFalse(refused.problems().isEmpty());
        for (Problem problem : refused.problems()) {
            assertEquals(file, problem.file());
            assertTrue(problem.line() >= 1 && problem.line() <= lines + 1, problem + " in a file of " + lines + " lines");
            assertFalse(problem.message().isBlank());
        }
    }

    private static void assertHarmless(String html) {
        assertNoControlCharacters(html);
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            String tag = element.normalName();
            assertFalse(Set.of("script", "iframe", "object", "embed", "style", "base", "form").contains(tag), html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), html);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20\\x7F]", "").replace('\\', '/')
                        .toLowerCase(Locale.ROOT);
                if (name.equals("href") || name.equals("src")) {
                    String scheme = value.matches("^[a-z][a-z0-9+.-]*:.*") ? value.substring(0, value.indexOf(':')) : null;
                    assertTrue(scheme == null || SAFE_SCHEMES.contains(scheme), "a live link: " + html);
                    assertFalse(value.startsWith("//"), "a link to another host without its scheme: " + html);
                    if (tag.equals("img")) {
                        assertTrue(scheme == null, "a picture from another host: " + html);
                    }
                }
            }
        }
    }

    private static void assertNoControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F,
                    "U+" + Integer.toHexString(c) + " in " + text);
        }
    }
}
