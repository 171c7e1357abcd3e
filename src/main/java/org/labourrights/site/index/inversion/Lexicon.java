package org.labourrights.site.index.inversion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.labourrights.site.index.analysis.Names;
import org.labourrights.site.index.analysis.WordForms;

/**
 * The vocabulary of one language's index as the browser sees it: every term and every other word
 * form (alias) of a term, sorted and cut into shards. Both query implementations look up words
 * here in the same way: a query stem's shard is the last shard whose key is not after it, its
 * canonical term comes from the aliases, and its typo variants are the words of its shard and the
 * common words.
 *
 * <p>A name key ({@link Names}), placed where {@link org.labourrights.site.index.analysis.NameKey#placed}
 * puts it, is a word of the lexicon too, sorted and sharded with the terms (a key may be spelt as
 * a term is: the word is then both): its shard lists the terms the key stands for and links the
 * postings of those in other shards, so a query word's key is looked up as its stem is, in the
 * same round, and usually in the same shard.
 *
 * <p>Common words are the terms of shards holding fewer than {@link #SMALL_SHARD} words: a very
 * frequent word's postings fill a shard alone, so the shard of a typo of it ("забостовк") need not
 * hold it. The manifest lists them, so such typos are found wherever they sort.
 */
public final class Lexicon {

    /** Shards with fewer words than this are a common word's: their words are listed in the manifest. */
    public static final int SMALL_SHARD = 16;

    private final Map<String, LanguageIndex.TermPostings> terms;
    private final Map<String, String> aliases;
    private final Map<String, List<String>> names;
    private final Map<String, List<String>> formsByTerm;
    private final List<String> words;
    private final List<ShardPlanner.Shard> shards;
    private final List<String> keys;
    private final List<String> common;

    private Lexicon(Map<String, LanguageIndex.TermPostings> terms, Map<String, String> aliases,
                    Map<String, List<String>> names, List<String> words, List<ShardPlanner.Shard> shards) {
        this.terms = terms;
        this.aliases = aliases;
        this.names = names;
        this.words = words;
        this.shards = shards;
        this.keys = shards.stream().map(ShardPlanner.Shard::key).toList();
        List<String> listed = new ArrayList<>();
        for (ShardPlanner.Shard shard : shards) {
            if (shard.to() - shard.from() < SMALL_SHARD) {
                words.subList(shard.from(), shard.to()).stream().filter(terms::containsKey).forEach(listed::add);
            }
        }
        this.common = List.copyOf(listed);
        Map<String, List<String>> forms = new TreeMap<>();
        aliases.forEach((alias, term) -> forms.computeIfAbsent(term, t -> new ArrayList<>()).add(alias));
        forms.values().forEach(Collections::sort);
        this.formsByTerm = forms;
    }

    /** The word forms that stand for a term of the index (and are none themselves). */
    public static Map<String, String> aliases(Map<String, LanguageIndex.TermPostings> terms, WordForms forms) {
        Map<String, String> aliases = new TreeMap<>();
        forms.aliases().forEach((alias, term) -> {
            if (terms.containsKey(term) && !terms.containsKey(alias)) {
                aliases.put(alias, term);
            }
        });
        return aliases;
    }

    /** The placed name keys with the terms of the index they stand for (keys left with none are dropped). */
    public static Map<String, List<String>> names(Map<String, LanguageIndex.TermPostings> terms, Names names) {
        Map<String, List<String>> keys = new TreeMap<>();
        names.byKey().forEach((key, named) -> {
            List<String> present = named.stream().filter(terms::containsKey).toList();
            if (!present.isEmpty()) {
                keys.put(key, present);
            }
        });
        return keys;
    }

    /**
     * @param aliases the word forms, as {@link #aliases} gives them
     * @param names   the name keys, as {@link #names} gives them
     * @param words   the terms, aliases and keys, sorted, each once
     * @param size    the characters a word adds to its shard file
     */
    public static Lexicon of(Map<String, LanguageIndex.TermPostings> terms, Map<String, String> aliases,
                             Map<String, List<String>> names, List<String> words, ToIntFunction<String> size,
                             long shardTarget) {
        return new Lexicon(terms, aliases, names, words, ShardPlanner.plan(words, size, shardTarget));
    }

    public int shardCount() {
        return shards.size();
    }

    /** The shard keys, ascending; the first is the empty string. */
    public List<String> keys() {
        return keys;
    }

    /** The shard that holds {@code stem}, or would hold it if it were a word of the index. */
    public int shardOf(String stem) {
        int low = 0;
        int high = keys.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (keys.get(middle).compareTo(stem) <= 0) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** Every word, terms, aliases and name keys, sorted. */
    public List<String> words() {
        return words;
    }

    /** The words (terms, aliases and name keys) of a shard, sorted. */
    public List<String> words(int shard) {
        ShardPlanner.Shard s = shards.get(shard);
        return words.subList(s.from(), s.to());
    }

    /** The terms and aliases of a shard, sorted: what a typo of a query word may be. */
    public List<String> spellings(int shard) {
        return words(shard).stream().filter(word -> terms.containsKey(word) || aliases.containsKey(word)).toList();
    }

    /** The name keys' words of a shard, sorted: what a typo of a query word's key may be. */
    public List<String> nameKeys(int shard) {
        return words(shard).stream().filter(names::containsKey).toList();
    }

    /** The terms of small shards, sorted: typo candidates for every query word. */
    public List<String> common() {
        return common;
    }

    public boolean isName(String word) {
        return names.containsKey(word);
    }

    /** The terms a name key's word stands for, sorted; none if it is no key of the index. */
    public List<String> named(String key) {
        return names.getOrDefault(key, List.of());
    }

    public boolean isAlias(String word) {
        return aliases.containsKey(word);
    }

    /** The term of the index that {@code stem} stands for: itself unless it is an alias. */
    public String canonical(String stem) {
        return aliases.getOrDefault(stem, stem);
    }

    public LanguageIndex.TermPostings postings(String term) {
        return terms.get(term);
    }

    public boolean hasTerm(String term) {
        return terms.containsKey(term);
    }

    /** The other word forms joined under {@code term}, for highlighting them too. */
    public List<String> formsOf(String term) {
        return formsByTerm.getOrDefault(term, List.of());
    }
}
