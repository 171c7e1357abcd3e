package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * A case file with a mistake is refused with one line per problem, {@code file:line: what is wrong,
 * what to write instead}, in words an editor understands; the line is that of the offending value.
 */
class CaseReaderTest {

    static final String FILE = "content/cases/someone.yaml";

    /** A minimal correct case; each test changes one thing. Line numbers are those of this text. */
    static final String VALID = """
            id: someone
            kind: person
            name: {ru: Имя Фамилия, en: Name Surname}
            country: KZ
            status: detained
            sources:
              - document: statements/6th-conference-2022-kazakhstan
            """;

    static final String STATUSES = "detained, under_investigation, on_trial, sentenced, imprisoned, restricted, released,"
            + " acquitted, pardoned, dissolved, deceased, rehabilitated, missing, unknown";

    final CaseReader reader = new CaseReader(Languages.RUSSIAN_AND_ENGLISH);

    List<String> problems(String yaml) {
        ContentException e = assertThrows(ContentException.class, () -> reader.read(FILE, yaml));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theMinimalCaseReads() {
        Case c = reader.read(FILE, VALID);
        assertEquals("someone", c.id());
        assertEquals("Name Surname", c.displayName(Language.EN));
        assertEquals(5, c.lineOf("/status"));
        assertEquals(7, c.lineOf("/sources/0/document"));
    }

    @Test
    void anUnknownStatusListsTheAllowedOnes() {
        assertEquals(List.of(FILE + ":5: status 'jailed' is not one of the allowed statuses; write one of: " + STATUSES),
                problems(VALID.replace("status: detained", "status: jailed")));
    }

    @Test
    void aMisspelledStatusIsCorrected() {
        assertEquals(List.of(FILE + ":5: status 'detaned' is not one of the allowed statuses (did you mean 'detained'?);"
                        + " write one of: " + STATUSES),
                problems(VALID.replace("status: detained", "status: detaned")));
    }

    @Test
    void anUnknownFieldIsNamedWithTheLikelyIntendedOne() {
        assertEquals(List.of(FILE + ":8: unknown field 'chargs' (did you mean 'charges'?); the fields are: id, kind, name,"
                        + " variants, name_display, pseudonym, country, status, status_since, status_as_of, role, organisation,"
                        + " charges, sentence, events, demands, sources, documents, photo, photo_consent, embargo, affiliates,"
                        + " parent, relations, aliases, letters, private"),
                problems(VALID + "chargs: []\n"));
    }

    @Test
    void aMissingRequiredFieldIsReportedWithAnExample() {
        assertEquals(List.of(FILE + ":1: the required field 'country' is missing; add it, e.g. country: KZ (the country"
                        + " where the case takes place, as an ISO 3166 two-letter code in capitals)"),
                problems(VALID.replace("country: KZ\n", "")));
    }

    @Test
    void aCaseMustCiteAtLeastOneSource() {
        assertEquals(List.of(FILE + ":1: the required field 'sources' is missing; add it, e.g. sources:"
                        + " [{document: statements/6th-conference-2022-kazakhstan}] (the Mission's documents the facts"
                        + " of this file come from, each with an optional note on what it supports)"),
                problems(VALID.substring(0, VALID.indexOf("sources:"))));
    }

    @Test
    void aPhotoNeedsTheWrittenConsent() {
        assertEquals(List.of(FILE + ":8: 'photo' needs 'photo_consent: true' (the person's written consent) — remove the"
                        + " photo or record the consent"),
                problems(VALID + "photo: someone.jpg\n"));
        assertEquals(List.of(FILE + ":8: 'photo' needs 'photo_consent: true' (the person's written consent) — remove the"
                        + " photo or record the consent"),
                problems(VALID + "photo: someone.jpg\nphoto_consent: false\n"));
        assertEquals("someone.jpg", reader.read(FILE, VALID + "photo: someone.jpg\nphoto_consent: true\n").photo());
    }

    @Test
    void aHiddenNameStaysHidden() {
        assertEquals(List.of(FILE + ":8: 'name_display: pseudonym' needs a 'pseudonym' in both languages, e.g. pseudonym:"
                        + " {ru: …, en: …} — add it, or write name_display: initials"),
                problems(VALID + "name_display: pseudonym\n"));
        assertEquals(List.of(
                        FILE + ":8: 'photo' would show the face of a person whose name is hidden ('name_display: initials');"
                                + " remove the photo, or show the name in full",
                        FILE + ":11: 'variants' would show the real name that 'name_display: initials' hides; remove the"
                                + " variants, or show the name in full"),
                problems(VALID + "photo: a.jpg\nphoto_consent: true\nname_display: initials\nvariants: [Other Spelling]\n"));
    }

    @Test
    void initialsAndPseudonymsReplaceTheName() {
        Case initials = reader.read(FILE, VALID + "name_display: initials\n");
        assertEquals("N. S.", initials.displayName(Language.EN));
        assertEquals("И. Ф.", initials.displayName(Language.RU));
        Case pseudonym = reader.read(FILE, VALID + "name_display: pseudonym\npseudonym: {ru: Активистка А., en: Activist A.}\n");
        assertEquals("Activist A.", pseudonym.displayName(Language.EN));
        assertEquals("Активистка А.", pseudonym.displayName(Language.RU));
    }

    @Test
    void aDateThatDoesNotExistIsReportedOnItsLine() {
        String events = """
                events:
                  - date: 2022-11
                    type: appeal
                    text: {ru: Апелляция., en: Appeal.}
                    sources: [statements/6th-conference-2022-kazakhstan]
                  - date: 2022-02-30
                    type: sentence
                    text: {ru: Приговор., en: Sentence.}
                    sources: [statements/6th-conference-2022-kazakhstan]
                """;
        assertEquals(List.of(FILE + ":13: event 2, date '2022-02-30' is not a real date; write the date as YYYY-MM-DD"
                        + " (2022-11-15), or only YYYY-MM or YYYY when the source gives no more; leave the field out when"
                        + " it gives no date"),
                problems(VALID + events));
    }

    @Test
    void aDateInAnotherFormIsReportedOnItsLine() {
        assertEquals(List.of(FILE + ":8: status_since '15.11.2022' is not a date; write the date as YYYY-MM-DD"
                        + " (2022-11-15), or only YYYY-MM or YYYY when the source gives no more; leave the field out when"
                        + " it gives no date"),
                problems(VALID + "status_since: 15.11.2022\n"));
    }

    @Test
    void aYearAloneIsADate() {
        Case c = reader.read(FILE, VALID + "status_since: 2011\n");
        assertEquals("2011", c.statusSince().iso());
    }

    @Test
    void mistakesInsideAnEventAreNamedByTheEventsNumber() {
        String events = """
                events:
                  - date: 2022-11
                    type: arest
                    text: {ru: Арест.}
                    sources: []
                """;
        assertEquals(List.of(
                        FILE + ":10: event 1, type 'arest' is not one of the allowed event types (did you mean 'arrest'?);"
                                + " write one of: arrest, charge, investigation, trial, sentence, appeal, imprisonment,"
                                + " release, pardon, acquittal, rehabilitation, dissolution, death, torture_allegation,"
                                + " protest, strike, statement, other",
                        FILE + ":11: event 1, text has no English text; write it in both languages, as two indented lines"
                                + " under the field, 'ru: …' and 'en: …' (or {ru: …, en: …} on one line)",
                        FILE + ":12: event 1, sources is empty; give at least one item (the documents this event is"
                                + " stated in)"),
                problems(VALID + events));
    }

    @Test
    void aNameInOneLanguageOnlyIsRefused() {
        assertEquals(List.of(FILE + ":3: name 'Erzhan Elshibayev' is not in the right form; write it in both languages,"
                        + " as two indented lines under the field, 'ru: …' and 'en: …' (or {ru: …, en: …} on one line)"),
                problems(VALID.replace("name: {ru: Имя Фамилия, en: Name Surname}", "name: Erzhan Elshibayev")));
    }

    @Test
    void aDocumentIsNamedBySectionAndName() {
        assertEquals(List.of(FILE + ":7: source 1, document 'statements/6th-conference-2022-kazakhstan.en.md' is not in"
                        + " the right form; name a document of the site as <section>/<name>, the file name without"
                        + " .ru.md/.en.md, e.g. statements/6th-conference-2022-kazakhstan"),
                problems(VALID.replace("6th-conference-2022-kazakhstan", "6th-conference-2022-kazakhstan.en.md")));
    }

    @Test
    void theIdIsTheFileName() {
        assertEquals(List.of(FILE + ":1: id 'some-one' differs from the file name; the id must be the file name without"
                        + " .yaml: id: someone"),
                problems(VALID.replace("id: someone", "id: some-one")));
    }

    @Test
    void aFieldWrittenTwiceIsReported() {
        assertEquals(List.of(FILE + ":8: 'status' is written twice (first on line 5); keep only one"),
                problems(VALID + "status: released\n"));
    }

    @Test
    void brokenYamlIsReportedAtItsLine() {
        List<String> found = problems(VALID.replace("name: {ru: Имя Фамилия, en: Name Surname}", "name: {ru: Имя"));
        assertEquals(1, found.size());
        assertEquals(FILE + ":4: this is not valid YAML", found.get(0).substring(0, found.get(0).indexOf(" (")));
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInLineOrder() {
        String yaml = VALID.replace("kind: person", "kind: persn").replace("country: KZ", "country: kz")
                + "embargo: 2026-13-01T09:00:00+05:00\n";
        assertEquals(List.of(
                        FILE + ":2: kind 'persn' is not one of the allowed kinds (did you mean 'person'?); write one of:"
                                + " person, organisation",
                        FILE + ":4: country 'kz' is not in the right form; write the ISO 3166 two-letter code in"
                                + " capitals, e.g. KZ Kazakhstan, KG Kyrgyzstan, UZ Uzbekistan, TJ Tajikistan, TM"
                                + " Turkmenistan, BY Belarus, RU Russia",
                        FILE + ":8: embargo '2026-13-01T09:00:00+05:00' is not a real moment; write a moment with its"
                                + " time zone, e.g. 2026-12-01T09:00:00+05:00 (9:00 Almaty time)"),
                problems(yaml));
    }

    @Test
    void thePrivateBlockNeverReachesTheCase() {
        String sentinel = "PRIVATESENTINEL";
        Case c = reader.read(FILE, VALID + """
                private:
                  lawyer: "PRIVATESENTINEL, +7 700 000 00 00"
                  PRIVATESENTINEL-key: [anything, {goes: here}]
                  notes:
                    - PRIVATESENTINEL unverified
                """);
        assertFalse(c.toString().contains(sentinel), c.toString());
        assertFalse(c.fieldLines().keySet().stream().anyMatch(pointer -> pointer.startsWith("/private")),
                c.fieldLines().toString());
    }

    @Test
    void anEmbargoIsAMomentWithItsTimeZone() {
        Case c = reader.read(FILE, VALID + "embargo: 2026-12-01T09:00:00+05:00\n");
        assertEquals("2026-12-01T04:00:00Z", c.embargo().toString());
        assertFalse(c.isPublicAt(java.time.Instant.parse("2026-12-01T03:59:59Z")));
    }
}
