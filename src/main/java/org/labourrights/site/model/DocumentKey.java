package org.labourrights.site.model;

import java.io.Serializable;

/** What two translations share: a section and a slug. */
public record DocumentKey(Section section, String slug) implements Serializable {

    @Override
    public String toString() {
        return section.slug() + "/" + slug;
    }
}
