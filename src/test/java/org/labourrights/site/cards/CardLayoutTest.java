package org.labourrights.site.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The card's layout measured against the card: real titles, the longest first, and titles made to be too long. */
class CardLayoutTest {

    static final String RU_NAME = "Международная мониторинговая миссия по трудовым правам в Центральной Азии";

    @Test
    void theShippedFontsDrawEveryLetterOfRussianKazakhUzbekAndEnglish() {
        for (Font font : List.of(CardFont.REGULAR, CardFont.BOLD)) {
            assertEquals(-1, font.canDisplayUpTo(CardFont.REQUIRED_LETTERS), font.getFontName());
            assertTrue(font.getFontName().startsWith("DejaVu Sans"), "the shipped font, not a system one: " + font.getFontName());
        }
        assertTrue(CardFont.REQUIRED_LETTERS.codePoints().boxed().toList()
                .containsAll("әғқңөұүһіўʻ".codePoints().boxed().toList()));
    }

    @Test
    void theLongestRealTitleFitsWhole() throws IOException {
        String longest = realTitles().stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        assertTrue(longest.length() > 120, longest);
        ShareCard card = new ShareCard("Декларация", "15 декабря 2025 г.", longest, RU_NAME);
        CardImage.Composition composition = CardImage.compose(card);
        assertFalse(composition.title().cut(), "the longest real title is shown whole: " + composition.title().lines());
        assertEquals(longest.replaceAll("\\s+", " ").strip(),
                String.join(" ", composition.title().lines().stream().map(CardLayout.Line::text).toList()));
        assertTrue(composition.title().font().getSize() >= 42, "legible on a phone");
        assertInside(composition);
        assertNoInkInTheMargins(card);
    }

    @Test
    void everyRealTitleFitsInsideTheCard() throws IOException {
        for (String title : realTitles()) {
            assertInside(CardImage.compose(new ShareCard("Statement", "15 November 2022", title,
                    "International Labour Rights Monitoring Mission in Central Asia")));
        }
    }

    @Test
    void aTitleTooLongForAnyCardIsCutAfterAWordWithAnEllipsisNotClipped() {
        String title = "Заявление о нарушениях права на свободу объединения в Қазақстане и Oʻzbekistonе ".repeat(8);
        ShareCard card = new ShareCard("Заявление", "", title, RU_NAME);
        CardImage.Composition composition = CardImage.compose(card);
        CardLayout layout = composition.title();
        assertTrue(layout.cut());
        assertEquals(42, layout.font().getSize(), "shrunk to the smallest size first");
        String last = layout.lines().get(layout.lines().size() - 1).text();
        assertTrue(last.endsWith("…"), last);
        String shown = String.join(" ", layout.lines().stream().map(CardLayout.Line::text).toList());
        assertTrue(title.startsWith(shown.substring(0, shown.length() - 1)), "cut after whole words: " + shown);
        assertInside(composition);
        assertNoInkInTheMargins(card);
    }

    @Test
    void aWordWiderThanTheCardIsBrokenBetweenLetters() {
        String word = "Профсоюз".repeat(12);
        CardImage.Composition composition = CardImage.compose(new ShareCard("", "", word, RU_NAME));
        assertTrue(composition.title().lines().size() > 1);
        assertEquals(word, String.join("", composition.title().lines().stream().map(CardLayout.Line::text).toList()));
        assertInside(composition);
    }

    /** Every line's glyphs lie within the text column, and every line within its band. */
    static void assertInside(CardImage.Composition composition) {
        check(composition.kind(), CardImage.KIND, false);
        check(composition.title(), composition.titleBand(), false);
        check(composition.site(), CardImage.SITE, true);
    }

    private static void check(CardLayout layout, CardImage.Band band, boolean bottom) {
        float[] baselines = CardImage.baselines(layout, band, bottom);
        for (int i = 0; i < baselines.length; i++) {
            CardLayout.Line line = layout.lines().get(i);
            assertTrue(CardImage.LEFT + line.left() >= 0, "reaches past the left edge: " + line);
            assertTrue(line.right() <= CardImage.TEXT_WIDTH, "wider than the text column: " + line);
            var metrics = layout.font().getLineMetrics(line.text(), new java.awt.font.FontRenderContext(null, true, true));
            if (!line.text().isEmpty()) {
                assertTrue(baselines[i] - metrics.getAscent() >= band.top() - 0.5, "above its band: " + line);
                assertTrue(baselines[i] + metrics.getDescent() <= band.bottom() + 0.5, "below its band: " + line);
            }
        }
    }

    /** The drawn picture: nothing but the field (and the top bar) left and right of the text column. */
    static void assertNoInkInTheMargins(ShareCard card) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(CardImage.png(card)));
            int field = image.getRGB(0, ShareCard.HEIGHT / 2);
            for (int y = CardImage.BAR.bottom(); y < ShareCard.HEIGHT; y++) {
                for (int x = 0; x < ShareCard.WIDTH; x++) {
                    boolean margin = x < CardImage.LEFT - 8 || x >= CardImage.LEFT + CardImage.TEXT_WIDTH + 1;
                    if (margin) {
                        assertEquals(field, image.getRGB(x, y), "ink at " + x + "," + y + " outside the text column");
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The titles of content/ and the names of its cases, as editors wrote them. */
    static List<String> realTitles() throws IOException {
        List<String> titles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("title:")) {
                        titles.add(unquoted(line.substring("title:".length()).strip()));
                        break;
                    }
                }
            }
        }
        assertTrue(titles.size() >= 10, "titles found: " + titles.size());
        return titles;
    }

    private static String unquoted(String yaml) {
        if (yaml.length() >= 2 && (yaml.startsWith("\"") && yaml.endsWith("\"") || yaml.startsWith("'") && yaml.endsWith("'"))) {
            return yaml.substring(1, yaml.length() - 1).replace("\\\"", "\"").replace("''", "'");
        }
        return yaml;
    }
}
