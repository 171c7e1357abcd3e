package org.labourrights.site.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.labourrights.site.model.Document;

/**
 * A document that names a case whose name is hidden, and writes that name. A document is the
 * Mission's own text, and it may be right to name a person in it (a public statement, with the
 * person's consent), so this is a warning, not a refusal: the editor is told where, by line.
 */
public final class HiddenNameWarnings {

    private HiddenNameWarnings() {
    }

    /**
     * @param hiddenNames the real names of the cases shown by initials or pseudonym, by case id
     * @param sourceText  the text of a document's file, by the path it is shown as
     */
    public static List<Problem> of(List<Document> documents, Map<String, HiddenName> hiddenNames,
                                   Function<String, String> sourceText) {
        List<Problem> warnings = new ArrayList<>();
        if (hiddenNames.isEmpty()) {
            return warnings;
        }
        for (Document document : documents) {
            warnings.addAll(of(document, hiddenNames, sourceText));
        }
        return warnings;
    }

    /** The warnings of one document: none unless it is published and names a case whose name is hidden. */
    public static List<Problem> of(Document document, Map<String, HiddenName> hiddenNames,
                                   Function<String, String> sourceText) {
        List<Problem> warnings = new ArrayList<>();
        if (document.status() != Document.Status.PUBLISHED) {
            return warnings;
        }
        for (String id : document.cases()) {
            HiddenName name = hiddenNames.get(id);
            if (name != null) {
                try {
                    warnings.addAll(warnings(document, id, name, sourceText.apply(document.sourcePath())));
                } catch (ContentException gone) {
                    // Deleted or changed since it was read: the next reading will be checked.
                }
            }
        }
        return warnings;
    }

    private static List<Problem> warnings(Document document, String id, HiddenName name, String text) {
        List<Problem> warnings = new ArrayList<>();
        int line = 1;
        for (String content : text.split("\n", -1)) {
            List<HiddenName.Match> found = name.find(content);
            if (!found.isEmpty()) {
                warnings.add(new Problem(document.sourcePath(), line, "this document names the case '" + id + "', whose"
                        + " name the site hides, and this line writes that name (the word starting '"
                        + found.get(0).hint() + "…'); write the initials or the pseudonym instead, unless the person"
                        + " agreed to be named here"));
            }
            line++;
        }
        return warnings;
    }
}
