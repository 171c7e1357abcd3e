package org.labourrights.site.index.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.index.SearchDocument.Heading;

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
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
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
    /** The text so far: never longer than the HTML, as no markup or reference is shorter than what it becomes. */
    private final char[] out;
    private int size;
    private int at;
    /** Where each heading with an id starts in {@link #out}, until {@link #tidy} moves them to the tidied text. */
    private int[] headingStarts = new int[0];
    private final List<String> headingIds = new ArrayList<>();

    private HtmlText(String html) {
        this.html = html;
        this.out = new char[html.length()];
    }

    /** The text of {@code html}: no tags, references decoded, blocks on lines of their own, trimmed. */
    public static String toText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        HtmlText converter = new HtmlText(html);
        converter.convert();
        return new String(converter.out, 0, tidy(converter.out, converter.size));
    }

    /** The text of {@code html} and its headings: those with an id, as a page links to them. */
    public record Sections(String text, List<Heading> headings) { }

    /** {@link #toText}, with where each heading that has an id starts in the text. */
    public static Sections toSections(String html) {
        if (html == null || html.isEmpty()) {
            return new Sections("", List.of());
        }
        HtmlText converter = new HtmlText(html);
        converter.convert();
        int[] starts = java.util.Arrays.copyOf(converter.headingStarts, converter.headingIds.size());
        String text = new String(converter.out, 0, tidy(converter.out, converter.size, starts));
        List<Heading> headings = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            headings.add(new Heading(starts[i], converter.headingIds.get(i)));
        }
        return new Sections(text, List.copyOf(headings));
    }

    private void convert() {
        int length = html.length();
        int nextTag = html.indexOf('<');
        int nextReference = html.indexOf('&');
        while (at < length) {
            if (nextTag >= 0 && nextTag < at) {
                nextTag = html.indexOf('<', at);
            }
            if (nextReference >= 0 && nextReference < at) {
                nextReference = html.indexOf('&', at);
            }
            int next = Math.min(nextTag < 0 ? length : nextTag, nextReference < 0 ? length : nextReference);
            if (next > at) {
                html.getChars(at, next, out, size);
                size += next - at;
                at = next;
            } else if (html.charAt(at) == '<') {
                markup();
            } else {
                reference();
            }
        }
    }

    private void append(char c) {
        out[size++] = c;
    }

    private void append(String text) {
        text.getChars(0, text.length(), out, size);
        size += text.length();
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
            append('<');
            at++;
            return;
        }
        at = tag.end();
        if (!tag.closing() && (SKIPPED.contains(tag.name()) || hasSkippedClass(tag))) {
            at = endOfElement(tag.name(), at);
            return;
        }
        if (BLOCKS.contains(tag.name())) {
            append('\n');
            if (!tag.closing() && HEADINGS.contains(tag.name())) {
                String id = tag.attribute("id");
                if (!id.isEmpty()) {
                    if (headingIds.size() == headingStarts.length) {
                        headingStarts = java.util.Arrays.copyOf(headingStarts, Math.max(4, headingStarts.length * 2));
                    }
                    headingStarts[headingIds.size()] = size;
                    headingIds.add(id);
                }
            }
        } else if (CELLS.contains(tag.name())) {
            append(' ');
        }
    }

    private static boolean hasSkippedClass(Tag tag) {
        if (tag.attributes().indexOf('=') < 0) {
            return false;
        }
        String classes = tag.attribute("class");
        int at = 0;
        while (at < classes.length()) {
            while (at < classes.length() && isSpace(classes.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < classes.length() && !isSpace(classes.charAt(at))) {
                at++;
            }
            if (at > start && SKIPPED_CLASSES.contains(classes.substring(start, at))) {
                return true;
            }
        }
        return false;
    }

    /** White space as a regular expression's \s sees it: the class attribute is split on it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
            append('&');
            at++;
            return;
        }
        String name = html.substring(at + 1, semicolon);
        String decoded = decode(name);
        if (decoded == null) {
            append('&');
            at++;
            return;
        }
        append(decoded);
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

    /**
     * Lines trimmed, spaces and tabs collapsed, blank lines dropped: one block of text a line. In
     * place, in one pass over the characters (no line strings, no regular expressions): each line
     * loses the whitespace at both ends ({@link Character#isWhitespace}, as {@link String#strip})
     * and keeps one space for each run of spaces, tabs and carriage returns inside it. Returns the
     * new length; what is written never overtakes what is read.
     */
    static int tidy(char[] text, int length) {
        return tidy(text, length, new int[0]);
    }

    /**
     * {@link #tidy(char[], int)}, moving each of the ascending offsets {@code marks} (each at the
     * start of a line) to where that line starts in the tidied text, or the next line that is
     * kept when it is dropped.
     */
    static int tidy(char[] text, int length, int[] marks) {
        int mark = 0;
        int written = 0;
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text[lineEnd] != '\n') {
                lineEnd++;
            }
            int from = lineStart;
            while (from < lineEnd) {
                int code = Character.codePointAt(text, from, lineEnd);
                if (!Character.isWhitespace(code)) {
                    break;
                }
                from += Character.charCount(code);
            }
            int to = lineEnd;
            while (to > from) {
                int code = Character.codePointBefore(text, to, from);
                if (!Character.isWhitespace(code)) {
                    break;
                }
                to -= Character.charCount(code);
            }
            if (from < to) {
                while (mark < marks.length && marks[mark] <= lineEnd) {
                    marks[mark++] = written > 0 ? written + 1 : 0;
                }
                if (written > 0) {
                    text[written++] = '\n';
                }
                for (int i = from; i < to; i++) {
                    char c = text[i];
                    if (c == ' ' || c == '\t' || c == '\r') {
                        while (i + 1 < to && (text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\r')) {
                            i++;
                        }
                        c = ' ';
                    }
                    text[written++] = c;
                }
            }
            lineStart = lineEnd + 1;
        }
        while (mark < marks.length) {
            marks[mark++] = written;
        }
        return written;
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
