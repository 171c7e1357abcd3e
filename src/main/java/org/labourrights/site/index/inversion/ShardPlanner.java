package org.labourrights.site.index.inversion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Cuts the sorted vocabulary (terms and their other word forms) into shards of about a target
 * size, the files the browser fetches one query word at a time.
 *
 * <p>Cuts fall where words share the shortest prefix the size allows (a trie split), because a
 * typo is looked for among the words of the query word's shard: words sharing a long prefix with
 * the query stay together. Each shard is named by a key, and covers every string from its key up
 * to the next shard's key. A split group's first part keeps the group's key, so "каа" belongs with
 * the "каз…" words rather than with whatever sorts before them.
 */
public final class ShardPlanner {

    /** A shard: its key and the half-open range of the sorted vocabulary it holds. */
    record Shard(String key, int from, int to) { }

    private record Group(String key, int from, int to, long size) { }

    private final List<String> words;
    private final long[] sizes;
    private final long target;
    private final List<Group> groups = new ArrayList<>();

    private ShardPlanner(List<String> words, ToIntFunction<String> size, long target) {
        this.words = words;
        this.sizes = new long[words.size() + 1];
        for (int i = 0; i < words.size(); i++) {
            sizes[i + 1] = sizes[i] + size.applyAsInt(words.get(i));
        }
        this.target = target;
    }

    /**
     * @param words  the vocabulary, sorted by {@link String#compareTo}, without duplicates
     * @param size   the bytes a word adds to its shard
     * @param target the size a shard should not exceed unless a single word does
     */
    static List<Shard> plan(List<String> words, ToIntFunction<String> size, long target) {
        ShardPlanner planner = new ShardPlanner(words, size, target);
        if (words.isEmpty()) {
            return List.of(new Shard("", 0, 0));
        }
        planner.split(0, words.size(), 0, "");
        return planner.pack();
    }

    private long size(int from, int to) {
        return sizes[to] - sizes[from];
    }

    private void split(int from, int to, int depth, String key) {
        if (to - from == 1 || size(from, to) <= target) {
            groups.add(new Group(key, from, to, size(from, to)));
            return;
        }
        int i = from;
        boolean first = true;
        if (words.get(i).length() == depth) {
            // The word that is the prefix itself sorts first and forms a part of its own.
            split(i, i + 1, depth + 1, key);
            i++;
            first = false;
        }
        while (i < to) {
            char c = words.get(i).charAt(depth);
            int j = i + 1;
            while (j < to && words.get(j).charAt(depth) == c) {
                j++;
            }
            split(i, j, depth + 1, first ? key : words.get(i).substring(0, depth + 1));
            first = false;
            i = j;
        }
    }

    /** Joins neighbouring groups while they fit the target together. */
    private List<Shard> pack() {
        List<Shard> shards = new ArrayList<>();
        Group start = groups.get(0);
        long size = start.size();
        int to = start.to();
        for (int g = 1; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (size + group.size() <= target) {
                size += group.size();
                to = group.to();
            } else {
                shards.add(new Shard(start.key(), start.from(), to));
                start = group;
                size = group.size();
                to = group.to();
            }
        }
        shards.add(new Shard(start.key(), start.from(), to));
        return shards;
    }
}
