package org.labourrights.site.model;

import java.util.Map;

/** A topic from the tag vocabulary ({@code content/data/tags.yaml}), named in both languages. */
public record Tag(String key, Map<Language, String> names) {

    public Tag {
        names = Map.copyOf(names);
    }

    public String name(Language language) {
        return names.get(language);
    }
}
