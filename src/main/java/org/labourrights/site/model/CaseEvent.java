package org.labourrights.site.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One dated step of a case's history. Every event names the Mission's documents it is stated in,
 * so that each line of a timeline can be checked by a reader.
 */
public record CaseEvent(PartialDate date, EventType type, Texts text, List<DocumentKey> sources) implements Serializable {

    public CaseEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }
}
