package org.labourrights.site.model;

import java.util.Optional;

/** The two languages the Mission publishes in. The code is the file suffix and the URL prefix. */
public enum Language {
    RU("ru"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
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
