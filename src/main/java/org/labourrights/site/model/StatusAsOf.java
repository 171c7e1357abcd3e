package org.labourrights.site.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The date a case's status is known to hold, and the document that says so: what a researcher
 * needs to judge "imprisoned" written years ago. Either stated in the case file
 * ({@code status_as_of: {date, source}}) or the latest of the case's dated events and of the
 * sources that confirm its status (documents of the Mission or pages elsewhere), as precise as
 * that event or source is dated and no more.
 *
 * @param source  the Mission's document that states it, or null when {@code outside} does
 * @param outside the page elsewhere that states it, or null
 * @param stated  true when the case file gives it, false when it is worked out from the record
 */
public record StatusAsOf(PartialDate date, DocumentKey source, OutsideSource outside, boolean stated) implements Serializable {

    public StatusAsOf {
        Objects.requireNonNull(date, "date");
        if ((source == null) == (outside == null)) {
            throw new IllegalArgumentException("a status is dated by one document or one outside page");
        }
    }

    /** Dated by a document of the Mission. */
    public StatusAsOf(PartialDate date, DocumentKey source, boolean stated) {
        this(date, source, null, stated);
    }

    /**
     * For {@code c}, with {@code documentDate} giving the date of a document the case cites (empty
     * when it is not public); empty when nothing the case cites is dated, and for the status
     * "unknown", which holds nothing to date. On equal dates a source wins over an event, since the
     * source is what a reader opens.
     */
    public static Optional<StatusAsOf> of(Case c, Function<DocumentKey, Optional<PartialDate>> documentDate) {
        if (c.status() == CaseStatus.UNKNOWN) {
            return Optional.empty();
        }
        if (c.statusAsOf() != null) {
            return Optional.of(c.statusAsOf());
        }
        StatusAsOf latest = null;
        for (CaseEvent event : c.events()) {
            if (event.date().isKnown() && !event.sources().isEmpty()) {
                latest = later(latest, new StatusAsOf(event.date(), event.sources().get(0), false));
            }
        }
        for (CaseSource source : c.sources()) {
            if (!source.confirmsStatus()) {
                continue;
            }
            Optional<PartialDate> date = (source.isOutside() ? Optional.of(source.outside().date())
                    : documentDate.apply(source.document())).filter(PartialDate::isKnown);
            if (date.isPresent()) {
                StatusAsOf candidate = new StatusAsOf(date.get(), source.document(), source.outside(), false);
                latest = latest == null || candidate.date.compareTo(latest.date) >= 0 ? candidate : latest;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static StatusAsOf later(StatusAsOf latest, StatusAsOf candidate) {
        return latest == null || candidate.date.compareTo(latest.date) > 0 ? candidate : latest;
    }
}
