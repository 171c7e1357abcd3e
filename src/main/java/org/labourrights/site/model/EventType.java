package org.labourrights.site.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened in an event of a case's timeline, from a closed list so that the timeline can be
 * marked up and translated consistently. {@link #OTHER} is for what fits none of the others.
 */
public enum EventType {
    ARREST,
    CHARGE,
    INVESTIGATION,
    TRIAL,
    SENTENCE,
    APPEAL,
    IMPRISONMENT,
    RELEASE,
    PARDON,
    ACQUITTAL,
    REHABILITATION,
    DISSOLUTION,
    DEATH,
    TORTURE_ALLEGATION,
    PROTEST,
    STRIKE,
    STATEMENT,
    OTHER;

    /** As written in a case file: {@code torture_allegation}. */
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventType> fromYaml(String text) {
        return Arrays.stream(values()).filter(t -> t.yaml().equals(text)).findFirst();
    }
}
