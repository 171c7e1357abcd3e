package org.labourrights.site.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typefaces the cards are drawn in: DejaVu Sans and its bold, shipped in this jar
 * ({@code cards/DejaVu-LICENSE.txt}). A build host may have no fonts at all, and a system font
 * would draw the same card differently on another machine; so only these files are used.
 */
public final class CardFont {

    /** Every letter the Mission's languages write, Kazakh and Uzbek included: a card must draw them all. */
    public static final String REQUIRED_LETTERS =
            "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
            + "ӘҒҚҢӨҰҮҺІЎәғқңөұүһіўʻʼ"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzOʻoʻGʻgʻ"
            + "0123456789«»„“”‘’—–…·№";

    public static final Font REGULAR = load("/cards/DejaVuSans.ttf");
    public static final Font BOLD = load("/cards/DejaVuSans-Bold.ttf");

    private CardFont() {
    }

    private static Font load(String resource) {
        try (InputStream in = CardFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the card font " + resource + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot read the card font " + resource, e);
        }
    }
}
