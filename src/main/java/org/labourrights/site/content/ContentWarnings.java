package org.labourrights.site.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseSource;
import org.labourrights.site.model.Document;

/**
 * What an editor should look at although nothing stops the site, by file and line, sorted: the
 * build prints it, the preview shows it in the terminal. A document that writes a hidden name
 * ({@link HiddenNameWarnings}), and an outside source with no archived copy: a page elsewhere can
 * change or vanish, and a researcher must still be able to read what the case cites.
 */
public final class ContentWarnings {

    private ContentWarnings() {
    }

    public static List<Problem> of(List<Document> documents, List<Case> cases, Map<String, HiddenName> hiddenNames,
                                   Function<String, String> sourceText) {
        return of(HiddenNameWarnings.of(documents, hiddenNames, sourceText), cases);
    }

    /**
     * The warnings, given those the documents have already been found to have
     * ({@link HiddenNameWarnings}): the preview keeps a document's until it or a case it names is
     * read again.
     */
    public static List<Problem> of(List<Problem> documentWarnings, List<Case> cases) {
        List<Problem> warnings = new ArrayList<>(documentWarnings);
        for (Case c : cases) {
            for (int i = 0; i < c.sources().size(); i++) {
                CaseSource source = c.sources().get(i);
                if (source.isOutside() && source.outside().archive() == null) {
                    warnings.add(new Problem(c.sourcePath(), c.lineOf("/sources/" + i + "/url"), "source " + (i + 1)
                            + " (" + source.outside().url() + ") has no archived copy: save the page with"
                            + " https://web.archive.org/save and write the copy's address as 'archive:', so that"
                            + " readers can check it if the page changes or disappears"));
                }
            }
        }
        return warnings.stream().sorted().toList();
    }
}
