package org.labourrights.site.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labourrights.site.content.EditDistance;
import org.labourrights.site.index.inversion.Lexicon;
import org.labourrights.site.index.inversion.Ranking;

/**
 * A parsed query resolved against the lexicon: for each word, the index term it stands for (if
 * any) and its typo variants; for each phrase, its terms. The browser resolves words the same way
 * from the shards it fetched; this is the single definition both follow.
 *
 * <p>A word's variants are the words of its shard (terms and other word forms) and the lexicon's
 * common words within the edit distance its length allows, as their index terms, excluding its
 * own term; and the terms of the name keys near the word's key (see {@link #names}); the closest
 * first, then the most frequent, then alphabetical, at most {@link Ranking#MAX_VARIANTS}.
 */
public record QueryPlan(List<Clause> clauses) {

    public sealed interface Clause permits Word, Phrase { }

    /** A term the word matches and how many typos away from the word it is. */
    public record Variant(String term, int edits) { }

    /** @param exact the word's own term, or null if the index does not have it */
    public record Word(String exact, List<Variant> variants) implements Clause {

        /** Exact term first (0 edits), then the variants. */
        public List<Variant> all() {
            List<Variant> all = new ArrayList<>();
            if (exact != null) {
                all.add(new Variant(exact, 0));
            }
            all.addAll(variants);
            return all;
        }
    }

    public record Phrase(List<String> terms, int[] positions) implements Clause { }

    public QueryPlan {
        clauses = List.copyOf(clauses);
    }

    public static QueryPlan of(ParsedQuery query, Lexicon lexicon) {
        List<Clause> clauses = new ArrayList<>();
        for (ParsedQuery.Clause clause : query.clauses()) {
            if (clause instanceof ParsedQuery.Word word) {
                clauses.add(word(word, lexicon));
            } else if (clause instanceof ParsedQuery.Phrase phrase) {
                clauses.add(new Phrase(phrase.stems().stream().map(lexicon::canonical).toList(), phrase.positions()));
            }
        }
        return new QueryPlan(clauses);
    }

    private static Word word(ParsedQuery.Word word, Lexicon lexicon) {
        String canonical = lexicon.canonical(word.stem());
        String exact = lexicon.hasTerm(canonical) ? canonical : null;
        int maxEdits = word.exact() ? 0 : Ranking.maxEdits(word.letters());
        Map<String, Integer> closest = new HashMap<>();
        if (maxEdits > 0) {
            List<String> candidates = new ArrayList<>(lexicon.spellings(lexicon.shardOf(word.stem())));
            candidates.addAll(lexicon.common());
            for (String candidate : candidates) {
                int edits = EditDistance.osa(word.stem(), candidate, maxEdits);
                if (edits > maxEdits) {
                    continue;
                }
                String term = lexicon.canonical(candidate);
                if (!term.equals(canonical)) {
                    closest.merge(term, edits, Math::min);
                }
            }
        }
        if (word.key() != null) {
            names(word.key(), maxEdits, lexicon, canonical, closest);
        }
        List<Variant> variants = closest.entrySet().stream()
                .map(e -> new Variant(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Variant::edits)
                        .thenComparing(v -> -lexicon.postings(v.term()).weight())
                        .thenComparing(Variant::term))
                .limit(Ranking.MAX_VARIANTS)
                .toList();
        return new Word(exact, variants);
    }

    /**
     * The terms of the name keys in the key's shard as far from the word's key as its typos may
     * be: a name in the other script or spelt another way ranks as a typo does (never as the exact
     * word), one more key typo as one more edit, at most the word's allowance (one for an equal key).
     */
    private static void names(String key, int maxEdits, Lexicon lexicon, String canonical, Map<String, Integer> closest) {
        for (String candidate : lexicon.nameKeys(lexicon.shardOf(key))) {
            int distance = EditDistance.osa(key, candidate, maxEdits);
            if (distance > maxEdits) {
                continue;
            }
            for (String term : lexicon.named(candidate)) {
                if (!term.equals(canonical)) {
                    closest.merge(term, Math.max(1, distance), Math::min);
                }
            }
        }
    }
}
