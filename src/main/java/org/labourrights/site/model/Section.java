package org.labourrights.site.model;

import java.util.Optional;

/** The folders of {@code content/}: each is a kind of document and a list page of the site. */
public enum Section {
    RESOLUTIONS("resolutions"),
    STATEMENTS("statements"),
    DECLARATIONS("declarations"),
    REPORTS("reports"),
    NEWS("news"),
    CAMPAIGNS("campaigns"),
    PAGES("pages");

    private final String slug;

    Section(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Pages (such as "About the Mission") are timeless: they stay out of lists and feeds. */
    public boolean isDated() {
        return this != PAGES;
    }

    public static Optional<Section> fromSlug(String slug) {
        for (Section section : values()) {
            if (section.slug.equals(slug)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
