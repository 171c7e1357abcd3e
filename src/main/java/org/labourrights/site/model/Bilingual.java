package org.labourrights.site.model;

import java.util.Objects;

/**
 * A text of a case in both of the site's languages. Both are written side by side in one YAML
 * file ({@code {ru: …, en: …}}), so that a fact cannot be corrected in one language and forgotten
 * in the other.
 */
public record Bilingual(String ru, String en) {

    public Bilingual {
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.RU ? ru : en;
    }
}
