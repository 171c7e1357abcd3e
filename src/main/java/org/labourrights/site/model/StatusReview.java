package org.labourrights.site.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a case's status is too old to be shown without a warning: it can change, and even the last
 * day its date can mean is more than {@code months} before {@code today} (the build's day). The
 * case page then says that the Mission has no newer information, and the editors' page lists it
 * as "needs checking".
 */
public record StatusReview(LocalDate today, int months) {

    public StatusReview {
        Objects.requireNonNull(today, "today");
        if (months < 1) {
            throw new IllegalArgumentException("months: " + months);
        }
    }

    /** A status that can change with no dated source at all always needs checking. */
    public boolean needsChecking(CaseStatus status, Optional<StatusAsOf> asOf) {
        if (!status.canChange()) {
            return false;
        }
        return asOf.isEmpty() || asOf.get().date().lastDay().plusMonths(months).isBefore(today);
    }
}
