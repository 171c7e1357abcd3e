package org.labourrights.site.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.labourrights.site.index.export.Publication;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/** The search step of the build: index the public documents and publish the static index. */
public final class SiteSearch {

    private SiteSearch() {
    }

    /**
     * Indexes {@code documents} (public content only: the build has already left out drafts,
     * embargoed items and private case fields) and writes the static index under
     * {@code siteOutput/search/<hash>/}. On every core: the documents' files are written while
     * the documents are analyzed, the shards and positions of a language as soon as its index is
     * ready.
     */
    public static PublishedSearch publish(Languages languages, List<SearchDocument> documents, Path siteOutput) {
        return publish(languages, documents, siteOutput, null);
    }

    /**
     * {@link #publish(Languages, List, Path)}, taking the files of {@code earlierSite}'s index
     * where they are the same rather than writing them again (null when there is no earlier site).
     */
    public static PublishedSearch publish(Languages languages, List<SearchDocument> documents, Path siteOutput,
                                          Path earlierSite) {
        Map<Language, List<SearchDocument>> byLanguage = SearchIndex.byLanguage(languages, documents);
        try (Workers workers = Workers.start()) {
            // The analysis first: the documents' files are written in the gaps.
            var building = SearchIndex.building(byLanguage, SearchIndex.SHARD_TARGET, workers);
            Publication publication = Publication.start(siteOutput, earlierSite, byLanguage, workers);
            building.forEach((language, built) -> publication.index(language, built.thenApply(SearchIndex.Built::files)));
            return publication.finish();
        }
    }
}
