package org.labourrights.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.content.SiteAssembler;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.index.RealContent;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Site;

/**
 * The preview plans the whole site again after each edit and takes back from {@link PlanMemory}
 * every group of pages whose inputs did not change. What it takes back must never differ from a
 * fresh plan, and what it plans again must be only the pages that show the edited document.
 */
class PlanMemoryTest {

    static final String BASE = "https://example.org";
    static final String EDITED = "content/statements/6th-conference-2022-kazakhstan.en.md";
    /** Its translation: a date or topics, the same in both languages, are corrected in both files. */
    static final String ITS_PAIR = "content/statements/6th-conference-2022-kazakhstan.ru.md";

    final Messages messages = Messages.load(Path.of("templates", "i18n"), Languages.RUSSIAN_AND_ENGLISH);
    final List<Document> documents = RealContent.allDocuments(ProjectCopy.FIXTURE);

    @Test
    void aPlanFromMemoryEqualsAFreshPlanAfterEachKindOfEdit() {
        PlanMemory memory = new PlanMemory();
        PagePlan.of(site(documents), messages, BASE, memory);
        List<UnaryOperator<Document>> edits = List.of(
                d -> withBody(d, d.bodyHtml() + "<p>A sentence added in the preview.</p>"),
                // Earlier, yet no earlier than its cases' events (the build refuses an event dated later
                // or more precisely than the documents it cites): November 2022, a month.
                d -> withTitleAndDate(d, "An earlier title", new PartialDate(2022, 11, 0)),
                d -> withTags(d, List.of("conference")),
                d -> d);
        for (UnaryOperator<Document> edit : edits) {
            Site edited = site(replacePair(edit));
            assertEquals(PagePlan.of(edited, messages, BASE), PagePlan.of(edited, messages, BASE, memory));
        }
    }

    @Test
    void aSitePatchedInPlaceIsPlannedAsTheSiteAssembledAgain() {
        PlanMemory memory = new PlanMemory();
        Site site = site(documents);
        PagePlan.of(site, messages, BASE, memory);
        Document before = find(documents, EDITED);
        Document pairBefore = find(documents, ITS_PAIR);
        List<UnaryOperator<Document>> edits = List.of(
                d -> withBody(d, d.bodyHtml() + "<p>A sentence added in the preview.</p>"),
                // Older, yet still a date its cases' events can come from (the build refuses an event
                // dated later or more precisely than the documents it cites): November 2022, a month.
                d -> withTitleAndDate(d, "A title that sorts first", new PartialDate(2022, 11, 0)),
                d -> withTitleAndDate(d, "Zhanaozen, later", new PartialDate(2030, 12, 31)));
        for (UnaryOperator<Document> edit : edits) {
            Document after = edit.apply(before);
            Document pairAfter = edit.apply(pairBefore);
            Site patched = assembler().editInPlace(site, before, after).orElseThrow();
            patched = assembler().editInPlace(patched, pairBefore, pairAfter).orElseThrow();
            assertTrue(assembler().pairsAgree(patched, List.of(after, pairAfter)));
            memory.edited(List.of(before, pairBefore));
            List<Page> remembered = PagePlan.of(patched, messages, BASE, memory);
            List<Document> assembled = new ArrayList<>(documents);
            assembled.replaceAll(d -> d.sourcePath().equals(EDITED) ? after : d.sourcePath().equals(ITS_PAIR) ? pairAfter : d);
            assertEquals(PagePlan.of(site(assembled), messages, BASE), remembered);
            site = patched;
            before = after;
            pairBefore = pairAfter;
        }
    }

    @Test
    void anEditThatMovesADocumentBetweenListsIsNotPatchedInPlace() {
        Site site = site(documents);
        Document before = find(documents, EDITED);
        assertTrue(assembler().editInPlace(site, before, withTags(before, List.of("conference"))).isEmpty());
        assertTrue(assembler().editInPlace(site, before, withBody(before, "<p>Shorter.</p>")).isPresent());
    }

    @Test
    void aDateThatItsCasesEventsCannotComeFromIsNotPatchedInPlace() {
        // The statement's cases date events from 2019 to November 2022: a statement of 2001 cannot
        // tell of them, so the preview assembles the site again and the build reports each event.
        Site site = site(documents);
        Document before = find(documents, EDITED);
        assertTrue(assembler().editInPlace(site, before, withTitleAndDate(before, "Earlier", new PartialDate(2001, 1, 1))).isEmpty());
        assertTrue(assembler().editInPlace(site, before, withTitleAndDate(before, "Later", new PartialDate(2022, 12, 1))).isPresent());
    }

    @Test
    void anEditedBodyIsPlannedAgainOnlyWherePagesShowTheDocument() {
        PlanMemory memory = new PlanMemory();
        List<Page> before = PagePlan.of(site(documents), messages, BASE, memory);
        Document old = find(documents, EDITED);
        List<Document> editedDocuments = replace(EDITED, d -> withBody(d, d.bodyHtml() + "<p>Added.</p>"));
        Document edited = find(editedDocuments, EDITED);
        List<Page> after = PagePlan.of(site(editedDocuments), messages, BASE, memory);

        Map<String, Page> earlier = byUrl(before);
        Set<String> plannedAgain = new TreeSet<>();
        for (Page page : after) {
            if (page != earlier.get(page.url())) {
                plannedAgain.add(page.url());
            }
        }
        Page itsPage = byUrl(after).get("/en/statements/6th-conference-2022-kazakhstan/");
        assertSame(edited, itsPage.data().get("doc"));
        assertTrue(plannedAgain.contains("/ru/statements/6th-conference-2022-kazakhstan/"),
                "its translation's page, whose language switcher names it, is planned again");
        assertTrue(plannedAgain.contains("/en/statements/"), "so is the list of statements that shows it");
        assertTrue(plannedAgain.contains("/en/cases/erzhan-elshibayev/"), "and the page of the case it names");
        for (String url : plannedAgain) {
            Page page = byUrl(after).get(url);
            assertTrue(shows(page.data(), edited) || shows(earlier.get(url).data(), old) || siteWide(page),
                    url + " was planned again, though it shows nothing of the edited document");
        }
        long otherDocumentsPages = after.stream().filter(page -> page.data().get("doc") instanceof Document d
                && !d.key().equals(edited.key())).count();
        assertTrue(otherDocumentsPages > 15, otherDocumentsPages + " pages of other documents");
        assertTrue(after.stream().filter(page -> page.data().get("doc") instanceof Document d
                        && !d.key().equals(edited.key())).allMatch(page -> page == earlier.get(page.url())),
                "every other document's pages are taken back as they were");
    }

    @Test
    void aDeletedDocumentLeavesNoPageBehindInTheRememberedPlan() {
        PlanMemory memory = new PlanMemory();
        PagePlan.of(site(documents), messages, BASE, memory);
        List<Document> without = new ArrayList<>(documents);
        without.removeIf(d -> d.sourcePath().equals("content/statements/6th-coordination-meeting-zhanaozen.en.md"));
        List<Page> after = PagePlan.of(site(without), messages, BASE, memory);
        assertFalse(byUrl(after).containsKey("/en/statements/6th-coordination-meeting-zhanaozen/"));
        assertEquals(PagePlan.of(site(without), messages, BASE), after);
        Page russian = byUrl(after).get("/ru/statements/6th-coordination-meeting-zhanaozen/");
        assertNotSame(null, russian);
        assertTrue(russian.translations().isEmpty(), "the Russian page no longer offers the English one");
    }

    /** The pages every plan draws afresh: they are few, and each sums up the whole site. */
    private static boolean siteWide(Page page) {
        return page.data().containsKey("entries") || page.data().containsKey("sitemaps") || page.data().containsKey("latest")
                || page.data().containsKey("countries") && !page.data().containsKey("pagination")
                || page.data().containsKey("tags") && !page.data().containsKey("pagination")
                || page.data().isEmpty();
    }

    /** Whether the page's data holds the document itself, in a list, a page of a list or a map. */
    private static boolean shows(Object data, Document document) {
        if (data == document) {
            return true;
        }
        if (data instanceof Map<?, ?> map) {
            return shows(map.values(), document);
        }
        if (data instanceof Pagination<?> pagination) {
            return shows(pagination.items(), document);
        }
        if (data instanceof Collection<?> items) {
            return items.stream().anyMatch(item -> shows(item, document));
        }
        return false;
    }

    private Site site(List<Document> all) {
        return assembler().assemble(all, RealContent.cases(ProjectCopy.FIXTURE));
    }

    private static SiteAssembler assembler() {
        return new SiteAssembler(Languages.RUSSIAN_AND_ENGLISH,
                RealContent.vocabulary(ProjectCopy.FIXTURE), Instant.parse("2026-11-22T00:00:00Z"), SiteSettings.STATUS_CHECK_MONTHS);
    }

    /** The document and its translation, both edited alike. */
    private List<Document> replacePair(UnaryOperator<Document> edit) {
        List<Document> edited = new ArrayList<>(documents);
        edited.replaceAll(d -> d.sourcePath().equals(EDITED) || d.sourcePath().equals(ITS_PAIR) ? edit.apply(d) : d);
        return edited;
    }

    private List<Document> replace(String sourcePath, UnaryOperator<Document> edit) {
        List<Document> edited = new ArrayList<>(documents);
        edited.replaceAll(d -> d.sourcePath().equals(sourcePath) ? edit.apply(d) : d);
        return edited;
    }

    private static Document find(List<Document> documents, String sourcePath) {
        return documents.stream().filter(d -> d.sourcePath().equals(sourcePath)).findFirst().orElseThrow();
    }

    private static Map<String, Page> byUrl(List<Page> pages) {
        Map<String, Page> byUrl = new java.util.HashMap<>();
        pages.forEach(page -> byUrl.put(page.url(), page));
        return byUrl;
    }

    private static Document withBody(Document d, String body) {
        return edited(d, d.title(), d.date(), d.tags(), body);
    }

    private static Document withTitleAndDate(Document d, String title, PartialDate date) {
        return edited(d, title, date, d.tags(), d.bodyHtml());
    }

    private static Document withTags(Document d, List<String> tags) {
        return edited(d, d.title(), d.date(), tags, d.bodyHtml());
    }

    /** The same document as an editor might save it again: what the preview's edits change. */
    private static Document edited(Document d, String title, PartialDate date, List<String> tags, String body) {
        return new Document(d.sourcePath(), d.key(), d.urlSlug(), d.language(), title, date, d.status(),
                d.original(), d.countries(), tags, d.summary(), d.place(), d.event(), d.cases(), d.aliases(), d.embargo(), body,
                d.links(), d.fieldLines(), d.campaign());
    }
}
