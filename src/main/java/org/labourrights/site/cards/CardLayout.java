package org.labourrights.site.cards;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A text set in a box of the card: the largest of the given sizes at which it wraps into the
 * box, or else the smallest, its last line cut at a word and ended with "…". Lines are measured
 * by the pixels their glyphs cover, not only by their advance, so that no letter is drawn past
 * the box's edge.
 *
 * @param lines      the lines in reading order, each as it will be drawn
 * @param lineHeight the distance between baselines
 * @param cut        whether the text was too long and ends with "…"
 */
public record CardLayout(Font font, List<Line> lines, int lineHeight, boolean cut) {

    /** Antialiased and with fractional advances, as the card is drawn: measuring otherwise would not match. */
    static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";
    private static final String TALL = "ЙЁÅgрўʻ";

    /**
     * One line and the pixels its glyphs cover, from its pen position: {@code left} may be
     * negative (a glyph that reaches back), {@code right} may exceed the advance.
     */
    public record Line(String text, double left, double right) { }

    public CardLayout {
        lines = List.copyOf(lines);
    }

    /**
     * @param sizes     the sizes to try, largest first
     * @param width     the box's width in pixels
     * @param height    the box's height; a size gets as many lines as fit
     * @param maxLines  at most this many lines at any size
     */
    public static CardLayout fit(String text, Font face, int[] sizes, int width, int height, int maxLines) {
        String words = text.strip().replaceAll("\\s+", " ");
        for (int i = 0; ; i++) {
            Font font = face.deriveFont((float) sizes[i]);
            int lineHeight = Math.round(sizes[i] * 1.22f);
            int room = Math.max(1, Math.min(maxLines, (int) ((height - extent(font)) / lineHeight) + 1));
            List<String> wrapped = wrap(words, font, width);
            if (wrapped.size() <= room) {
                return new CardLayout(font, measured(wrapped, font), lineHeight, false);
            }
            if (i == sizes.length - 1) {
                List<String> kept = new ArrayList<>(wrapped.subList(0, room - 1));
                kept.add(ellipsized(String.join(" ", wrapped.subList(room - 1, wrapped.size())), font, width));
                return new CardLayout(font, measured(kept, font), lineHeight, true);
            }
        }
    }

    /** How far above its baseline the first line reaches: the tallest letter, Й and Ё included. */
    public float ascent() {
        return font.getLineMetrics(TALL, RENDERING).getAscent();
    }

    /** The height the lines take, from the top of the first to the lowest descender of the last. */
    public float textHeight() {
        return extent(font) + (lines.size() - 1) * lineHeight;
    }

    private static float extent(Font font) {
        var metrics = font.getLineMetrics(TALL, RENDERING);
        return metrics.getAscent() + metrics.getDescent();
    }

    private static List<Line> measured(List<String> texts, Font font) {
        return texts.stream().map(t -> {
            Rectangle2D box = bounds(t, font);
            return new Line(t, box.getMinX(), Math.max(box.getMaxX(), font.getStringBounds(t, RENDERING).getWidth()));
        }).toList();
    }

    /** Greedy: as many words on a line as fit; a word wider than the box is broken between letters. */
    private static List<String> wrap(String words, Font font, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (fits(tried, font, width)) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits(rest, font, width)) {
                int end = longestFitting(rest, font, width);
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text cut after its last whole word that leaves room for "…" (or between letters, for one long word). */
    private static String ellipsized(String text, Font font, int width) {
        if (fits(text, font, width)) {
            return text;
        }
        String cut = text;
        while (cut.contains(" ")) {
            cut = cut.substring(0, cut.lastIndexOf(' ')).stripTrailing();
            String ended = trimmed(cut) + ELLIPSIS;
            if (fits(ended, font, width)) {
                return ended;
            }
        }
        int end = longestFitting(cut + ELLIPSIS, font, width);
        while (end > 1 && !fits(cut.substring(0, Math.min(end, cut.length())) + ELLIPSIS, font, width)) {
            end--;
        }
        return cut.substring(0, Math.min(Math.max(end, 1), cut.length())) + ELLIPSIS;
    }

    /** A cut line does not end in a dangling comma or dash before the "…". */
    private static String trimmed(String text) {
        return text.replaceAll("[\\s,;:—–-]+$", "");
    }

    /** How many characters from the start fit, at least one, never splitting a surrogate pair. */
    private static int longestFitting(String text, Font font, int width) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (!fits(text.substring(0, next), font, width)) {
                break;
            }
            end = next;
        }
        return end;
    }

    static boolean fits(String text, Font font, int width) {
        Rectangle2D box = bounds(text, font);
        return box.getMaxX() <= width && font.getStringBounds(text, RENDERING).getWidth() <= width;
    }

    private static Rectangle2D bounds(String text, Font font) {
        return font.createGlyphVector(RENDERING, text).getVisualBounds();
    }
}
