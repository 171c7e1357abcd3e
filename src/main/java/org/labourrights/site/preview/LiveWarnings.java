package org.labourrights.site.preview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.labourrights.site.content.ContentWarnings;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.content.HiddenNameWarnings;
import org.labourrights.site.content.Problem;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;

/**
 * The content warnings, kept between edits: a document is searched for hidden names again only
 * when it, or the hidden name of a case it names, was read again since. Searching every document
 * after each edit took 0.4 to 0.9 s at 10,000 documents per language (the preview benchmark), on
 * the thread that applies the next edit, which waited for it.
 *
 * <p>The content source keeps the record of an unchanged file, and the name of an unchanged case,
 * as the same object; a record read again is a new one. So "unchanged" is told by identity: a file
 * read again, even with the same text, is searched again, never missed.
 */
final class LiveWarnings {

    /** A document as last searched, the hidden names it was searched for, and what was found. */
    private record Searched(Document document, List<HiddenName> names, List<Problem> warnings) { }

    private final Function<String, String> sourceText;
    /** By the document's file. */
    private Map<String, Searched> searched = new HashMap<>();

    LiveWarnings(Function<String, String> sourceText) {
        this.sourceText = sourceText;
    }

    /** The warnings of the content as it now is, the same as {@link ContentWarnings#of} finds. */
    List<Problem> of(List<Document> documents, List<Case> cases, Map<String, HiddenName> hiddenNames) {
        Map<String, Searched> now = new HashMap<>();
        List<Problem> found = new ArrayList<>();
        for (Document document : documents) {
            List<HiddenName> names = namesIn(document, hiddenNames);
            Searched before = searched.get(document.sourcePath());
            Searched after = before != null && before.document() == document && same(before.names(), names) ? before
                    : new Searched(document, names, HiddenNameWarnings.of(document, hiddenNames, sourceText));
            now.put(document.sourcePath(), after);
            found.addAll(after.warnings());
        }
        searched = now;
        return ContentWarnings.of(found, cases);
    }

    /** The hidden names of the cases the document names, in its order; null where a case's name is not hidden. */
    private static List<HiddenName> namesIn(Document document, Map<String, HiddenName> hiddenNames) {
        List<HiddenName> names = new ArrayList<>(document.cases().size());
        for (String id : document.cases()) {
            names.add(hiddenNames.get(id));
        }
        return names;
    }

    private static boolean same(List<HiddenName> before, List<HiddenName> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }
}
