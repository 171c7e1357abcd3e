package org.labourrights.site.index.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.labourrights.site.index.inversion.LanguageIndex.FieldPostings;
import org.labourrights.site.index.inversion.LanguageIndex.TermPostings;
import org.labourrights.site.index.inversion.Lexicon;

/**
 * A shard file's number stays with the shard's key, so that a shard inserted before others does
 * not rename them; a shard is written again only when it is new, its words changed or the entry
 * of one of its words did.
 */
class ShardFilesTest {

    @Test
    void aShardKeepsItsNumberANewKeyGetsANewOneAndAGoneKeysFileGoes() {
        // Words of 10 characters against shards of 20: "" [apple avocado], "b" [banana cherry], "d" [date].
        ShardFiles files = new ShardFiles(lexicon("apple", "avocado", "banana", "cherry", "date"));
        assertArrayEquals(new int[] {0, 1, 2}, files.numbers());

        // "blueberry" joins "b": "" [apple avocado], "b" [banana blueberry], "c" [cherry date].
        ShardFiles.Replan replan = files.replan(lexicon("apple", "avocado", "banana", "blueberry", "cherry", "date"), Set.of());

        assertEquals(List.of(1, 2), replan.written(), "the shard whose words changed, and the new one");
        assertEquals(List.of(2), replan.gone(), "the file of \"d\", whose key is gone");
        assertArrayEquals(new int[] {0, 1, 3}, files.numbers(), "a new key's number was never used before");
    }

    @Test
    void aShardIsWrittenAgainWhenTheEntryOfOneOfItsWordsChanged() {
        Lexicon lexicon = lexicon("apple", "avocado", "banana", "cherry", "date");
        ShardFiles files = new ShardFiles(lexicon);
        assertEquals(List.of(), files.replan(lexicon, Set.of()).written(), "nothing changed, nothing written");
        assertEquals(List.of(1), files.replan(lexicon, Set.of("cherry")).written());
        assertArrayEquals(new int[] {0, 1, 2}, files.numbers());
    }

    private static Lexicon lexicon(String... words) {
        Map<String, TermPostings> terms = new TreeMap<>();
        for (String word : words) {
            terms.put(word, new TermPostings(word, new FieldPostings(new int[] {0}, new int[] {1}, new int[] {0}), null));
        }
        return Lexicon.of(terms, Map.of(), Map.of(), List.of(words), word -> 10, 20);
    }
}
