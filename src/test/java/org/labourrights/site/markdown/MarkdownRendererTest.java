package org.labourrights.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Language;

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
}
