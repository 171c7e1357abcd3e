package org.labourrights.site.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text of a case in the site's languages, by language code. All are written side by side in one
 * YAML mapping ({@code {ru: …, en: …}}), so that a fact cannot be corrected in one language and
 * forgotten in another. The case languages of {@code site.yaml} must all be there; a language
 * added later may lack it, and its pages then show the text as first written, with a note.
 *
 * @param byCode the texts in the order the file gives them
 */
public record Texts(Map<String, String> byCode) implements Serializable {

    public Texts {
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException("a text is written in at least one language");
        }
        byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    /** The text for a page in {@code language}: its own, or where there is none the first written. */
    public String in(Language language) {
        String text = byCode.get(language.code());
        return text != null ? text : byCode.values().iterator().next();
    }

    /** Whether the text is written in {@code language}, rather than shown there as first written. */
    public boolean isWrittenIn(Language language) {
        return byCode.containsKey(language.code());
    }

    /** The code of the language a page in {@code language} shows the text in. */
    public String shownIn(Language language) {
        return isWrittenIn(language) ? language.code() : byCode.keySet().iterator().next();
    }

    /** Every language's text, in the file's order. */
    public List<String> all() {
        return List.copyOf(byCode.values());
    }
}
