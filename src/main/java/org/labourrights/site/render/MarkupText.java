package org.labourrights.site.render;

/**
 * Text made safe to print inside HTML or SVG markup that the build writes itself (the charts,
 * the map, the editors' pages), outside Freemarker's own escaping: content's names and titles
 * must never become markup.
 */
public final class MarkupText {

    private MarkupText() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
