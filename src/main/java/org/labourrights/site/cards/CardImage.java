package org.labourrights.site.cards;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ByteLookupTable;
import java.awt.image.DataBufferByte;
import java.awt.image.LookupOp;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws a {@link ShareCard}: a dark field with a bar of the Mission's amber on top; the kind
 * and date in amber; the title large in white bold; under a rule, the Mission's name. Sized for
 * a phone's chat preview, where the card is shown about 300 pixels wide: the title is at least
 * 42 pixels high here, 10 there.
 *
 * <p>The text is drawn once, as coverage in grey, and each band of rows is then coloured with
 * its own palette ramp: the card is a palette PNG of a few shades, small and quick to compress.
 */
public final class CardImage {

    /** Part of every card's hash: change it when the drawing changes, so no old picture is reused. */
    static final String VERSION = "1";

    public static final int LEFT = 80;
    public static final int TEXT_WIDTH = ShareCard.WIDTH - 2 * LEFT;

    /** A band of rows that holds one text. */
    public record Band(int top, int height) {
        public int bottom() {
            return top + height;
        }
    }

    public static final Band BAR = new Band(0, 16);
    public static final Band KIND = new Band(64, 56);
    public static final Band TITLE = new Band(148, 336);
    public static final Band RULE = new Band(510, 2);
    public static final Band SITE = new Band(532, 76);

    private static final int[] KIND_SIZES = {34, 30, 26};
    private static final int[] TITLE_SIZES = {76, 68, 60, 54, 48, 42};
    private static final int[] SITE_SIZES = {30, 27, 24};

    private static final Color FIELD = new Color(0x10, 0x2a, 0x43);
    private static final Color AMBER = new Color(0xf5, 0xb7, 0x31);
    private static final Color WHITE = Color.WHITE;
    private static final Color MUTED = new Color(0xc4, 0xd3, 0xe2);
    private static final Color RULE_COLOUR = new Color(0x3a, 0x5a, 0x7a);

    /** Shades per ramp from the field to full colour: 16 is more than the eye tells apart at this size. */
    private static final int SHADES = 16;
    private static final int AMBER_RAMP = 16;
    private static final int WHITE_RAMP = 32;
    private static final int MUTED_RAMP = 48;
    private static final byte[] PALETTE = palette();
    private static final ByteLookupTable[] RAMPS = {ramp(AMBER_RAMP), ramp(WHITE_RAMP), ramp(MUTED_RAMP)};
    /** The card without its text, row by row, as palette indices. */
    private static final byte[] EMPTY = emptyCard();
    private static final PalettePng PNG = new PalettePng(ShareCard.WIDTH, ShareCard.HEIGHT, PALETTE, EMPTY);

    /**
     * Where each text of a card goes: what {@link #png} draws, and what tests measure. A card
     * without a kind line gives its room to the title.
     */
    public record Composition(CardLayout kind, CardLayout title, Band titleBand, CardLayout site) { }

    /** The keywords of the text chunks that carry, in the PNG itself, the words the card was drawn from. */
    public static final String[] WORDS = {"Title", "Kind", "Date", "Author"};

    private CardImage() {
    }

    public static Composition compose(ShareCard card) {
        String kindLine = card.date().isEmpty() ? card.kind()
                : card.kind().isEmpty() ? card.date() : card.kind() + " · " + card.date();
        Band titleBand = kindLine.isEmpty() ? new Band(KIND.top(), TITLE.bottom() - KIND.top()) : TITLE;
        return new Composition(
                CardLayout.fit(kindLine, CardFont.BOLD, KIND_SIZES, TEXT_WIDTH, KIND.height(), 1),
                CardLayout.fit(card.title(), CardFont.BOLD, TITLE_SIZES, TEXT_WIDTH, titleBand.height(), 5),
                titleBand,
                CardLayout.fit(card.siteName(), CardFont.REGULAR, SITE_SIZES, TEXT_WIDTH, SITE.height(), 2));
    }

    /** The card as a PNG file's bytes. */
    public static byte[] png(ShareCard card) {
        Composition composition = compose(card);
        BufferedImage coverage = new BufferedImage(ShareCard.WIDTH, ShareCard.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = coverage.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            draw(g, composition.kind(), KIND, false);
            draw(g, composition.title(), composition.titleBand(), false);
            draw(g, composition.site(), SITE, true);
        } finally {
            g.dispose();
        }
        byte[] pixels = EMPTY.clone();
        WritableRaster indexed = Raster.createInterleavedRaster(new DataBufferByte(pixels, pixels.length),
                ShareCard.WIDTH, ShareCard.HEIGHT, ShareCard.WIDTH, 1, new int[] {0}, null);
        Raster grey = coverage.getRaster();
        colour(grey, indexed, KIND, AMBER_RAMP);
        colour(grey, indexed, composition.titleBand(), WHITE_RAMP);
        colour(grey, indexed, SITE, MUTED_RAMP);
        Map<String, String> words = new LinkedHashMap<>();
        String[] values = {card.title(), card.kind(), card.date(), card.siteName()};
        for (int i = 0; i < WORDS.length; i++) {
            words.put(WORDS[i], values[i]);
        }
        return PNG.encode(pixels, words);
    }

    /** The baseline of each line, top down; the site's name sits at the bottom of its band, the rest at the top. */
    public static float[] baselines(CardLayout layout, Band band, boolean bottom) {
        float first = bottom ? band.bottom() - layout.textHeight() + layout.ascent() : band.top() + layout.ascent();
        float[] baselines = new float[layout.lines().size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = first + i * layout.lineHeight();
        }
        return baselines;
    }

    private static void draw(Graphics2D g, CardLayout layout, Band band, boolean bottom) {
        g.setFont(layout.font());
        float[] baselines = baselines(layout, band, bottom);
        for (int i = 0; i < baselines.length; i++) {
            g.drawString(layout.lines().get(i).text(), (float) LEFT, baselines[i]);
        }
    }

    /**
     * Turns the band's grey coverage into shades of its ramp (a band holds nothing of the empty
     * card but the field, which coverage 0 stays): a table look-up, which Java2D does natively.
     */
    private static void colour(Raster grey, WritableRaster pixels, Band band, int ramp) {
        int height = Math.min(ShareCard.HEIGHT, band.bottom()) - band.top();
        new LookupOp(RAMPS[ramp / SHADES - 1], null).filter(
                grey.createChild(0, band.top(), ShareCard.WIDTH, height, 0, 0, null),
                pixels.createWritableChild(0, band.top(), ShareCard.WIDTH, height, 0, 0, null));
    }

    private static ByteLookupTable ramp(int ramp) {
        byte[] table = new byte[256];
        for (int level = 1; level < 256; level++) {
            table[level] = (byte) (ramp + (level * (SHADES - 1) + 127) / 255);
        }
        return new ByteLookupTable(0, table);
    }

    private static byte[] emptyCard() {
        byte[] pixels = new byte[ShareCard.WIDTH * ShareCard.HEIGHT];
        java.util.Arrays.fill(pixels, 0, BAR.bottom() * ShareCard.WIDTH, (byte) 1);
        java.util.Arrays.fill(pixels, RULE.top() * ShareCard.WIDTH + LEFT, RULE.top() * ShareCard.WIDTH + LEFT + TEXT_WIDTH, (byte) 2);
        java.util.Arrays.fill(pixels, (RULE.top() + 1) * ShareCard.WIDTH + LEFT,
                (RULE.top() + 1) * ShareCard.WIDTH + LEFT + TEXT_WIDTH, (byte) 2);
        return pixels;
    }

    private static byte[] palette() {
        byte[] rgb = new byte[(MUTED_RAMP + SHADES) * 3];
        set(rgb, 0, FIELD);
        set(rgb, 1, AMBER);
        set(rgb, 2, RULE_COLOUR);
        for (int shade = 0; shade < SHADES; shade++) {
            set(rgb, AMBER_RAMP + shade, mix(FIELD, AMBER, shade / (float) (SHADES - 1)));
            set(rgb, WHITE_RAMP + shade, mix(FIELD, WHITE, shade / (float) (SHADES - 1)));
            set(rgb, MUTED_RAMP + shade, mix(FIELD, MUTED, shade / (float) (SHADES - 1)));
        }
        return rgb;
    }

    private static Color mix(Color from, Color to, float share) {
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

    private static void set(byte[] rgb, int index, Color colour) {
        rgb[index * 3] = (byte) colour.getRed();
        rgb[index * 3 + 1] = (byte) colour.getGreen();
        rgb[index * 3 + 2] = (byte) colour.getBlue();
    }
}
