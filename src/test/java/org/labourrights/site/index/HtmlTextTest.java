package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.labourrights.site.index.analysis.HtmlText;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Language;

/** The text the index and snippets see of the renderer's HTML. */
class HtmlTextTest {

    @Test
    void blocksBecomeLinesAndInlineMarkupDisappears() {
        assertEquals("Title\nOne two, three.\nItem «a»\nItem b",
                HtmlText.toText("<h2 id=\"t\">Title</h2>\n\n<p>One <strong>two</strong>, <a href=\"/x?a=1&amp;b=2\">three</a>.</p>"
                        + "<ul><li>Item &laquo;a&raquo;</li><li>Item b</li></ul>"));
    }

    @Test
    void headingsWithAnIdAreFoundAtTheStartOfTheirLine() {
        HtmlText.Sections sections = HtmlText.toSections("<p>  Lead   text. </p>\n<h2 id=\"члены\">  Члены   и участники</h2>"
                + "<p>One.</p><h3>No id</h3><h3 id=\"empty\">  </h3><h2 id=\"b\">B &amp; C</h2><p>Two.</p><h2 id=\"end\"></h2>");
        String text = sections.text();
        assertEquals("Lead text.\nЧлены и участники\nOne.\nNo id\nB & C\nTwo.", text);
        assertEquals(java.util.List.of(
                new SearchDocument.Heading(text.indexOf("Члены"), "члены"),
                // An empty heading has no line: it marks where the next line starts.
                new SearchDocument.Heading(text.indexOf("B & C"), "empty"),
                new SearchDocument.Heading(text.indexOf("B & C"), "b"),
                new SearchDocument.Heading(text.length(), "end")), sections.headings());
        assertEquals(text, HtmlText.toText("<p>  Lead   text. </p>\n<h2 id=\"члены\">  Члены   и участники</h2>"
                + "<p>One.</p><h3>No id</h3><h3 id=\"empty\">  </h3><h2 id=\"b\">B &amp; C</h2><p>Two.</p><h2 id=\"end\"></h2>"));
    }

    @Test
    void theRenderersHeadingIdsAreSlugsOfTheirTextInBothLanguages() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        String html = renderer.render("## Члены и участники\n\nТекст.\n\n## Члены и участники\n\n## What the Mission does\n", Language.RU).html();
        assertEquals(java.util.List.of("члены-и-участники", "члены-и-участники-1", "what-the-mission-does"),
                HtmlText.toSections(html).headings().stream().map(SearchDocument.Heading::id).toList());
    }

    @Test
    void referencesAreDecodedAndUnknownOnesKept() {
        assertEquals("a & b < c > d \" e ' f — g ↩ h &nosuch; i & j",
                HtmlText.toText("a &amp; b &lt; c &gt; d &quot; e &#39; f &#x2014; g &#8617; h &nosuch; i & j"));
    }

    @Test
    void tableCellsAreSeparated() {
        assertEquals("Country 12 3\nKazakhstan 4 5",
                HtmlText.toText("<table><tr><th>Country</th><th>12</th><th>3</th></tr><tr><td>Kazakhstan</td><td>4</td><td>5</td></tr></table>"));
    }

    @Test
    void footnoteMarkersCommentsAndScriptsAreDropped() {
        assertEquals("A claim.\nsource",
                HtmlText.toText("<p>A claim<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>.</p>"
                        + "<!-- note --><script>alert('x')</script><div class=\"footnotes\"><hr />"
                        + "<ol><li id=\"fn-1\"><p>source</p><a href=\"#fnref-1\" class=\"footnote-back\">&#8617;</a></li></ol></div>"));
    }

    @Test
    void quotedAttributeValuesMayHoldAngleBrackets() {
        assertEquals("link text", HtmlText.toText("<a title=\"a > b\" href='x'>link</a> text"));
    }

    @Test
    void theRenderersHtmlOfEscapedMarkupIsItsText() {
        String html = new MarkdownRenderer().render("Text with <b>tags</b> & \"quotes\"[^1].\n\n[^1]: A source.", Language.EN).html();
        assertEquals("Text with <b>tags</b> & “quotes”.\nA source.", HtmlText.toText(html));
    }
}
