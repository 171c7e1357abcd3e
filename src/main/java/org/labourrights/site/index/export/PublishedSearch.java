package org.labourrights.site.index.export;

import org.labourrights.site.model.Language;

/**
 * Where the static index was published, for the search page: {@code base} is the index folder's
 * address, e.g. {@code /search/3fa9c01b22e7/}, whose name is a hash of every file in it, so all of
 * it can be cached for a year. The page gives the base to the script (data-index), which loads
 * {@code <base><lang>/manifest.json}.
 */
public record PublishedSearch(String base, int files, long bytes) {

    public String manifest(Language language) {
        return base + language.code() + "/manifest.json";
    }
}
