package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;

/**
 * A case's event is dated no more precisely, and no later, than the documents it cites date
 * themselves: a statement of November 2022 cannot be the source of "15 November 2022".
 */
class EventDatesTest {

    static final DocumentKey NOVEMBER = new DocumentKey(Section.STATEMENTS, "6th-conference-2022-kazakhstan");
    static final DocumentKey DAY = new DocumentKey(Section.RESOLUTIONS, "9th-coordination-meeting-2025");
    static final DocumentKey UNDATED = new DocumentKey(Section.STATEMENTS, "6th-coordination-meeting-zhanaozen");
    static final Map<DocumentKey, PartialDate> DATES = Map.of(
            NOVEMBER, PartialDate.parse("2022-11"),
            DAY, PartialDate.parse("2025-12-15"),
            UNDATED, PartialDate.UNKNOWN);

    static Case read(String events) {
        return new CaseReader(Languages.RUSSIAN_AND_ENGLISH).read("content/cases/someone.yaml", """
                id: someone
                kind: person
                name: {ru: Имя Фамилия, en: Name Surname}
                country: KZ
                status: imprisoned
                sources: [{document: %s}]
                events:
                """.formatted(NOVEMBER) + events);
    }

    static List<String> problems(Case c) {
        ContentException e = assertThrows(ContentException.class, () -> CaseChecks.checkEventDates(List.of(c), DATES));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void anEventDatedToTheDayFromADocumentDatedToTheMonthIsRefusedAtItsLine() {
        Case c = read("""
                  - {date: 2019-10, type: sentence, text: {ru: Приговор., en: Sentence.}, sources: [%s]}
                  - {date: 2022-11-15, type: statement, text: {ru: Заявление., en: Statement.}, sources: [%s]}
                """.formatted(NOVEMBER, NOVEMBER));
        assertEquals(List.of("content/cases/someone.yaml:9: event date '2022-11-15' is more precise than the date"
                        + " of the document it cites, statements/6th-conference-2022-kazakhstan (2022-11); a date is"
                        + " never more precise than its source: write 2022-11 (or less precise), or cite the document"
                        + " that dates it so"),
                problems(c));
    }

    @Test
    void anEventAfterEveryDocumentItCitesIsRefused() {
        Case c = read("""
                  - {date: 2022-12, type: appeal, text: {ru: Апелляция., en: Appeal.}, sources: [%s]}
                """.formatted(NOVEMBER));
        assertEquals(List.of("content/cases/someone.yaml:8: event date '2022-12' is later than the date of the"
                        + " document it cites, statements/6th-conference-2022-kazakhstan (2022-11); a document cannot"
                        + " tell of a time after its own date: cite the later document that states this event"),
                problems(c));
    }

    @Test
    void anEventAsPreciseAsOneOfItsDocumentsOrLessPreciseStands() {
        Case c = read("""
                  - {date: 2022-11, type: appeal, text: {ru: Апелляция., en: Appeal.}, sources: [%s]}
                  - {date: 2019, type: protest, text: {ru: Митинги., en: Rallies.}, sources: [%s]}
                  - {date: 2025-12-15, type: statement, text: {ru: Резолюция., en: Resolution.}, sources: [%s, %s]}
                """.formatted(NOVEMBER, NOVEMBER, NOVEMBER, DAY));
        assertDoesNotThrow(() -> CaseChecks.checkEventDates(List.of(c), DATES));
    }

    @Test
    void anEventCitingAnUndatedDocumentIsNotJudged() {
        // An undated document may date the event in its text ("the peaceful strike in Zhanaozen in 2011").
        Case c = read("""
                  - {date: 2011, type: strike, text: {ru: Забастовка., en: Strike.}, sources: [%s]}
                  - {date: 2022-11-15, type: statement, text: {ru: Заявление., en: Statement.}, sources: [%s, %s]}
                """.formatted(UNDATED, NOVEMBER, UNDATED));
        assertDoesNotThrow(() -> CaseChecks.checkEventDates(List.of(c), DATES));
    }
}
