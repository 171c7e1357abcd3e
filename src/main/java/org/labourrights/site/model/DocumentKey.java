package org.labourrights.site.model;

/** What two translations share: a section and a slug. */
public record DocumentKey(Section section, String slug) {

    @Override
    public String toString() {
        return section.slug() + "/" + slug;
    }
}
