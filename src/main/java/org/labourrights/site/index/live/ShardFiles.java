package org.labourrights.site.index.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.index.export.IndexFiles;
import org.labourrights.site.index.inversion.Lexicon;

/**
 * The shard files of the live index: each shard's key, its words as last written, and the number
 * in its file's name. The number is kept for the key, so that a shard inserted before others
 * does not rename them and an edit rewrites only the shards whose content changed.
 */
final class ShardFiles {

    /** A shard as written: its key, its words, and the number in its file's name. */
    private record ShardFile(String key, List<String> words, int file) { }

    /**
     * What a new plan of the shards changes.
     *
     * @param written the shards (numbers in the new lexicon) whose files are to be written
     * @param gone    the file numbers of shards whose key is gone
     */
    record Replan(List<Integer> written, List<Integer> gone) { }

    private List<ShardFile> shards = new ArrayList<>();
    private int next;

    /** The files of a lexicon's shards as first written: numbered in order. */
    ShardFiles(Lexicon lexicon) {
        for (int shard = 0; shard < lexicon.shardCount(); shard++) {
            shards.add(new ShardFile(lexicon.keys().get(shard), List.copyOf(lexicon.words(shard)), next++));
        }
    }

    int count() {
        return shards.size();
    }

    /** The file number of each shard, for {@link IndexFiles}. */
    int[] numbers() {
        return shards.stream().mapToInt(ShardFile::file).toArray();
    }

    /**
     * Takes the shards of {@code lexicon}: a shard is written again when it is new, its words are
     * not those written, or one of its words or of the terms its aliases link to is in
     * {@code changedWords} (its entry changed); a new key gets a number never used before.
     */
    Replan replan(Lexicon lexicon, Set<String> changedWords) {
        Map<String, ShardFile> byKey = new HashMap<>();
        shards.forEach(shard -> byKey.put(shard.key(), shard));
        List<ShardFile> planned = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        for (int shard = 0; shard < lexicon.shardCount(); shard++) {
            String key = lexicon.keys().get(shard);
            List<String> words = lexicon.words(shard);
            ShardFile was = byKey.remove(key);
            boolean clean = was != null && was.words().equals(words)
                    && words.stream().noneMatch(changedWords::contains)
                    && IndexFiles.linked(lexicon, shard).stream().noneMatch(changedWords::contains);
            planned.add(new ShardFile(key, clean ? was.words() : List.copyOf(words), was == null ? next++ : was.file()));
            if (!clean) {
                written.add(shard);
            }
        }
        shards = planned;
        return new Replan(List.copyOf(written), byKey.values().stream().map(ShardFile::file).toList());
    }
}
