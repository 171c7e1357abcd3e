package org.labourrights.site.model;

import java.util.Objects;

/**
 * A document of the Mission that the facts of a case come from; {@code note} (nullable) says which.
 * {@code confirmsStatus} is false for a document that bears on the case without saying whether
 * its status still holds (the December 2025 resolution welcomes releases in Belarus without
 * naming anyone): it is cited, but the status is not dated by it.
 */
public record CaseSource(DocumentKey document, Bilingual note, boolean confirmsStatus) {

    public CaseSource {
        Objects.requireNonNull(document, "document");
    }
}
