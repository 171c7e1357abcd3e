package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseEvent;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.Charge;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.EventType;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Texts;

/**
 * The fixture site's case files (the ten cases drawn from the seeds, frozen in
 * src/test/resources/fixture-site): each reads without a problem, cites only documents the site has,
 * and says what the Mission's documents say, no more. What must hold for the real content/ whatever
 * editors add is RealContentTest's.
 */
class CaseFilesTest {

    static final Path CONTENT = ProjectCopy.FIXTURE.resolve("content");
    static List<Case> cases;
    static Map<String, Case> byId;
    static Set<DocumentKey> documents;

    @BeforeAll
    static void readTheRealCases() throws IOException {
        cases = new CaseReader(Languages.RUSSIAN_AND_ENGLISH).readFolder(CONTENT.resolve("cases"), "content/cases");
        byId = cases.stream().collect(Collectors.toMap(Case::id, Function.identity()));
        documents = new HashSet<>();
        for (Section section : Section.values()) {
            Path folder = CONTENT.resolve(section.slug());
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(p -> p.getFileName().toString())
                            .filter(name -> name.endsWith(".md"))
                            .forEach(name -> documents.add(new DocumentKey(section, name.substring(0, name.indexOf('.')))));
                }
            }
        }
    }

    @Test
    void everyCaseTheIssueAsksForIsThere() {
        assertEquals(Set.of("erzhan-elshibayev", "erlan-baltabay", "larisa-kharkova", "amin-eleusinov",
                "nurbek-kushakbayev", "rosa-tuletayeva", "maksat-dosmagambetov", "alexander-yaroshuk", "knprk", "bkdp"),
                byId.keySet());
    }

    @Test
    void everyCitedDocumentExistsAndEveryParentHasACase() {
        CaseChecks.check(cases, documents);
    }

    @Test
    void everyEventAndSourceCitesADocumentTheCaseLists() {
        for (Case c : cases) {
            assertTrue(!c.documents().isEmpty(), c.id() + " lists no document");
            for (CaseEvent event : c.events()) {
                assertTrue(c.documents().containsAll(event.sources()), c.id() + ": " + event);
            }
            c.sources().forEach(source -> assertTrue(c.documents().contains(source.document()), c.id() + ": " + source));
        }
    }

    @Test
    void noCaseHidesANameOrShowsAPhotoWithoutConsent() {
        for (Case c : cases) {
            assertEquals(Case.NameDisplay.FULL, c.nameDisplay(), c.id());
            assertNull(c.photo(), c.id());
            assertNull(c.embargo(), c.id());
        }
    }

    @Test
    void erzhanElshibayevAsTheStatementOnKazakhstanTellsIt() {
        Case c = byId.get("erzhan-elshibayev");
        assertEquals(new Texts(new java.util.LinkedHashMap<>(java.util.Map.of("ru", "Ержан Елшибаев", "en", "Erzhan Elshibayev"))), c.name());
        assertEquals(List.of("Erzhan Elshimbayev", "Yerzhan Elshimbayev"), c.variants());
        assertEquals(CaseStatus.IMPRISONED, c.status());
        assertNull(c.statusSince(), "the seeds do not say since when");
        Charge disobedience = c.charges().get(1);
        assertEquals("428", disobedience.article());
        assertEquals("3", disobedience.part());
        assertNull(disobedience.code(), "the seeds do not name the code");
        assertEquals(List.of("2019 protest", "2019-10 sentence", "2022-09 charge", "2022 sentence", "2022-11 appeal",
                        "2022-11 statement"),
                c.events().stream().map(e -> e.date().iso() + " " + e.type().yaml()).toList());
        assertEquals(2, c.demands().size());
    }

    @Test
    void theKnprkAndItsAffiliatesAsTheDemandsNameThem() {
        Case c = byId.get("knprk");
        assertEquals(Case.Kind.ORGANISATION, c.kind());
        assertEquals(CaseStatus.DISSOLVED, c.status());
        assertNull(c.statusSince(), "the seeds give no date for the court decisions");
        assertEquals(List.of("Oil and Energy Workers’ Union", "Social and Domestic Workers’ Union “Spravedlivost’” (Justice)",
                        "Health and Social Development Workers’ Union"),
                c.affiliates().stream().map(a -> a.in(Language.EN)).toList());
    }

    @Test
    void theBkdpWasDissolvedInJuly2022AndItsPresidentDetained() {
        Case bkdp = byId.get("bkdp");
        assertEquals(CaseStatus.DISSOLVED, bkdp.status());
        assertEquals("2022-07", bkdp.statusSince().iso());
        assertTrue(bkdp.events().stream().anyMatch(e -> e.type() == EventType.DISSOLUTION && e.date().iso().equals("2022-07")));
        Case yaroshuk = byId.get("alexander-yaroshuk");
        assertEquals("bkdp", yaroshuk.parent());
        assertEquals(CaseStatus.DETAINED, yaroshuk.status());
        assertEquals(List.of("Alexander Yaroschuk"), yaroshuk.variants());
    }

    @Test
    void theZhanaozenDemandsGiveNoDatesSoNoneAreInvented() {
        for (String id : List.of("erlan-baltabay", "larisa-kharkova", "amin-eleusinov", "nurbek-kushakbayev")) {
            Case c = byId.get(id);
            assertEquals(CaseStatus.SENTENCED, c.status(), id);
            assertEquals(List.of(), c.events(), id);
            assertEquals(List.of(), c.charges(), id);
            assertNull(c.sentence(), id);
        }
        assertEquals(CaseStatus.UNKNOWN, byId.get("rosa-tuletayeva").status());
        Case dosmagambetov = byId.get("maksat-dosmagambetov");
        assertEquals(CaseStatus.DECEASED, dosmagambetov.status());
        assertTrue(dosmagambetov.demands().get(0).in(Language.EN).contains("posthumously"));
    }
}
