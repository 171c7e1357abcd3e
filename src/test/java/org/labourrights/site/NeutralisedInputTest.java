package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.fixtures.Edits;
import org.labourrights.site.fixtures.HostileInputs;

/**
 * What may be published once made harmless, all committed at once to a copy of the real project
 * and built; then every file of the site (pages, feeds, sitemaps, search index, open data, admin)
 * is read for what must never be in it: script that runs, an address of another host that a
 * browser would load, an invisible control character, a protected name, picture metadata.
 */
class NeutralisedInputTest {

    static final String SCRIPT = "<script>alert('SCRIPTSENTINEL')</script>";
    static final String METADATA = "GPSSENTINEL 43.3500N 52.8500E";

    @TempDir
    static Path work;
    static Path site;
    static ProjectCopy.Outcome outcome;
    static final List<Path> files = new ArrayList<>();

    @BeforeAll
    static void buildWithEveryNeutralisedInput() throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Edits edits = new Edits(project.root());
        edits.write("content/statements/raw-html.en.md", DocumentText.statement("Raw <script>alert(1)</script> & ]]> title")
                .with("summary", DocumentText.quoted("<img src=x onerror=alert(1)> summary"))
                .body(SCRIPT + "\n\n<img src=\"https://tracker.example/p.png\" onerror=\"alert(1)\">\n\n"
                        + "<a href=\"javascript:alert(1)\">raw link</a>\n\n"
                        + "[titled](/en/ \"a\\\" onmouseover=\\\"alert(1)\")\n\n"
                        + "The word javascript:alert(1) as text, [a site](https://example.org/) and"
                        + " [a mailbox](mailto:mission@example.org) and [plain http](http://example.org/).\n\n"
                        + "![A map](/files/map.png) ![A photo](/files/photo.jpg) [The report](/files/report.pdf)\n")
                .toString());
        edits.write("content/statements/old-mac.en.md", DocumentText.statement("Old Mac line endings")
                .body("First line.\n\nSecond [link](/en/).\n").toString().replace('\n', '\r'));
        edits.write("content/statements/spaced.en.md", DocumentText.statement("Delimiters with trailing spaces")
                .toString().replace("---\n", "--- \t\n"));
        edits.write("content/campaigns/escaping.en.md", DocumentText.statement("Escaping campaign")
                .with("cases", "[erzhan-elshibayev]").with("opens", "2025-01-15").with("state", "open")
                .with("addressees", "\n  - name: \"<b>The</b> Government\"\n    email: \"gov@example.kz\"")
                .with("letter_subject", DocumentText.quoted("Subject</title>" + SCRIPT))
                .with("letter", DocumentText.quoted("Dear </textarea>" + SCRIPT + " Sirs")).toString());
        // A document out in Russian only, its English still a draft, and a case that cites it.
        edits.write("content/statements/russian-only.ru.md", DocumentText.russian("Только по-русски").toString());
        edits.write("content/statements/russian-only.en.md", DocumentText.statement("Russian only")
                .with("original", "ru").with("status", "draft").toString());
        edits.write("content/cases/kz-case-77.yaml", HostileInputs.hiddenCase("kz-case-77", "Задержана.", "Detained.")
                .replace("sources:\n  - document: statements/6th-conference-2022-kazakhstan\n",
                        "sources:\n  - document: statements/russian-only\n")
                + "organisation: {ru: \"=HYPERLINK(\\\"http://x.example\\\")\", en: \"=HYPERLINK(\\\"http://x.example\\\")\"}\n"
                + "role: {ru: \"+SUM(1;2)\", en: \"@cmd\"}\n"
                + "sentence: {ru: \"-2+3\", en: \"-2+3\"}\n"
                + "private:\n  lawyer: PRIVATESENTINEL +7 700 000 00 00\n");
        edits.bytes("content/files/map.png", pngWith(METADATA));
        edits.bytes("content/files/photo.jpg", jpegWith(METADATA));
        edits.bytes("content/files/report.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        site = work.resolve("site");
        outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
    }

    @Test
    void noPageOrFeedCarriesScriptThatRunsOrLoadsFromAnotherHost() throws IOException {
        int pages = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html") && !file.startsWith(site.resolve("admin/decap"))) {
                pages++;
                checkMarkup(file, Files.readString(file));
            } else if (name.endsWith(".xml")) {
                // Feed readers draw what an Atom element marked type="html" holds; the rest is text.
                var elements = parseXml(file).getElementsByTagName("*");
                for (int i = 0; i < elements.getLength(); i++) {
                    org.w3c.dom.Element element = (org.w3c.dom.Element) elements.item(i);
                    if (element.getAttribute("type").equals("html")) {
                        checkMarkup(file, element.getTextContent());
                    }
                }
            }
        }
        assertTrue(pages > 100, "the site was read: " + pages + " pages");
    }

    @Test
    void theEditorsMarkupIsShownAsTextNotRun() throws IOException {
        String page = Files.readString(site.resolve("en/statements/raw-html/index.html"));
        assertTrue(page.contains("&lt;script&gt;alert('SCRIPTSENTINEL')&lt;/script&gt;")
                || page.contains("&lt;script&gt;alert(&#39;SCRIPTSENTINEL&#39;)&lt;/script&gt;"), page);
        assertTrue(page.contains("<a href=\"https://example.org/\">a site</a>"));
        assertTrue(page.contains("<a href=\"mailto:mission@example.org\">a mailbox</a>"));
        assertTrue(page.contains("<img src=\"/files/map.png\" alt=\"A map\""), "the site's own picture is shown");
    }

    @Test
    void everyFeedAndSitemapIsWellFormedXml() {
        long checked = files.stream().filter(f -> f.toString().endsWith(".xml")).peek(NeutralisedInputTest::parseXml).count();
        assertTrue(checked > 10);
    }

    @Test
    void noFileHoldsAnInvisibleControlCharacter() throws IOException {
        for (Path file : files) {
            if (isText(file)) {
                String text = Files.readString(file);
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        fail(site.relativize(file) + " holds U+" + String.format(Locale.ROOT, "%04X", (int) c));
                    }
                }
            }
        }
    }

    @Test
    void aHiddenNameAndPrivateNotesAreNowhereInTheSite() throws IOException {
        assertTrue(Files.exists(site.resolve("en/cases/kz-case-77/index.html")), "the case is published");
        List<String> words = List.of("Зарин", "Тестов", "Zarin", "Testov", "PRIVATESENTINEL");
        for (Path file : files) {
            if (isText(file) || file.toString().endsWith(".json")) {
                String text = Files.readString(file);
                for (String word : words) {
                    assertFalse(text.contains(word), site.relativize(file) + " holds '" + word + "'");
                }
            }
        }
        assertTrue(Files.readString(site.resolve("en/cases/kz-case-77/index.html")).contains("<h1>Z. T.</h1>"));
    }

    @Test
    void cellsASpreadsheetWouldRunAreWrittenAsText() throws IOException {
        String csv = Files.readString(site.resolve("data/cases.csv"));
        String row = csv.lines().filter(line -> line.startsWith("kz-case-77,")).findFirst().orElseThrow();
        assertTrue(row.contains(",\"'@cmd\",\"'+SUM(1;2)\",\"'=HYPERLINK(\"\"http://x.example\"\")\",\"'=HYPERLINK("), row);
        assertTrue(row.contains(",\"'-2+3\","), row);
        for (String cell : row.split(",")) {
            assertFalse(Set.of('=', '+', '-', '@').contains(cell.isEmpty() ? ' ' : cell.charAt(0)), row);
        }
    }

    @Test
    void aCaseCitingADocumentPublishedInRussianOnlyCitesTheRussianPage() throws IOException {
        String json = Files.readString(site.resolve("data/cases.json"));
        assertTrue(json.contains("/ru/statements/russian-only/"), "cited in the open data");
        assertFalse(Files.exists(site.resolve("en/statements/russian-only")), "the English draft stays unpublished");
    }

    @Test
    void picturesArePublishedWithoutTheirMetadata() throws IOException {
        for (String picture : List.of("files/map.png", "files/photo.jpg")) {
            byte[] published = Files.readAllBytes(site.resolve(picture));
            assertFalse(new String(published, StandardCharsets.ISO_8859_1).contains("GPSSENTINEL"), picture);
            assertEquals(4, ImageIO.read(new ByteArrayInputStream(published)).getWidth(), picture + " is still a picture");
        }
        assertTrue(Files.readString(site.resolve("files/report.pdf")).startsWith("%PDF-"));
    }

    private static void checkMarkup(Path file, String html) {
        String where = site.relativize(file).toString();
        for (Element element : Jsoup.parse(html).getAllElements()) {
            String tag = element.normalName();
            assertFalse(Set.of("iframe", "object", "embed", "frame", "base").contains(tag), where + ": <" + tag + ">");
            if (tag.equals("script")) {
                String src = element.attr("src");
                assertTrue(!src.isEmpty() && !src.contains(":") && !src.startsWith("//") && element.data().isBlank(),
                        where + ": a script that is not one of the site's own files: " + element);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), where + ": an event handler " + element);
                if (Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "srcset").contains(name)) {
                    // "data:," is the empty icon our admin page names so that browsers ask the server for none.
                    assertFalse(value.matches("^[a-z][a-z0-9+.-]*:.*") && !value.matches("^(https?|mailto):.*")
                            && !value.equals("data:,"), where + ": " + element);
                    boolean loads = !(tag.equals("a") || (tag.equals("link") && !element.attr("rel").contains("stylesheet")
                            && !element.attr("rel").contains("icon")) || tag.equals("form"));
                    if (loads && !value.equals("data:,")) {
                        assertTrue(value.startsWith("/") && !value.startsWith("//") || !value.contains(":") && !value.startsWith("//"),
                                where + ": loads from another host: " + element);
                    }
                }
            }
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".csv") || name.endsWith(".txt")
                || name.endsWith(".yml") || name.endsWith(".css");
    }

    private static org.w3c.dom.Document parseXml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(site.relativize(file) + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A 4×4 PNG carrying {@code text} in a tEXt chunk, as cameras and editors write a location. */
    static byte[] pngWith(String text) throws IOException {
        byte[] png = encoded("png");
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(new byte[] {0, 0, 0, (byte) data.length});
        byte[] typed = new byte[4 + data.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, typed, 0, 4);
        System.arraycopy(data, 0, typed, 4, data.length);
        chunk.write(typed);
        CRC32 crc = new CRC32();
        crc.update(typed);
        long value = crc.getValue();
        chunk.write(new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
        // After the signature (8) and the header chunk (25).
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.write(chunk.toByteArray());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A 4×4 JPEG carrying {@code text} in an APP1 (EXIF) segment. */
    static byte[] jpegWith(String text) throws IOException {
        byte[] jpeg = encoded("jpg");
        byte[] exif = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)});
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] encoded(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
