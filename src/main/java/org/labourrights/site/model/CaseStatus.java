package org.labourrights.site.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a case stands, from a closed list so that cases can be counted and filtered by status.
 * {@link #UNKNOWN} is a real answer: the documents do not say, and the site must not guess.
 */
public enum CaseStatus {
    DETAINED,
    UNDER_INVESTIGATION,
    ON_TRIAL,
    SENTENCED,
    IMPRISONED,
    RESTRICTED,
    RELEASED,
    ACQUITTED,
    PARDONED,
    DISSOLVED,
    DECEASED,
    REHABILITATED,
    MISSING,
    UNKNOWN;

    /**
     * Whether this status can change without a new fact the Mission would report anyway: a
     * detention, a trial or a sentence can end any day, so a page that says "imprisoned" must say
     * how old that is; a death, an acquittal, a rehabilitation or a dissolution stays as stated.
     */
    public boolean canChange() {
        return switch (this) {
            case DECEASED, ACQUITTED, REHABILITATED, DISSOLVED -> false;
            default -> true;
        };
    }

    /** As written in a case file: {@code under_investigation}. */
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseStatus> fromYaml(String text) {
        return Arrays.stream(values()).filter(s -> s.yaml().equals(text)).findFirst();
    }

    public static List<String> spellings() {
        return Arrays.stream(values()).map(CaseStatus::yaml).toList();
    }
}
