package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;

/**
 * Across files: a case cites only documents the site publishes, a parent organisation has a case of
 * its own, and every id is used once. Each problem is reported at the line that causes it.
 */
class CaseChecksTest {

    static final Set<DocumentKey> DOCUMENTS = Set.of(
            new DocumentKey(Section.STATEMENTS, "6th-conference-2022-kazakhstan"),
            new DocumentKey(Section.STATEMENTS, "6th-conference-2022-belarus"));

    final CaseReader reader = new CaseReader(Languages.RUSSIAN_AND_ENGLISH);

    Case read(String id, String yaml) {
        return reader.read("content/cases/" + id + ".yaml", yaml);
    }

    List<String> problems(List<Case> cases) {
        ContentException e = assertThrows(ContentException.class, () -> CaseChecks.check(cases, DOCUMENTS));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aSourceNamingAMissingDocumentIsReportedAtItsLine() {
        Case c = read("someone", """
                id: someone
                kind: person
                name: {ru: Имя Фамилия, en: Name Surname}
                country: KZ
                status: detained
                events:
                  - date: 2022-11
                    type: statement
                    text: {ru: Заявление., en: Statement.}
                    sources:
                      - statements/6th-conference-2022-kazakhstan
                      - statements/6th-conference-2022-kazakstan
                sources:
                  - document: statements/6th-conference-2022-kazakhstan
                  - document: statements/no-such-statement
                documents: [statements/6th-conference-2022-kazakhstan, reports/missing]
                """);
        assertEquals(List.of(
                        "content/cases/someone.yaml:12: 'statements/6th-conference-2022-kazakstan' names no document of"
                                + " the site (did you mean 'statements/6th-conference-2022-kazakhstan'?); name a published"
                                + " document as <section>/<name>, its file name without .ru.md/.en.md, e.g."
                                + " statements/6th-conference-2022-kazakhstan",
                        "content/cases/someone.yaml:15: 'statements/no-such-statement' names no document of the site;"
                                + " name a published document as <section>/<name>, its file name without .ru.md/.en.md,"
                                + " e.g. statements/6th-conference-2022-kazakhstan",
                        "content/cases/someone.yaml:16: 'reports/missing' names no document of the site; name a"
                                + " published document as <section>/<name>, its file name without .ru.md/.en.md, e.g."
                                + " statements/6th-conference-2022-kazakhstan"),
                problems(List.of(c)));
    }

    static String organisation(String id, String extra) {
        return "id: " + id + "\nkind: organisation\nname: {ru: Профсоюз, en: Union}\ncountry: BY\nstatus: dissolved\n"
                + "sources: [{document: statements/6th-conference-2022-belarus}]\n" + extra;
    }

    @Test
    void aParentMustBeAnOrganisationsCase() {
        Case union = read("union", organisation("union", ""));
        Case affiliate = read("affiliate", organisation("affiliate", "parent: unoin\n"));
        assertEquals(List.of("content/cases/affiliate.yaml:7: parent 'unoin' is not the id of any case (did you mean"
                        + " 'union'?); write the id of the organisation's case (its file name in content/cases/ without"
                        + " .yaml), or leave the field out"),
                problems(List.of(union, affiliate)));
        CaseChecks.check(List.of(union, read("affiliate", organisation("affiliate", "parent: union\n"))), DOCUMENTS);
    }

    @Test
    void parentsMustNotGoRoundInACircle() {
        Case a = read("a", organisation("a", "parent: b\n"));
        Case b = read("b", organisation("b", "parent: a\n"));
        assertEquals(List.of(
                        "content/cases/a.yaml:7: parent 'b' leads back to this case through its own parents; an"
                                + " organisation cannot belong to itself",
                        "content/cases/b.yaml:7: parent 'a' leads back to this case through its own parents; an"
                                + " organisation cannot belong to itself"),
                problems(List.of(a, b)));
    }

    @Test
    void anIdIsUsedOnce() {
        Case first = read("union", organisation("union", ""));
        Case second = new Case(first.id(), first.kind(), first.name(), first.variants(), first.nameDisplay(),
                first.pseudonym(), first.country(), first.status(), first.statusSince(), first.statusAsOf(), first.role(),
                first.organisation(), first.charges(), first.sentence(), first.events(), first.demands(),
                first.sources(), first.documents(), first.photo(), first.photoConsent(), first.embargo(),
                first.affiliates(), first.parent(), first.relations(), first.aliases(), first.letters(), "content/cases/Union.yaml", first.fieldLines());
        assertEquals(List.of("content/cases/Union.yaml:1: this file and content/cases/union.yaml both have the id"
                        + " 'union'; each case needs an id of its own, its file name"),
                problems(List.of(first, second)));
    }
    static String person(String id, String extra) {
        return "id: " + id + "\nkind: person\nname: {ru: Имя Фамилия, en: Name Surname}\ncountry: BY\nstatus: detained\n"
                + "sources: [{document: statements/6th-conference-2022-belarus}]\n" + extra;
    }

    static String relation(String kind, String other) {
        return "relations:\n  - kind: " + kind + "\n    case: " + other + "\n    source: statements/6th-conference-2022-belarus\n";
    }

    @Test
    void aRelationTiesThisCaseToAnotherOfTheKindItsTieNeeds() {
        Case union = read("union", organisation("union", ""));
        Case leader = read("leader", person("leader", relation("leader_of", "union")));
        CaseChecks.check(List.of(union, leader), DOCUMENTS);

        assertEquals(List.of("content/cases/a.yaml:9: relation 1: 'unoin' is not the id of any case (did you mean"
                        + " 'union'?); write the other case's file name in content/cases/ without .yaml"),
                problems(List.of(union, read("a", person("a", relation("member_of", "unoin"))))));
        assertEquals(List.of("content/cases/a.yaml:9: relation 1 names this case itself; a relation ties this case to"
                        + " another one: write the other case's id"),
                problems(List.of(read("a", person("a", relation("co_defendant", "a"))))));
        assertEquals(List.of("content/cases/a.yaml:9: relation 1: member_of needs the case of an organisation, and"
                        + " 'leader' is a person; for two people write co_defendant or relative_of"),
                problems(List.of(leader, union, read("a", person("a", relation("member_of", "leader"))))));
        assertEquals(List.of("content/cases/a.yaml:9: relation 1: co_defendant ties two people, and 'union' is an"
                        + " organisation; for an organisation write member_of, leader_of or affiliate_of"),
                problems(List.of(union, read("a", person("a", relation("co_defendant", "union"))))));
    }

    @Test
    void aFamilyTieToACaseWhoseNameIsHiddenIsRefused() {
        Case hidden = read("kz-case-7", person("kz-case-7", "name_display: initials\n"));
        assertEquals(List.of("content/cases/a.yaml:9: relation 1: relative_of is refused because 'kz-case-7' hides its"
                        + " name, and a family tie to a named person would tell who it is; leave the relation out"),
                problems(List.of(hidden, read("a", person("a", relation("relative_of", "kz-case-7"))))));
    }

    @Test
    void aRelationIsWrittenInOneOfItsTwoFilesOnly() {
        Case a = read("a", person("a", relation("co_defendant", "b")));
        Case b = read("b", person("b", relation("co_defendant", "a")));
        assertEquals(List.of("content/cases/b.yaml:9: relation 1: co_defendant 'a' is also written in"
                        + " content/cases/a.yaml; both pages show a relation written once, so delete it from one of the"
                        + " two files"),
                problems(List.of(a, b)));
    }
}
