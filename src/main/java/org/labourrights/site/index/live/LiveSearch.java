package org.labourrights.site.index.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.SearchIndex;
import org.labourrights.site.index.Workers;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The search index of the preview server, kept open across edits: an edit re-analyzes only the
 * documents it changes and rewrites only the files of the index whose content it changes, in a
 * folder whose address does not change ({@code /search/live/}), so that pages need not be
 * rendered again for the index's sake.
 *
 * <pre>
 * LiveSearch search = LiveSearch.open(SearchDocuments.of(site), output);   // once: a full build
 * String base = search.published().base();                                // "/search/live/", for the search page
 * ...
 * search.update(List.of(SearchDocuments.of(editedDocument)), Set.of());    // after each edit
 * search.update(List.of(), Set.of("ru:statements/old"));                  // a document removed
 * </pre>
 *
 * <p>A query answers after an update exactly as after a full build of the same documents (the
 * same documents, scores and typo variants), except that documents may be numbered differently:
 * an edited document keeps its number, a new one takes a free number, and equal scores are
 * ordered by number. Files differ from a full build's in layout, not in meaning: shard files are
 * named in the manifest ({@code shardFiles}) and positions files are cut by document number
 * ({@code positionGroups}), see {@link IndexFiles}. The preview server should serve the folder
 * without caching, as its files change in place.
 *
 * <p>Updates are synchronized: one at a time. Memory: the documents, their postings and the
 * vocabulary stay in memory (about what a full build holds at its peak), files are rewritten in
 * place where their names stay.
 */
public final class LiveSearch implements AutoCloseable {

    /** What an update did: how many files it wrote and deleted. */
    public record Changes(int written, int deleted) { }

    private static final String BASE = "/search/live/";

    private final Path root;
    private final Map<Language, LiveLanguage> languages;

    private LiveSearch(Path root, Map<Language, LiveLanguage> languages) {
        this.root = root;
        this.languages = languages;
    }

    /** Indexes {@code all} (public documents of both languages) and writes the index under {@code siteOutput/search/live/}. */
    public static LiveSearch open(Languages site, List<SearchDocument> all, Path siteOutput) {
        return open(site, all, siteOutput, SearchIndex.SHARD_TARGET, LiveLanguage.POSITION_GROUP);
    }

    static LiveSearch open(Languages site, List<SearchDocument> all, Path siteOutput, long shardTarget, int positionGroup) {
        Path root = siteOutput.resolve("search").resolve("live");
        Map<Language, List<SearchDocument>> byLanguage = SearchIndex.byLanguage(site, all);
        Map<Language, LiveLanguage> languages = new LinkedHashMap<>();
        try (Workers workers = Workers.start()) {
            Map<Language, CompletableFuture<LiveLanguage>> opening = new LinkedHashMap<>();
            for (Language language : site.all()) {
                Path folder = root.resolve(language.code());
                opening.put(language, LiveLanguage.open(language, byLanguage.get(language), folder, shardTarget, positionGroup, workers)
                        .thenCompose(live -> live.writeAll(folder, workers).thenApply(done -> live)));
            }
            for (Language language : site.all()) {
                languages.put(language, Workers.join(opening.get(language)));
            }
        }
        // A previous preview's files were overwritten where their names came again (cheaper than
        // deleting and creating them); the others go.
        languages.values().forEach(LiveLanguage::deleteOthers);
        return new LiveSearch(root, languages);
    }

    /** Where the index is, for the search page: always {@code /search/live/}. */
    public synchronized PublishedSearch published() {
        int files = 0;
        long bytes = 0;
        for (LiveLanguage language : languages.values()) {
            files += language.fileCount();
            bytes += language.byteCount();
        }
        return new PublishedSearch(BASE, files, bytes);
    }

    /**
     * Applies an edit: {@code changed} holds the new versions of changed documents and new
     * documents (of either language; a document is known by its id), {@code removedIds} the ids of
     * documents gone (or now private). Rewrites the files whose content changes; the manifest last.
     */
    public synchronized Changes update(List<SearchDocument> changed, Set<String> removedIds) {
        int written = 0;
        int deleted = 0;
        for (Language language : languages.keySet()) {
            List<SearchDocument> mine = new ArrayList<>();
            for (SearchDocument document : changed) {
                if (document.language().equals(language)) {
                    mine.add(document);
                }
            }
            LiveFolder.Changes changes = languages.get(language).update(mine, removedIds);
            written += changes.written();
            deleted += changes.deleted();
        }
        return new Changes(written, deleted);
    }

    /** Writes every file of the current index into {@code folder}/{@code <lang>}/ (tests compare it with the live folder). */
    synchronized void writeAllTo(Path folder) {
        try (Workers workers = Workers.start()) {
            List<CompletableFuture<Void>> writing = new ArrayList<>();
            for (Language language : languages.keySet()) {
                writing.add(languages.get(language).writeAll(folder.resolve(language.code()), workers));
            }
            writing.forEach(Workers::join);
        }
    }

    /** The documents of a language by number (null where a number is free), for tests. */
    synchronized List<SearchDocument> documents(Language language) {
        return languages.get(language).documents();
    }

    /** The folder of the index: {@code siteOutput/search/live}. */
    Path folder() {
        return root;
    }

    @Override
    public void close() {
        // Nothing is held but memory; the files stay for the preview to serve.
    }
}
