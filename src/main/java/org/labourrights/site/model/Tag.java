package org.labourrights.site.model;

import java.io.Serializable;
import java.util.Map;

/** A topic from the tag vocabulary ({@code content/data/tags.yaml}), named in both languages. */
public record Tag(String key, Map<Language, String> names) implements Serializable {

    public Tag {
        names = Map.copyOf(names);
    }

    public String name(Language language) {
        return names.get(language);
    }
}
