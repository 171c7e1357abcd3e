package org.labourrights.site.markdown;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.labourrights.site.model.Language;

/**
 * Markdown to HTML with one flexmark parser and renderer per language, built once and shared by
 * every file (flexmark's parser and renderer are immutable and thread-safe; JBake's own engine
 * builds a new pair per file). Raw HTML is escaped: nothing an editor types can add a script.
 * The common bodies are written by {@link DirectHtml}, the same bytes at a fraction of the cost.
 */
public final class MarkdownRenderer {

    /**
     * What a body became: its HTML, the destinations of its links and pictures (as written, before
     * any decoding, so that a check can decode them exactly as a browser would) and its top-level
     * headings, each with its source line.
     */
    public record Rendered(String html, List<Reference> links, List<Reference> images, List<Reference> titleHeadings) { }

    /** A link target (or heading text) and the 0-based line of the body it was written on. */
    public record Reference(int line, String text) { }

    /**
     * A body nested deeper than the renderers can follow: flexmark parses and renders nested lists
     * and quotes by recursion, and about 500 levels (a 1 KB file of "- - - …") overflow a thread's
     * stack. Thrown before anything is rendered, with the 0-based line where the nesting is.
     */
    public static final class TooDeep extends RuntimeException {
        private final int line;

        TooDeep(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Real documents nest lists three or four deep; this leaves room and stays far from the stack's limit. */
    static final int MAX_DEPTH = 32;
    /**
     * Any deeper tree is refused too, whatever its shape: rendering recursed about 500 levels before
     * overflowing a 1 MB stack, and 32 nested lists make a tree of about 100.
     */
    static final int MAX_TREE_DEPTH = 160;
    /**
     * Longer runs of one emphasis character are refused: flexmark matches emphasis by recursion,
     * and a few thousand '*' overflow the parser; a line to fill in ("______") needs far fewer.
     */
    static final int MAX_DELIMITER_RUN = 256;

    /**
     * Each language's parsers and renderer, made when a text of it first comes: every language
     * has its own quotation marks. The tableless parser leaves the tables extension out, for
     * bodies without a '|', which cannot hold a table: the extension examines every paragraph and
     * compiles its patterns for every document.
     */
    private record Flavour(Parser parser, Parser tableless, HtmlRenderer renderer) { }

    private final Map<Language, Flavour> flavours = new ConcurrentHashMap<>();

    private Flavour flavour(Language language) {
        return flavours.computeIfAbsent(language, MarkdownRenderer::flavourOf);
    }

    private static Flavour flavourOf(Language language) {
        // The language's own quotation marks, outer and inner, from CLDR: «ёлочки» and „лапки“
        // in Russian, “these” and ‘these’ in British English, «» and “” in Kazakh.
        LocaleData quotes = LocaleData.getInstance(ULocale.forLanguageTag(language.locale()));
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                        TypographicExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back")
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // Characters, not entities: the same text reads the same in pages, feeds and the index.
                .set(TypographicExtension.ELLIPSIS, "…")
                .set(TypographicExtension.ELLIPSIS_SPACED, " … ")
                .set(TypographicExtension.EN_DASH, "–")
                .set(TypographicExtension.EM_DASH, "—")
                .set(TypographicExtension.ANGLE_QUOTE_OPEN, "«")
                .set(TypographicExtension.ANGLE_QUOTE_CLOSE, "»")
                .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’")
                .set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.getDelimiter(LocaleData.QUOTATION_START))
                .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.getDelimiter(LocaleData.QUOTATION_END))
                .set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.getDelimiter(LocaleData.ALT_QUOTATION_START))
                .set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.getDelimiter(LocaleData.ALT_QUOTATION_END));
        return new Flavour(Parser.builder(options).build(),
                Parser.builder(new MutableDataSet(options)
                        .set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TypographicExtension.create()))).build(),
                HtmlRenderer.builder(options).build());
    }

    /** The HTML flexmark's own renderer writes for {@code markdown}, which {@link DirectHtml} must equal. */
    String flexmarkHtml(String markdown, Language language) {
        return flavour(language).renderer().render(flavour(language).parser().parse(markdown));
    }

    /** Whether {@link DirectHtml} writes this body, rather than flexmark's renderer. */
    boolean writesDirectly(String markdown, Language language) {
        return DirectHtml.render(flavour(language).parser().parse(markdown)) != null;
    }

    /**
     * @throws TooDeep when the body nests lists, quotes or emphasis too deeply to render
     */
    public Rendered render(String markdown, Language language) {
        Nesting.checkLines(markdown, MAX_DEPTH, MAX_DELIMITER_RUN);
        try {
            Document document = (markdown.indexOf('|') >= 0 ? flavour(language).parser() : flavour(language).tableless()).parse(markdown);
            Nesting.checkTree(document, MAX_DEPTH, MAX_TREE_DEPTH);
            List<Reference> links = new ArrayList<>();
            List<Reference> images = new ArrayList<>();
            List<Reference> titleHeadings = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                // Every node, however deep: flexmark's NodeVisitor skips the children of a node it
                // has a handler for, which let a link in a heading and a picture in a link pass unchecked.
                if (node instanceof Link link) {
                    links.add(reference(link, link.getUrl()));
                } else if (node instanceof AutoLink link) {
                    links.add(new Reference(link.getLineNumber(), link.getText().toString()));
                } else if (node instanceof MailLink link) {
                    links.add(new Reference(link.getLineNumber(), "mailto:" + link.getText()));
                } else if (node instanceof com.vladsch.flexmark.ast.Reference ref) {
                    links.add(reference(ref, ref.getUrl()));
                } else if (node instanceof Image image) {
                    images.add(reference(image, image.getUrl()));
                } else if (node instanceof ImageRef image) {
                    com.vladsch.flexmark.ast.Reference ref = image.getReferenceNode(document);
                    if (ref != null) {
                        images.add(reference(image, ref.getUrl()));
                    }
                } else if (node instanceof Heading heading && heading.getLevel() == 1) {
                    titleHeadings.add(new Reference(heading.getLineNumber(), heading.getText().toString()));
                }
            }
            String html = DirectHtml.render(document);
            return new Rendered(html != null ? html : flavour(language).renderer().render(document), links, images,
                    titleHeadings);
        } catch (StackOverflowError overflow) {
            // The checks above keep known shapes out; any other shape that recurses this deep is refused alike.
            throw new TooDeep(0, "the text nests so deeply that the page cannot be drawn");
        }
    }

    /**
     * The destination as the page will carry it: flexmark decodes character references and
     * backslash escapes ({@code &#106;avascript:}) before writing a link, so checks must see that.
     */
    private static Reference reference(Node node, BasedSequence url) {
        return new Reference(node.getLineNumber(), url.unescape());
    }
}
