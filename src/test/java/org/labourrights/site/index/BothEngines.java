package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.labourrights.site.model.Language;

/** A query answered by Lucene and by the browser's script on the same index, which must agree. */
final class BothEngines {

    private BothEngines() {
    }

    /**
     * The results in Lucene, after checking that the browser (on the index written to
     * {@code folder}) returns the same documents in the same order.
     */
    static List<SearchDocument> search(SearchIndex index, Path folder, Language language, String query) {
        List<SearchDocument> lucene = LuceneReference.search(index, language, query, 1000).stream()
                .map(LuceneReference.Hit::document).toList();
        JsonNode answer = NodeEngine.call(Map.of("command", "search", "index", folder.resolve(language.code()).toString(),
                "queries", List.of(query), "limit", 1000));
        List<SearchDocument> browser = new ArrayList<>();
        for (JsonNode hit : answer.get("results").get(0).get("hits")) {
            browser.add(index.index(language).documents().get(hit.get(0).asInt()));
        }
        assertEquals(ids(lucene), ids(browser), "browser and Lucene results for [" + query + "]");
        return lucene;
    }

    static List<String> ids(List<SearchDocument> documents) {
        return documents.stream().map(SearchDocument::id).toList();
    }
}
