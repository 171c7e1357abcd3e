package org.labourrights.site.cards;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws a {@link ShareCard}: a dark field with a bar of the Mission's amber on top; the kind
 * and date in amber; the title large in white bold; under a rule, the Mission's name. Sized for
 * a phone's chat preview, where the card is shown about 300 pixels wide: the title is at least
 * 42 pixels high here, 10 there.
 *
 * <p>The card is drawn straight into a 16-colour image, four bits a pixel: the field, the rule
 * and shades of each text colour, from which Java2D's antialiasing picks. That is the PNG's own
 * pixel format, so nothing is converted, and there is half as much to compress as at a byte a pixel.
 */
public final class CardImage {

    /** Part of every card's hash: change it when the drawing changes, so no old picture is reused. */
    static final String VERSION = "2";

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

    private static final IndexColorModel COLOURS = colours();
    /** The card without its text: four bits per pixel, two pixels to a byte, row by row. */
    private static final byte[] EMPTY = emptyCard();
    private static final PalettePng PNG = new PalettePng(ShareCard.WIDTH, ShareCard.HEIGHT, 4, palette(COLOURS), EMPTY);

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
        BufferedImage image = new BufferedImage(ShareCard.WIDTH, ShareCard.HEIGHT, BufferedImage.TYPE_BYTE_BINARY, COLOURS);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(EMPTY, 0, pixels, 0, EMPTY.length);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(AMBER);
            draw(g, composition.kind(), KIND, false);
            g.setColor(WHITE);
            draw(g, composition.title(), composition.titleBand(), false);
            g.setColor(MUTED);
            draw(g, composition.site(), SITE, true);
        } finally {
            g.dispose();
        }
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

    /** The empty card: the field, the bar on top and the rule, drawn once. */
    private static byte[] emptyCard() {
        BufferedImage image = new BufferedImage(ShareCard.WIDTH, ShareCard.HEIGHT, BufferedImage.TYPE_BYTE_BINARY, COLOURS);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(FIELD);
            g.fillRect(0, 0, ShareCard.WIDTH, ShareCard.HEIGHT);
            g.setColor(AMBER);
            g.fillRect(0, BAR.top(), ShareCard.WIDTH, BAR.height());
            g.setColor(RULE_COLOUR);
            g.fillRect(LEFT, RULE.top(), TEXT_WIDTH, RULE.height());
        } finally {
            g.dispose();
        }
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData().clone();
    }

    /**
     * Sixteen colours: the field, the rule, and for each text colour its shades from the field
     * up to itself (six for the title, four for the smaller texts), which Java2D's antialiasing
     * picks from as it draws.
     */
    private static IndexColorModel colours() {
        List<Color> colours = new ArrayList<>(List.of(FIELD, RULE_COLOUR));
        addShades(colours, WHITE, 6);
        addShades(colours, AMBER, 4);
        addShades(colours, MUTED, 4);
        byte[] red = new byte[colours.size()];
        byte[] green = new byte[colours.size()];
        byte[] blue = new byte[colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            red[i] = (byte) colours.get(i).getRed();
            green[i] = (byte) colours.get(i).getGreen();
            blue[i] = (byte) colours.get(i).getBlue();
        }
        return new IndexColorModel(4, colours.size(), red, green, blue);
    }

    private static void addShades(List<Color> colours, Color to, int shades) {
        for (int shade = 1; shade <= shades; shade++) {
            colours.add(mix(FIELD, to, shade / (float) shades));
        }
    }

    private static byte[] palette(IndexColorModel model) {
        byte[] rgb = new byte[model.getMapSize() * 3];
        for (int i = 0; i < model.getMapSize(); i++) {
            rgb[i * 3] = (byte) model.getRed(i);
            rgb[i * 3 + 1] = (byte) model.getGreen(i);
            rgb[i * 3 + 2] = (byte) model.getBlue(i);
        }
        return rgb;
    }

    private static Color mix(Color from, Color to, float share) {
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

}
