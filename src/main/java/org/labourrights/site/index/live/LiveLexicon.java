package org.labourrights.site.index.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labourrights.site.index.analysis.Names;
import org.labourrights.site.index.analysis.WordForms;
import org.labourrights.site.index.export.IndexFiles;
import org.labourrights.site.index.inversion.LanguageIndex.TermPostings;
import org.labourrights.site.index.inversion.Lexicon;

/**
 * The live index's vocabulary: its terms with their postings, the other word forms that stand
 * for them (aliases), the name keys ({@link Names}), every word sorted, and the lexicon cut into shards from them. The words and
 * the sizes of the terms' entries are kept between edits, so that planning the shards again costs
 * what the edit changed, not a pass over every term.
 */
final class LiveLexicon {

    /**
     * The words an edit changed in the lexicon.
     *
     * @param words   the words whose shard entry changed, and the aliases that came, went or stand
     *                for another term, with their terms, and the name keys whose terms changed
     * @param aliases those aliases and their terms alone
     */
    record WordChanges(Set<String> words, Set<String> aliases) { }

    private final TreeMap<String, TermPostings> terms;
    private final Map<String, IndexFiles.TermSize> sizes = new HashMap<>();
    private final long shardTarget;
    private Map<String, String> aliases;
    private Map<String, List<String>> names;
    private final TreeSet<String> words = new TreeSet<>();
    private Lexicon lexicon;

    /** The vocabulary of {@code terms} (kept and changed in place) and {@code forms}, planned for {@code documents}. */
    LiveLexicon(TreeMap<String, TermPostings> terms, WordForms forms, Names names, long shardTarget, int documents) {
        this.terms = terms;
        this.shardTarget = shardTarget;
        terms.forEach((term, postings) -> sizes.put(term, IndexFiles.TermSize.of(postings)));
        this.aliases = Lexicon.aliases(terms, forms);
        this.names = Lexicon.names(terms, names);
        words.addAll(terms.keySet());
        words.addAll(aliases.keySet());
        words.addAll(this.names.keySet());
        this.lexicon = plan(documents);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    Collection<TermPostings> terms() {
        return terms.values();
    }

    /** Puts a term's new postings, or takes the term out (null); returns its postings before. */
    TermPostings replace(String term, TermPostings postings) {
        TermPostings was = terms.get(term);
        if (postings == null) {
            terms.remove(term);
            sizes.remove(term);
        } else {
            terms.put(term, postings);
            sizes.put(term, IndexFiles.TermSize.of(postings));
        }
        return was;
    }

    /**
     * After the terms changed ({@code changes}): the aliases again from the word forms
     * ({@link Lexicon#aliases}) and the name keys from the names, and the words of the recomputed
     * terms, the changed aliases and the changed keys.
     */
    WordChanges revise(WordForms forms, Names names, TermChanges changes) {
        Map<String, String> before = aliases;
        aliases = Lexicon.aliases(terms, forms);
        Set<String> changedWords = new HashSet<>(changes.entryChanged());
        for (String term : changes.recomputed()) {
            if (terms.containsKey(term)) {
                words.add(term);
            } else if (!aliases.containsKey(term) && !this.names.containsKey(term)) {
                words.remove(term);
            }
        }
        Set<String> changedAliases = new HashSet<>();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(aliases.keySet());
        for (String alias : all) {
            if (!Objects.equals(before.get(alias), aliases.get(alias))) {
                changedWords.add(alias);
                changedAliases.add(alias);
                if (before.containsKey(alias)) {
                    changedWords.add(before.get(alias));
                    changedAliases.add(before.get(alias));
                }
                if (aliases.containsKey(alias)) {
                    changedWords.add(aliases.get(alias));
                    changedAliases.add(aliases.get(alias));
                }
                if (aliases.containsKey(alias)) {
                    words.add(alias);
                } else if (!terms.containsKey(alias) && !this.names.containsKey(alias)) {
                    words.remove(alias);
                }
            }
        }
        Map<String, List<String>> keysBefore = this.names;
        this.names = Lexicon.names(terms, names);
        Set<String> keys = new HashSet<>(keysBefore.keySet());
        keys.addAll(this.names.keySet());
        for (String key : keys) {
            if (!Objects.equals(keysBefore.get(key), this.names.get(key))) {
                changedWords.add(key);
                if (this.names.containsKey(key)) {
                    words.add(key);
                } else if (!terms.containsKey(key) && !aliases.containsKey(key)) {
                    words.remove(key);
                }
            }
        }
        return new WordChanges(changedWords, changedAliases);
    }

    /** Cuts the words into shards again, sized for {@code documents}; returns the lexicon before. */
    Lexicon replan(int documents) {
        Lexicon before = lexicon;
        lexicon = plan(documents);
        return before;
    }

    private Lexicon plan(int documents) {
        return Lexicon.of(terms, aliases, names, List.copyOf(words), word -> size(word, documents), shardTarget);
    }

    /** What a word adds to its shard, as a full build estimates it ({@link IndexFiles#size}). */
    private int size(String word, int documents) {
        List<String> named = names.get(word);
        int size = named == null ? 0 : IndexFiles.nameSize(word, named, terms::get, documents);
        IndexFiles.TermSize term = sizes.get(word);
        return size + (term != null ? term.size(documents) : aliases.containsKey(word) ? IndexFiles.aliasSize(word) : 0);
    }
}
