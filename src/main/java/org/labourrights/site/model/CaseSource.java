package org.labourrights.site.model;

import java.io.Serializable;

/**
 * Where the facts of a case come from: a document of the Mission ({@code document}) or a page
 * elsewhere ({@code outside}), exactly one of the two; {@code note} (nullable) says which facts.
 * {@code confirmsStatus} is false for a source that bears on the case without saying whether its
 * status still holds (the December 2025 resolution welcomes releases in Belarus without naming
 * anyone): it is cited, but the status is not dated by it.
 */
public record CaseSource(DocumentKey document, OutsideSource outside, Texts note, boolean confirmsStatus) implements Serializable {

    public CaseSource {
        if ((document == null) == (outside == null)) {
            throw new IllegalArgumentException("a source is a document of the site or an outside page: " + document);
        }
    }

    public boolean isOutside() {
        return outside != null;
    }
}
