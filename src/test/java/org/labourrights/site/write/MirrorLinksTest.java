package org.labourrights.site.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the mirror writes a page's and a style sheet's addresses again, relative to the page's folder. */
class MirrorLinksTest {

    private static String page(String html, String folder) {
        return new String(MirrorCopy.html(html.getBytes(StandardCharsets.UTF_8), folder), StandardCharsets.UTF_8);
    }

    private static String style(String css, String folder) {
        return new String(MirrorCopy.css(css.getBytes(StandardCharsets.UTF_8), folder), StandardCharsets.UTF_8);
    }

    @Test
    void aRootAbsoluteLinkClimbsFromThePagesFolderAndAFolderGetsItsIndexFile() {
        assertEquals("<a href=\"../../en/cases/index.html#kz\">Дела</a>",
                page("<a href=\"/en/cases/#kz\">Дела</a>", "/ru/cases/"));
        assertEquals("<img src=\"../assets/x.png\" alt=\"Жанаозен\">",
                page("<img src=\"/assets/x.png\" alt=\"Жанаозен\">", "/ru/"));
    }

    @Test
    void anotherHostsAddressStays() {
        String html = "<link rel=\"canonical\" href=\"https://example.org/ru/\"><a href=\"//host.example/x/\">x</a>";
        assertEquals(html, page(html, "/ru/"));
    }

    @Test
    void theSearchPagesIndexFolderAndPicturesSourcesAreRelativeToo() {
        assertEquals("<div data-index=\"../../search/abc/\" data-index-form=\"script\"></div>",
                page("<div data-index=\"/search/abc/\"></div>", "/ru/search/"));
        assertEquals("<img srcset=\"../a.png 1x, ../b.png 2x\">", page("<img srcset=\"/a.png 1x, /b.png 2x\">", "/ru/"));
    }

    @Test
    void onlyLinkAttributesChangeAndANameGluedToAWordIsNoAttribute() {
        String html = "<p>словоhref=\"/ru/\" и x=\"/y/\"</p><p data-x=\"/ru/\">текст</p>";
        assertEquals(html, page(html, "/ru/"));
    }

    @Test
    void aStyleSheetsUrlsAreRelativeWithOrWithoutQuotes() {
        assertEquals("a{background:url(../img/a.png)} b{background:url( '../img/b.png')} c{src:url(\"data:x\")}",
                style("a{background:url(/img/a.png)} b{background:url( '/img/b.png')} c{src:url(\"data:x\")}", "/assets/"));
    }
}
