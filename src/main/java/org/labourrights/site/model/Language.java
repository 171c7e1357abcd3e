package org.labourrights.site.model;

import java.util.Optional;

/** The two languages the Mission publishes in. The code is the file suffix and the URL prefix. */
public enum Language {
    RU("ru", "Russian"),
    EN("en", "English");

    private final String code;
    private final String englishName;

    Language(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** The language's name in English, as the editors' pages and commands name it. */
    public String englishName() {
        return englishName;
    }

    public String code() {
        return code;
    }

    public Language other() {
        return this == RU ? EN : RU;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
