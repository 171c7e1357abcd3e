package org.labourrights.site.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.labourrights.site.model.Languages;

/**
 * Names a place in a case file the way an editor reads it, not as a JSON pointer:
 * {@code /events/2/type} is "event 3, type", {@code /name/en} is "name (en)".
 */
final class CaseFieldNames {

    private static final Map<String, String> ITEM = Map.of(
            "events", "event",
            "charges", "charge",
            "demands", "demand",
            "sources", "source",
            "documents", "document",
            "variants", "variant",
            "affiliates", "affiliate",
            "relations", "relation");

    private CaseFieldNames() {
    }

    /** @param languages the site's: a text's key is a language code, read as "(en)" after its field */
    static String describe(String pointer, Languages languages) {
        if (pointer.isEmpty()) {
            return "the file";
        }
        String[] segments = pointer.substring(1).split("/", -1);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].replace("~1", "/").replace("~0", "~");
            boolean nextIsIndex = i + 1 < segments.length && segments[i + 1].matches("\\d+");
            if (nextIsIndex) {
                // A list and its index read as one: "event 3" (editors count from 1).
                parts.add(ITEM.getOrDefault(segment, segment + " item") + " " + (Integer.parseInt(segments[i + 1]) + 1));
                i++;
            } else if (languages.byCode(segment).isPresent() && !parts.isEmpty()) {
                // A language of a text: "name (en)".
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " (" + segment + ")");
            } else {
                parts.add(segment);
            }
        }
        return String.join(", ", parts);
    }
}
