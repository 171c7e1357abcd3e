package org.labourrights.site.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.index.inversion.Ranking;

/**
 * The Lucene query of a {@link QueryPlan}: the reference the browser's ranking must equal.
 *
 * <pre>
 * all clauses MUST match:
 *   word:   SHOULD DisMax(title:t^(3·w) for each term t of the word)      w = 1, ½, ¼ by typos
 *           SHOULD DisMax(body:t^w …)
 *           SHOULD ConstantScore(title:exact OR body:exact)^1000           only if the word has variants
 *   phrase: SHOULD PhraseQuery(title: terms at positions)^3
 *           SHOULD PhraseQuery(body: …)
 * </pre>
 * Scores are BM25 (k1 1.2, b 0.75) per field; a word scores the best of its terms in each field,
 * so a typo variant never adds to the exact word, and the constant puts documents containing
 * the words as typed ahead of those that only match a typo variant.
 */
public final class LuceneQueries {

    private LuceneQueries() {
    }

    public static Query of(QueryPlan plan) {
        if (plan.clauses().isEmpty()) {
            return new MatchNoDocsQuery("empty query");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryPlan.Clause clause : plan.clauses()) {
            Query query = clause instanceof QueryPlan.Word word ? word(word) : phrase((QueryPlan.Phrase) clause);
            all.add(query, BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static Query word(QueryPlan.Word word) {
        List<QueryPlan.Variant> terms = word.all();
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no such word");
        }
        List<Query> title = new ArrayList<>();
        List<Query> body = new ArrayList<>();
        for (QueryPlan.Variant variant : terms) {
            float weight = Ranking.EDIT_BOOSTS[variant.edits()];
            title.add(boosted(new TermQuery(new Term(LanguageIndex.TITLE, variant.term())), Ranking.TITLE_BOOST * weight));
            body.add(boosted(new TermQuery(new Term(LanguageIndex.BODY, variant.term())), weight));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new DisjunctionMaxQuery(title, 0f), BooleanClause.Occur.SHOULD)
                .add(new DisjunctionMaxQuery(body, 0f), BooleanClause.Occur.SHOULD);
        if (word.exact() != null && !word.variants().isEmpty()) {
            Query exact = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(LanguageIndex.TITLE, word.exact())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(LanguageIndex.BODY, word.exact())), BooleanClause.Occur.SHOULD)
                    .build();
            query.add(new BoostQuery(new ConstantScoreQuery(exact), Ranking.EXACT_TIER), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Query phrase(QueryPlan.Phrase phrase) {
        return new BooleanQuery.Builder()
                .add(boosted(phraseIn(LanguageIndex.TITLE, phrase), Ranking.TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(phraseIn(LanguageIndex.BODY, phrase), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query phraseIn(String field, QueryPlan.Phrase phrase) {
        PhraseQuery.Builder builder = new PhraseQuery.Builder();
        for (int i = 0; i < phrase.terms().size(); i++) {
            builder.add(new Term(field, phrase.terms().get(i)), phrase.positions()[i]);
        }
        return builder.build();
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
