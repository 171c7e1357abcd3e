package org.labourrights.site.index.inversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.labourrights.site.index.inversion.ShardPlanner;

/** Shards cover the vocabulary in order, keep to the target size, and keep words of a prefix together. */
class ShardPlannerTest {

    @Test
    void shardsCoverEveryWordOnceInOrderWithinTheTarget() {
        Random random = new Random(7);
        TreeSet<String> vocabulary = new TreeSet<>();
        while (vocabulary.size() < 3000) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                word.append((char) ('а' + random.nextInt(random.nextBoolean() ? 4 : 32)));
            }
            vocabulary.add(word.toString());
        }
        List<String> words = new ArrayList<>(vocabulary);
        List<ShardPlanner.Shard> shards = ShardPlanner.plan(words, w -> w.length() * 10, 500);
        assertEquals("", shards.get(0).key());
        int next = 0;
        for (int s = 0; s < shards.size(); s++) {
            ShardPlanner.Shard shard = shards.get(s);
            assertEquals(next, shard.from(), "shards are contiguous");
            assertTrue(shard.to() > shard.from(), "no empty shard");
            int size = words.subList(shard.from(), shard.to()).stream().mapToInt(w -> w.length() * 10).sum();
            assertTrue(size <= 500 || shard.to() - shard.from() == 1, "within the target unless one word is larger");
            assertTrue(shard.key().compareTo(words.get(shard.from())) <= 0, "the key is not after the first word");
            if (s > 0) {
                assertTrue(shards.get(s - 1).key().compareTo(shard.key()) < 0, "keys ascend");
                assertTrue(words.get(shard.from() - 1).compareTo(shard.key()) < 0, "the previous word is before the key");
            }
            next = shard.to();
        }
        assertEquals(words.size(), next, "every word is in a shard");
    }

    @Test
    void wordsSharingAPrefixStayTogetherWhenTheyFit() {
        List<String> words = List.of("каза", "казах", "казахстан", "казна", "кара", "карта", "карты", "кот");
        List<ShardPlanner.Shard> shards = ShardPlanner.plan(words, w -> 10, 30);
        List<List<String>> groups = shards.stream().map(s -> words.subList(s.from(), s.to())).toList();
        assertTrue(groups.contains(List.of("каза", "казах", "казахстан")), groups.toString());
        assertTrue(groups.contains(List.of("кара", "карта", "карты")), groups.toString());
        // Keys are prefixes, so a query stem that sorts before a group's first word ("карп" < "карта"
        // is fine, but so is "кааб") still lands with the words it shares the most letters with.
        assertEquals(List.of("", "казн", "кар", "ко"), shards.stream().map(ShardPlanner.Shard::key).toList());
    }
}
