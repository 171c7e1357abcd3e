package org.labourrights.site.index;

import java.nio.file.Path;
import java.util.List;

/** The search step of the build: index the public documents and publish the static index. */
public final class SiteSearch {

    private SiteSearch() {
    }

    /**
     * Indexes {@code documents} (public content only: the build has already left out drafts,
     * embargoed items and private case fields) and writes the static index under
     * {@code siteOutput/search/<hash>/}.
     */
    public static PublishedSearch publish(List<SearchDocument> documents, Path siteOutput) {
        try (SearchIndex index = SearchIndex.build(documents)) {
            return index.write(siteOutput);
        }
    }
}
