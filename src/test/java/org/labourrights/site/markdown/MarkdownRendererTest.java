package org.labourrights.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

class MarkdownRendererTest {

    final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void quotesAreTypographicInEachLanguage() {
        assertEquals("<p>Фестиваль «Бир Дуйно»</p>\n", markdown.render("Фестиваль \"Бир Дуйно\"", Language.RU).html());
        assertEquals("<p>The festival “Bir Duino”</p>\n", markdown.render("The festival \"Bir Duino\"", Language.EN).html());
    }

    @Test
    void nothingAnEditorWritesCanRunAScript() {
        String html = markdown.render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=x>b</b>",
                Language.EN).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void tablesFootnotesAndHeadingAnchorsWork() {
        String html = markdown.render("## Demands\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Source.\n",
                Language.EN).html();
        assertTrue(html.contains("<h2 id=\"demands\">Demands</h2>"), html);
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("class=\"footnote-ref\""), html);
    }

    @Test
    void linksAndTitleHeadingsAreFoundWithTheirLines() {
        MarkdownRenderer.Rendered rendered = markdown.render("Intro\n\n# Oops\n\nSee [it](/en/statements/x/).\n",
                Language.EN);
        assertEquals(List.of(new MarkdownRenderer.Reference(4, "/en/statements/x/")), rendered.links());
        assertEquals(List.of(new MarkdownRenderer.Reference(2, "Oops")), rendered.titleHeadings());
    }

    /** What the synthetic corpus and most real documents are made of: each is written directly. */
    static final String EVERYDAY_BODY = """
            Независимые профсоюзы сталкиваются с "препятствиями" -- и 'давлением' --- снова...

            ## Рекомендации

            ## Рекомендации

            Ранее Миссия писала в материале "[Заявление о «правах»](/ru/statements/x-00131/)" и **отдельно** *здесь*.
            Вторая строка абзаца  
            и жёсткий перенос.

            | Страна | Случаев | Исков |
            |---|--:|:-:|
            | Беларусь | 15 | 12 |
            | **Всего** | 32 | [19](https://example.org/a?b=1) |

            Правительству следует:

            - освободить <политзаключённых> & "активистов";
            - прекратить преследование.

            1. упростить процедуру;
            2. погасить задолженность.
            """;

    @Test
    void everydayBodiesAreWrittenDirectlyWithFlexmarksBytes() {
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            assertTrue(markdown.writesDirectly(EVERYDAY_BODY, language));
            assertEquals(markdown.flexmarkHtml(EVERYDAY_BODY, language), markdown.render(EVERYDAY_BODY, language).html());
        }
    }

    @Test
    void everyRealDocumentRendersAsFlexmarkRendersIt() throws IOException {
        int direct = 0;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String body = text.substring(text.indexOf("\n---\n", 4) + 5);
                Language language = file.toString().contains(".ru.") ? Language.RU : Language.EN;
                assertEquals(markdown.flexmarkHtml(body, language), markdown.render(body, language).html(), file.toString());
                direct += markdown.writesDirectly(body, language) ? 1 : 0;
            }
        }
        assertTrue(direct > 0, "no real document was written directly");
    }

    @Test
    void constructsOnlyFlexmarkWritesFallBackToIt() {
        List<String> bodies = List.of("> quote", "Text[^1]\n\n[^1]: note", "    code", "- loose\n\n- list",
                "3. from three", "[t](/x/ \"title\")", "[j](javascript:alert(1))", "&copy; \\*x\\*", "<https://a.org/>",
                "![i](/a.png)", "| A | B |\n|---|---|\n| wide ||");
        for (String body : bodies) {
            assertFalse(markdown.writesDirectly(body, Language.EN), body);
            assertEquals(markdown.flexmarkHtml(body, Language.EN), markdown.render(body, Language.EN).html(), body);
        }
    }
}
