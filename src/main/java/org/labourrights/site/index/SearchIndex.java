package org.labourrights.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.labourrights.site.model.Language;

/**
 * The search index of a site: one index and lexicon per language, built in parallel (chunks of
 * documents analyzed on every core). It writes the static files the browser queries, and answers
 * queries itself with Lucene, as the reference the browser's results are tested against.
 */
public final class SearchIndex implements AutoCloseable {

    /** A shard file's target size in characters; gzip makes about a quarter of it. */
    public static final long SHARD_TARGET = 32 * 1024;

    /** A result: the document number (Lucene's doc id), its score and the document. */
    public record Hit(int doc, float score, SearchDocument document) { }

    private final Map<Language, LanguageIndex> indexes;
    private final Map<Language, Lexicon> lexicons;

    private SearchIndex(Map<Language, LanguageIndex> indexes, Map<Language, Lexicon> lexicons) {
        this.indexes = indexes;
        this.lexicons = lexicons;
    }

    public static SearchIndex build(List<SearchDocument> documents) {
        return build(documents, SHARD_TARGET);
    }

    public static SearchIndex build(List<SearchDocument> documents, long shardTarget) {
        try (Workers workers = Workers.start()) {
            Map<Language, CompletableFuture<Built>> building = building(byLanguage(documents), shardTarget, workers);
            Map<Language, LanguageIndex> indexes = new EnumMap<>(Language.class);
            Map<Language, Lexicon> lexicons = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                Built built = Workers.join(building.get(language));
                indexes.put(language, built.index());
                lexicons.put(language, built.lexicon());
            }
            return new SearchIndex(indexes, lexicons);
        }
    }

    /** A language's index and lexicon. */
    record Built(LanguageIndex index, Lexicon lexicon) {

        IndexFiles files() {
            return new IndexFiles(index, lexicon);
        }
    }

    /** Each language's index and lexicon, built by tasks on {@code workers}. */
    static Map<Language, CompletableFuture<Built>> building(Map<Language, List<SearchDocument>> documents,
                                                            long shardTarget, Workers workers) {
        Map<Language, CompletableFuture<Built>> building = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            building.put(language, LanguageIndex.build(language, documents.get(language), workers::urgent)
                    .thenApply(index -> new Built(index, Lexicon.of(index, shardTarget))));
        }
        return building;
    }

    /** The documents of each language, in order. */
    static Map<Language, List<SearchDocument>> byLanguage(List<SearchDocument> documents) {
        Map<Language, List<SearchDocument>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, new ArrayList<>());
        }
        for (SearchDocument document : documents) {
            byLanguage.get(document.language()).add(document);
        }
        return byLanguage;
    }

    public LanguageIndex index(Language language) {
        return indexes.get(language);
    }

    public Lexicon lexicon(Language language) {
        return lexicons.get(language);
    }

    /**
     * Writes every language's files into {@code siteOutput/search/<hash>/<lang>/}, the hash being of
     * all the files' names and contents: a changed index gets a new address, an unchanged one the same.
     */
    public PublishedSearch write(Path siteOutput) {
        Map<Language, List<SearchDocument>> documents = new EnumMap<>(Language.class);
        indexes.forEach((language, index) -> documents.put(language, index.documents()));
        try (Workers workers = Workers.start()) {
            Publication publication = Publication.start(siteOutput, documents, workers);
            for (Language language : Language.values()) {
                publication.index(language, CompletableFuture.completedFuture(
                        new IndexFiles(indexes.get(language), lexicons.get(language))));
            }
            return publication.finish();
        }
    }

    /** Lucene's top {@code limit} for {@code text} in one language: the reference ranking. */
    public List<Hit> search(Language language, String text, int limit) {
        LanguageIndex index = indexes.get(language);
        QueryPlan plan = QueryPlan.of(ParsedQuery.parse(language, text), lexicons.get(language));
        try {
            TopDocs top = index.searcher().search(LuceneQueries.of(plan), Math.max(1, limit));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new Hit(hit.doc, hit.score, index.documents().get(hit.doc)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents of one language match {@code text}: the whole result set, not only the top. */
    public int count(Language language, String text) {
        QueryPlan plan = QueryPlan.of(ParsedQuery.parse(language, text), lexicons.get(language));
        try {
            return indexes.get(language).searcher().count(LuceneQueries.of(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan of a query, as the browser should resolve it too (for tests and diagnostics). */
    public QueryPlan plan(Language language, String text) {
        return QueryPlan.of(ParsedQuery.parse(language, text), lexicons.get(language));
    }

    @Override
    public void close() {
        indexes.values().forEach(LanguageIndex::close);
    }
}
