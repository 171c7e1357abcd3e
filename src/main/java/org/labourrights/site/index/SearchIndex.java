package org.labourrights.site.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.labourrights.site.index.export.IndexFiles;
import org.labourrights.site.index.export.Publication;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.index.inversion.LanguageIndex.TermPostings;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.index.inversion.Lexicon;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The search index of a site: one index and lexicon per language, built in parallel (chunks of
 * documents analyzed on every core). It writes the static files the browser queries; the tests
 * answer the same queries with Lucene's own index of the same documents, the reference.
 */
public final class SearchIndex {

    /** A shard file's target size in characters; gzip makes about a quarter of it. */
    public static final long SHARD_TARGET = 32 * 1024;

    private final Map<Language, LanguageIndex> indexes;
    private final Map<Language, Lexicon> lexicons;

    private SearchIndex(Map<Language, LanguageIndex> indexes, Map<Language, Lexicon> lexicons) {
        this.indexes = indexes;
        this.lexicons = lexicons;
    }

    public static SearchIndex build(Languages languages, List<SearchDocument> documents) {
        return build(languages, documents, SHARD_TARGET);
    }

    public static SearchIndex build(Languages languages, List<SearchDocument> documents, long shardTarget) {
        try (Workers workers = Workers.start()) {
            Map<Language, CompletableFuture<Built>> building = building(byLanguage(languages, documents), shardTarget, workers);
            Map<Language, LanguageIndex> indexes = new LinkedHashMap<>();
            Map<Language, Lexicon> lexicons = new LinkedHashMap<>();
            for (Language language : building.keySet()) {
                Built built = Workers.join(building.get(language));
                indexes.put(language, built.index());
                lexicons.put(language, built.lexicon());
            }
            return new SearchIndex(indexes, lexicons);
        }
    }

    /** A language's index and lexicon. */
    public record Built(LanguageIndex index, Lexicon lexicon) {

        public IndexFiles files() {
            return new IndexFiles(index, lexicon);
        }
    }

    /** Each language's index and lexicon, built by tasks on {@code workers}. */
    public static Map<Language, CompletableFuture<Built>> building(Map<Language, List<SearchDocument>> documents,
                                                            long shardTarget, Workers workers) {
        Map<Language, CompletableFuture<Built>> building = new LinkedHashMap<>();
        for (Language language : documents.keySet()) {
            building.put(language, LanguageIndex.build(language, documents.get(language), workers::urgent)
                    .thenApply(index -> new Built(index, lexicon(index, shardTarget))));
        }
        return building;
    }

    /**
     * The lexicon cut into shards by the exported files' sizes: the planner in {@code inversion}
     * takes the size of each word's entry from the format it will be written in ({@code export}),
     * so that neither of the two needs the other.
     */
    static Lexicon lexicon(LanguageIndex index, long shardTarget) {
        int documents = index.documents().size();
        Map<String, TermPostings> terms = index.terms();
        Map<String, String> aliases = Lexicon.aliases(terms, index.forms());
        Map<String, List<String>> names = Lexicon.names(terms, index.names());
        TreeSet<String> words = new TreeSet<>(terms.keySet());
        words.addAll(aliases.keySet());
        words.addAll(names.keySet());
        return Lexicon.of(terms, aliases, names, List.copyOf(words), word -> (names.containsKey(word)
                ? IndexFiles.nameSize(word, names.get(word), terms::get, documents) : 0)
                + (terms.containsKey(word) || aliases.containsKey(word) ? IndexFiles.size(terms.get(word), word, documents) : 0),
                shardTarget);
    }

    /** The documents of each of the site's languages, in order; a language with none has an empty index. */
    public static Map<Language, List<SearchDocument>> byLanguage(Languages languages, List<SearchDocument> documents) {
        Map<Language, List<SearchDocument>> byLanguage = new LinkedHashMap<>();
        for (Language language : languages.all()) {
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
        Map<Language, List<SearchDocument>> documents = new LinkedHashMap<>();
        indexes.forEach((language, index) -> documents.put(language, index.documents()));
        try (Workers workers = Workers.start()) {
            Publication publication = Publication.start(siteOutput, null, documents, workers);
            for (Language language : indexes.keySet()) {
                publication.index(language, CompletableFuture.completedFuture(
                        new IndexFiles(indexes.get(language), lexicons.get(language))));
            }
            return publication.finish();
        }
    }
}
