package org.labourrights.site.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The HTML of a body, byte for byte as flexmark's {@link HtmlRenderer} writes it, for bodies made
 * only of what editors write day to day: paragraphs, headings, tight lists, simple tables, plain
 * links, emphasis and typographic quotes. flexmark writes its HTML a character at a time through
 * a line-tracking writer, which made rendering cost more than parsing; this writes straight into
 * one buffer. A body with any other construct (code, block quotes, footnotes, images, loose lists,
 * links with titles…) gets {@code null}, and then flexmark's own renderer.
 */
final class DirectHtml {

    /** Links written as they are: no entity, escape, space or character flexmark would encode or suppress. */
    private static final Pattern PLAIN_URL = Pattern.compile("(?:/|#|https?://)[A-Za-z0-9/._~:#?=%+@!$,*()'-]*");

    private final Document document;
    private final ListOptions listOptions;
    private final StringBuilder html = new StringBuilder(8 * 1024);
    /** flexmark's writer drops whitespace at the start of a line; this one declines such bodies. */
    private boolean atLineStart = true;

    private DirectHtml(Document document) {
        this.document = document;
        this.listOptions = ListOptions.get(document);
    }

    /** The body's HTML, or null when it uses a construct only flexmark's renderer writes. */
    static String render(Document document) {
        if (!document.hasChildren()) {
            return null;
        }
        new HeaderIdGenerator(document).generateIds(document);
        DirectHtml writer = new DirectHtml(document);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!writer.block(block)) {
                return null;
            }
        }
        return writer.html.toString();
    }

    private boolean block(Node node) {
        Class<?> type = node.getClass();
        if (type == Paragraph.class) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return false;
            }
            return tag("<p>") && children(node) && endLine("</p>");
        }
        if (type == Heading.class) {
            Heading heading = (Heading) node;
            String id = heading.getAnchorRefId();
            String open = "<h" + heading.getLevel()
                    + (id == null || id.isEmpty() ? "" : " id=\"" + Escaping.escapeHtml(id, true) + "\"") + ">";
            return tag(open) && children(node) && endLine("</h" + heading.getLevel() + ">");
        }
        if (type == BulletList.class) {
            return list("ul", node);
        }
        if (type == OrderedList.class) {
            return ((OrderedList) node).getStartNumber() == 1 && list("ol", node);
        }
        if (type == TableBlock.class) {
            return table(node);
        }
        return false;
    }

    private boolean list(String tag, Node list) {
        endLine("<" + tag + ">");
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item.getClass() == BulletListItem.class || item.getClass() == OrderedListItem.class)
                    || !tightItem((ListItem) item)) {
                return false;
            }
        }
        return endLine("</" + tag + ">");
    }

    /** An item of one paragraph that flexmark writes without {@code <p>}: {@code <li>text</li>}. */
    private boolean tightItem(ListItem item) {
        Node paragraph = item.getFirstChild();
        if (!listOptions.isTightListItem(item) || !item.getMarkerSuffix().isEmpty() || paragraph == null
                || paragraph.getNext() != null || paragraph.getClass() != Paragraph.class
                || !item.isParagraphWrappingDisabled((Paragraph) paragraph, listOptions, document)
                || paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return false;
        }
        return tag("<li>") && children(paragraph) && endLine("</li>");
    }

    private boolean table(Node table) {
        String className = TablesExtension.CLASS_NAME.get(document);
        endLine(className.isEmpty() ? "<table>" : "<table class=\"" + Escaping.escapeHtml(className, true) + "\">");
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part.getClass() == TableSeparator.class) {
                continue;
            }
            String tag = part.getClass() == TableHead.class ? "thead" : part.getClass() == TableBody.class ? "tbody" : null;
            if (tag == null) {
                return false;
            }
            endLine("<" + tag + ">");
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row.getClass() != TableRow.class || !tableRow(row)) {
                    return false;
                }
            }
            endLine("</" + tag + ">");
        }
        return endLine("</table>");
    }

    private boolean tableRow(Node row) {
        tag("<tr>");
        for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
            if (node.getClass() != TableCell.class || ((TableCell) node).getSpan() > 1) {
                return false;
            }
            TableCell cell = (TableCell) node;
            String tag = cell.isHeader() ? "th" : "td";
            String align = cell.getAlignment() == null ? ""
                    : " align=\"" + cell.getAlignment().name().toLowerCase(Locale.ROOT) + "\"";
            if (!(tag("<" + tag + align + ">") && children(cell) && tag("</" + tag + ">"))) {
                return false;
            }
        }
        return endLine("</tr>");
    }

    private boolean children(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!inline(node)) {
                return false;
            }
        }
        return true;
    }

    private boolean inline(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            return text(node.getChars());
        }
        if (type == TypographicQuotes.class) {
            TypographicQuotes quotes = (TypographicQuotes) node;
            return raw(quotes.getTypographicOpening()) && children(node) && raw(quotes.getTypographicClosing());
        }
        if (type == TypographicSmarts.class) {
            return raw(((TypographicSmarts) node).getTypographicText());
        }
        if (type == Link.class) {
            Link link = (Link) node;
            String url = link.getUrl().toString();
            if (link.getTitle().isNotNull() || !PLAIN_URL.matcher(url).matches()) {
                return false;
            }
            return tag("<a href=\"" + url + "\">") && children(node) && tag("</a>");
        }
        if (type == StrongEmphasis.class) {
            return tag("<strong>") && children(node) && tag("</strong>");
        }
        if (type == Emphasis.class) {
            return tag("<em>") && children(node) && tag("</em>");
        }
        if (type == SoftLineBreak.class) {
            return lineBreak(HtmlRenderer.SOFT_BREAK.get(document));
        }
        if (type == HardLineBreak.class) {
            return lineBreak(HtmlRenderer.HARD_BREAK.get(document));
        }
        return false;
    }

    /** Text as flexmark writes it: unescaped from Markdown, then escaped for HTML. */
    private boolean text(BasedSequence chars) {
        // A based sequence copies itself a character at a time; its source string copies at once.
        String text = chars instanceof SubSequence && chars.getBase() instanceof String source
                ? source.substring(chars.getStartOffset(), chars.getEndOffset()) : chars.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' || c == '\r' || c == '\n') {
                // Markdown escapes, entities and line ends: flexmark's unescaping decides.
                return false;
            }
            if (c == '<' || c == '>' || c == '"') {
                return raw(Escaping.escapeHtml(text, false));
            }
        }
        return raw(text);
    }

    private boolean lineBreak(String text) {
        if (!text.endsWith("\n") || text.indexOf('\n') != text.length() - 1) {
            return false;
        }
        html.append(text);
        atLineStart = true;
        return true;
    }

    private boolean tag(String tag) {
        html.append(tag);
        atLineStart = false;
        return true;
    }

    private boolean endLine(String tag) {
        html.append(tag).append('\n');
        atLineStart = true;
        return true;
    }

    private boolean raw(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        if (atLineStart && (first == ' ' || first == '\t')) {
            return false;
        }
        if (text.indexOf('\n') >= 0) {
            return false;
        }
        html.append(text);
        atLineStart = false;
        return true;
    }
}
