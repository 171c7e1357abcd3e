package org.labourrights.site.model;

import java.util.Objects;

/** A document of the Mission that the facts of a case come from; {@code note} (nullable) says which. */
public record CaseSource(DocumentKey document, Bilingual note) {

    public CaseSource {
        Objects.requireNonNull(document, "document");
    }
}
