package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.StatusAsOf;
import org.labourrights.site.model.StatusReview;

/**
 * How current a case's status is: dated by the latest dated event or confirming source, or by the
 * file's own {@code status_as_of:}, never more precisely than the document that states it; and when
 * it is too old to stand without a warning.
 */
class StatusAsOfTest {

    static final DocumentKey STATEMENT = new DocumentKey(Section.STATEMENTS, "6th-conference-2022-belarus");
    static final DocumentKey RESOLUTION = new DocumentKey(Section.RESOLUTIONS, "9th-coordination-meeting-2025");
    static final DocumentKey UNDATED = new DocumentKey(Section.STATEMENTS, "6th-coordination-meeting-zhanaozen");
    static final Map<DocumentKey, PartialDate> DATES = Map.of(
            STATEMENT, PartialDate.parse("2022-11-15"),
            RESOLUTION, PartialDate.parse("2025-12-15"),
            UNDATED, PartialDate.UNKNOWN);

    static Case read(String yaml) {
        return new CaseReader(Languages.RUSSIAN_AND_ENGLISH).read("content/cases/someone.yaml", """
                id: someone
                kind: person
                name: {ru: Имя Фамилия, en: Name Surname}
                country: BY
                """ + yaml);
    }

    static Optional<StatusAsOf> asOf(Case c) {
        return StatusAsOf.of(c, key -> Optional.ofNullable(DATES.get(key)));
    }

    @Test
    void theLatestConfirmingSourceDatesTheStatusAsPreciselyAsItIsDated() {
        Case c = read("""
                status: detained
                events:
                  - {date: 2022-04, type: arrest, text: {ru: Арест., en: Arrest.}, sources: [%s]}
                sources:
                  - document: %s
                """.formatted(STATEMENT, STATEMENT));
        assertEquals(Optional.of(new StatusAsOf(PartialDate.parse("2022-11-15"), STATEMENT, false)), asOf(c));
    }

    @Test
    void aSourceThatDoesNotConfirmTheStatusDoesNotDateIt() {
        Case c = read("""
                status: detained
                sources:
                  - document: %s
                  - document: %s
                    does_not_confirm_status: true
                """.formatted(STATEMENT, RESOLUTION));
        assertEquals(STATEMENT, asOf(c).orElseThrow().source());
        assertTrue(c.sources().get(0).confirmsStatus());
        assertFalse(c.sources().get(1).confirmsStatus());
    }

    @Test
    void anEventLaterThanEverySourceDatesItByItsOwnDateAndFirstSource() {
        Case c = read("""
                status: released
                events:
                  - {date: 2023-03, type: release, text: {ru: Освобождён., en: Released.}, sources: [%s]}
                sources:
                  - document: %s
                """.formatted(RESOLUTION, STATEMENT));
        assertEquals(Optional.of(new StatusAsOf(PartialDate.parse("2023-03"), RESOLUTION, false)), asOf(c));
    }

    @Test
    void theFilesOwnStatusAsOfComesFirst() {
        Case c = read("""
                status: detained
                status_as_of: {date: 2022-11, source: %s}
                sources:
                  - document: %s
                """.formatted(STATEMENT, RESOLUTION));
        assertEquals(Optional.of(new StatusAsOf(PartialDate.parse("2022-11"), STATEMENT, true)), asOf(c));
    }

    @Test
    void nothingDatedOrAnUnknownStatusHasNoDate() {
        assertEquals(Optional.empty(), asOf(read("status: sentenced\nsources: [{document: %s}]\n".formatted(UNDATED))));
        assertEquals(Optional.empty(), asOf(read("status: unknown\nsources: [{document: %s}]\n".formatted(STATEMENT))));
    }

    @Test
    void aSourceCanStateNoMorePreciseAndNoLaterDateThanItsOwn() {
        PartialDate december15 = PartialDate.parse("2025-12-15");
        assertTrue(december15.canState(PartialDate.parse("2025-12-15")));
        assertTrue(december15.canState(PartialDate.parse("2025-12")));
        assertTrue(december15.canState(PartialDate.parse("2024")));
        assertFalse(december15.canState(PartialDate.parse("2025-12-20")), "later");
        assertFalse(december15.canState(PartialDate.parse("2026")), "later");
        PartialDate december = PartialDate.parse("2025-12");
        assertFalse(december.canState(PartialDate.parse("2025-12-01")), "more precise");
        assertTrue(december.canState(PartialDate.parse("2025-11")));
        assertFalse(PartialDate.UNKNOWN.canState(PartialDate.parse("2025")), "an undated source states no date");
    }

    @Test
    void aStatusStatedInTheFileIsRefusedAtItsLineWhenItsSourceCannotStateIt() {
        Case c = read("""
                status: detained
                status_as_of: {date: 2022-11-20, source: %s}
                sources:
                  - document: %s
                """.formatted(STATEMENT, STATEMENT));
        ContentException e = assertThrows(ContentException.class, () -> CaseChecks.checkStatusDates(List.of(c), DATES));
        assertEquals(List.of("content/cases/someone.yaml:6: status_as_of date '2022-11-20' cannot be: it is more"
                        + " precise or later than 2022-11-15, the date of its source statements/6th-conference-2022-belarus;"
                        + " write 2022-11-15 or an earlier date, no more precise"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aStatusNeedsCheckingOnceEvenTheLastDayItsDateCanMeanIsMoreThanTheSettingAgo() {
        StatusAsOf november2022 = new StatusAsOf(PartialDate.parse("2022-11"), STATEMENT, false);
        StatusReview year = new StatusReview(LocalDate.parse("2023-11-30"), 12);
        assertFalse(year.needsChecking(CaseStatus.DETAINED, Optional.of(november2022)), "30 Nov 2022 + 12 months");
        StatusReview dayLater = new StatusReview(LocalDate.parse("2023-12-01"), 12);
        assertTrue(dayLater.needsChecking(CaseStatus.DETAINED, Optional.of(november2022)));
        assertTrue(year.needsChecking(CaseStatus.IMPRISONED, Optional.empty()), "a status with no dated source");
        assertFalse(dayLater.needsChecking(CaseStatus.DECEASED, Optional.of(november2022)), "a death stays as stated");
        assertFalse(dayLater.needsChecking(CaseStatus.DISSOLVED, Optional.empty()));
    }
}
