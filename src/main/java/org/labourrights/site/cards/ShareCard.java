package org.labourrights.site.cards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What one share card shows, and nothing else: the card is drawn from these words alone, so
 * whatever is not here (a draft, a private note, a hidden name) cannot reach its pixels.
 *
 * @param kind     what the page is, in its language ("Statement", "Дело"); may be empty
 * @param date     the date as the page prints it, or empty
 * @param title    the page's title as the page shows it
 * @param siteName the Mission's name in the page's language
 */
public record ShareCard(String kind, String date, String title, String siteName) {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Where the cards live in the site. */
    public static final String FOLDER = "/cards/";

    public ShareCard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(siteName, "siteName");
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** The card's address in the site: named by what it shows and how it is drawn. */
    public String url() {
        return FOLDER + fileName();
    }

    public String fileName() {
        return key() + ".png";
    }

    /** A hash of the words and of the drawing's version: the same words drawn the same way keep their file. */
    public String key() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {CardImage.VERSION, kind, date, title, siteName}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The picture's text alternative: what it shows, in reading order. */
    public String alt() {
        StringBuilder alt = new StringBuilder(title);
        for (String part : new String[] {kind, date, siteName}) {
            if (!part.isEmpty()) {
                alt.append(" — ").append(part);
            }
        }
        return alt.toString();
    }
}
