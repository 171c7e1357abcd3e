package org.labourrights.site.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Language;

/** The spellings of the Mission's real names meet in one key; the region's letters fold. */
class NameKeyTest {

    @Test
    void spellingsOfOneNameShareAKey() {
        assertSameKey("елшибаев", "elshibaev", "elshibayev", "yelshibayev");
        assertSameKey("ярошук", "yaroshuk", "yaroschuk");
        assertSameKey("жанаозен", "zhanaozen", "janaozen", "жаңаөзен");
        assertSameKey("ержан", "erzhan", "yerzhan");
        assertSameKey("қазақстан", "qazaqstan", "казакстан");
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("ярошук"), NameKey.of("елшибаев"));
        assertNotEquals(NameKey.of("жанаозен"), NameKey.of("актау"));
    }

    @Test
    void regionLettersFoldToTheirRussianNeighbours() {
        assertEquals("жанаозен", NameKey.fold("жаңаөзен"));
        assertEquals("казакстан", NameKey.fold("қазақстан"));
        assertEquals("уйгур", NameKey.fold("ұйғұр"));
        assertEquals("ёлка".replace('ё', 'е'), NameKey.fold("ёлка"));
        assertEquals("хучанд", NameKey.fold("ҳуҷанд"));
        for (String apostrophe : new String[] {"ʻ", "'", "’", "ʼ"}) {
            assertEquals("ozbekiston", NameKey.fold("o" + apostrophe + "zbekiston"));
            assertEquals("gulnora", NameKey.fold("g" + apostrophe + "ulnora"));
        }
        assertEquals("профсоюз", NameKey.fold("профсоюз"));
    }

    @Test
    void theLetterMapIsIcusBgn() {
        assertEquals("zh", NameKey.LATIN.get('ж'));
        assertEquals("shch", NameKey.LATIN.get('щ'));
        assertEquals("e", NameKey.LATIN.get('е'));
        assertEquals("", NameKey.LATIN.get('ь'));
        assertEquals(32, NameKey.LATIN.size());
    }

    @Test
    void wordsWithOtherCharactersHaveNoKey() {
        assertNull(NameKey.of("2022"));
        assertNull(NameKey.of("café"));
        assertNull(NameKey.of("中文"));
    }

    @Test
    void theRussianIndexKeepsAKeyWhereItsCyrillicSpellingSorts() {
        assertEquals("жанаозен", NameKey.placed(NameKey.of("janaozen"), Language.RU));
        assertEquals("елшибаев", NameKey.placed(NameKey.of("yelshibayev"), Language.RU));
        assertEquals("харкова", NameKey.placed(NameKey.of("kharkova"), Language.RU));
        assertEquals("janaozen", NameKey.placed(NameKey.of("жанаозен"), Language.EN));
    }

    private static void assertSameKey(String first, String... others) {
        String key = NameKey.of(first);
        for (String other : others) {
            assertEquals(key, NameKey.of(other), other + " vs " + first);
        }
    }
}
