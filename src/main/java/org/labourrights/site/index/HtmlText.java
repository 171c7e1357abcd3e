package org.labourrights.site.index;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plain text of the HTML our Markdown renderer writes, for the search index and snippets.
 *
 * <p>Block elements become line breaks and table cells spaces, so that words of neighbouring
 * blocks never run together; comments, scripts and styles are dropped, and so are footnote
 * markers and back-links (a "1" glued to the word before it, or an arrow, would be indexed as
 * text). Character references are decoded: numeric ones all, named ones as far as the renderer
 * and editors use them; an unknown name is kept as written.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "table", "tbody", "thead", "tfoot", "tr", "ul");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template");
    private static final Set<String> SKIPPED_CLASSES = Set.of("footnote-ref", "footnote-back", "footnote-backref");

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("shy", "\u00ad"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bdquo", "„"), Map.entry("sbquo", "‚"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("deg", "°"),
            Map.entry("times", "×"), Map.entry("minus", "−"), Map.entry("middot", "·"), Map.entry("bull", "•"),
            Map.entry("sect", "§"), Map.entry("numero", "№"), Map.entry("euro", "€"), Map.entry("thinsp", "\u2009"),
            Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"));

    private final String html;
    private final StringBuilder out;
    private int at;

    private HtmlText(String html) {
        this.html = html;
        this.out = new StringBuilder(html.length());
    }

    /** The text of {@code html}: no tags, references decoded, blocks on lines of their own, trimmed. */
    public static String toText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        HtmlText converter = new HtmlText(html);
        converter.convert();
        return tidy(converter.out);
    }

    private void convert() {
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '<') {
                markup();
            } else if (c == '&') {
                reference();
            } else {
                int run = at;
                while (at < html.length() && html.charAt(at) != '<' && html.charAt(at) != '&') {
                    at++;
                }
                out.append(html, run, at);
            }
        }
    }

    /** A tag, comment or declaration starting at '<'; a '<' that starts none of them is text. */
    private void markup() {
        if (html.startsWith("<!--", at)) {
            int end = html.indexOf("-->", at + 4);
            at = end < 0 ? html.length() : end + 3;
            return;
        }
        Tag tag = Tag.parse(html, at);
        if (tag == null) {
            out.append('<');
            at++;
            return;
        }
        at = tag.end();
        if (!tag.closing() && (SKIPPED.contains(tag.name()) || hasSkippedClass(tag))) {
            at = endOfElement(tag.name(), at);
            return;
        }
        if (BLOCKS.contains(tag.name())) {
            out.append('\n');
        } else if (CELLS.contains(tag.name())) {
            out.append(' ');
        }
    }

    private static boolean hasSkippedClass(Tag tag) {
        for (String name : tag.attribute("class").split("\\s+")) {
            if (SKIPPED_CLASSES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Where the element opened just before {@code from} ends, counting nested elements of its name. */
    private int endOfElement(String name, int from) {
        int depth = 1;
        int position = from;
        while (position < html.length()) {
            int open = html.indexOf('<', position);
            if (open < 0) {
                return html.length();
            }
            Tag tag = Tag.parse(html, open);
            if (tag == null) {
                position = open + 1;
                continue;
            }
            position = tag.end();
            if (tag.name().equals(name) && !tag.selfClosing()) {
                depth += tag.closing() ? -1 : 1;
                if (depth == 0) {
                    return position;
                }
            }
        }
        return html.length();
    }

    /** A character reference at '&': decoded if known, otherwise the '&' is text. */
    private void reference() {
        int semicolon = html.indexOf(';', at + 1);
        if (semicolon < 0 || semicolon - at > 32) {
            out.append('&');
            at++;
            return;
        }
        String name = html.substring(at + 1, semicolon);
        String decoded = decode(name);
        if (decoded == null) {
            out.append('&');
            at++;
            return;
        }
        out.append(decoded);
        at = semicolon + 1;
    }

    private static String decode(String name) {
        if (name.startsWith("#")) {
            try {
                int codePoint = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                if (codePoint == 0 || !Character.isValidCodePoint(codePoint)
                        || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    return "\uFFFD";
                }
                return new String(Character.toChars(codePoint));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    /** Lines trimmed, spaces and tabs collapsed, blank lines dropped: one block of text a line. */
    private static String tidy(CharSequence text) {
        StringBuilder result = new StringBuilder(text.length());
        for (String line : text.toString().split("\n")) {
            String trimmed = line.replaceAll("[ \t\r]+", " ").strip();
            if (!trimmed.isEmpty()) {
                result.append(result.length() == 0 ? "" : "\n").append(trimmed);
            }
        }
        return result.toString();
    }

    /** One start or end tag: its lower-case name, where it ends, and its raw attribute text. */
    private record Tag(String name, boolean closing, boolean selfClosing, int end, String attributes) {

        /** The tag starting at {@code start} (which holds '<'), or null if none starts there. */
        static Tag parse(String html, int start) {
            int position = start + 1;
            boolean closing = position < html.length() && html.charAt(position) == '/';
            if (closing) {
                position++;
            }
            int nameStart = position;
            while (position < html.length() && isNameChar(html.charAt(position))) {
                position++;
            }
            if (position == nameStart || !Character.isLetter(html.charAt(nameStart))) {
                return null;
            }
            String name = html.substring(nameStart, position).toLowerCase(Locale.ROOT);
            int attributesStart = position;
            char quote = 0;
            while (position < html.length()) {
                char c = html.charAt(position);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    String attributes = html.substring(attributesStart, position);
                    return new Tag(name, closing, attributes.endsWith("/"), position + 1, attributes);
                }
                position++;
            }
            return null;
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == ':';
        }

        /** The value of an attribute, or the empty string; enough for class="a b". */
        String attribute(String wanted) {
            int position = 0;
            while (position < attributes.length()) {
                while (position < attributes.length() && !Character.isLetter(attributes.charAt(position))) {
                    position++;
                }
                int nameStart = position;
                while (position < attributes.length() && isNameChar(attributes.charAt(position))) {
                    position++;
                }
                String name = attributes.substring(nameStart, position).toLowerCase(Locale.ROOT);
                while (position < attributes.length() && attributes.charAt(position) == ' ') {
                    position++;
                }
                if (position >= attributes.length() || attributes.charAt(position) != '=') {
                    if (position == nameStart) {
                        position++;
                    }
                    continue;
                }
                position++;
                while (position < attributes.length() && attributes.charAt(position) == ' ') {
                    position++;
                }
                String value;
                if (position < attributes.length() && (attributes.charAt(position) == '"' || attributes.charAt(position) == '\'')) {
                    char quote = attributes.charAt(position);
                    int close = attributes.indexOf(quote, position + 1);
                    close = close < 0 ? attributes.length() : close;
                    value = attributes.substring(position + 1, close);
                    position = close + 1;
                } else {
                    int valueStart = position;
                    while (position < attributes.length() && !Character.isWhitespace(attributes.charAt(position))) {
                        position++;
                    }
                    value = attributes.substring(valueStart, position);
                }
                if (name.equals(wanted)) {
                    return value;
                }
            }
            return "";
        }
    }
}
