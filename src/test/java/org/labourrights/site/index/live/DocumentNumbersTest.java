package org.labourrights.site.index.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.model.Language;

/**
 * An edited document keeps its number, a new one takes the lowest free number, a removed one
 * frees its own, and free numbers at the end go: the live index's numbering.
 */
class DocumentNumbersTest {

    @Test
    void anEditedDocumentKeepsItsNumber() {
        DocumentNumbers numbers = new DocumentNumbers(documents("a", "b", "c"));
        Edit edit = numbers.edit(List.of(document("b", "new text")), Set.of());
        assertEquals(Set.of(1), edit.next().keySet());
        assertEquals("b", edit.previous().get(1).id());
        numbers.apply(edit);
        assertEquals("new text", numbers.documents().get(1).text());
        assertEquals(3, numbers.live());
    }

    @Test
    void aNewDocumentTakesTheLowestFreeNumberOrTheNextOne() {
        DocumentNumbers numbers = new DocumentNumbers(documents("a", "b", "c", "d"));
        numbers.apply(numbers.edit(List.of(), Set.of("c", "a")));
        assertEquals(ids(null, "b", null, "d"), ids(numbers));
        Edit edit = numbers.edit(List.of(document("x", ""), document("y", ""), document("z", "")), Set.of());
        assertEquals(List.of(0, 2, 4), List.copyOf(edit.next().keySet()));
        assertTrue(edit.previous().isEmpty(), "new documents have no old version");
        numbers.apply(edit);
        assertEquals(ids("x", "b", "y", "d", "z"), ids(numbers));
        assertEquals(5, numbers.live());
    }

    @Test
    void freeNumbersAtTheEndGo() {
        DocumentNumbers numbers = new DocumentNumbers(documents("a", "b", "c", "d"));
        numbers.apply(numbers.edit(List.of(), Set.of("b")));
        numbers.apply(numbers.edit(List.of(), Set.of("c", "d")));
        assertEquals(ids("a"), ids(numbers));
        assertEquals(1, numbers.size());
        // The freed numbers at the end are gone, the one in the middle too: a new document comes after "a".
        Edit edit = numbers.edit(List.of(document("e", "")), Set.of());
        assertEquals(Set.of(1), edit.next().keySet());
    }

    @Test
    void aDocumentBothChangedAndRemovedIsChangedAndUnknownIdsAreNoEdit() {
        DocumentNumbers numbers = new DocumentNumbers(documents("a", "b"));
        Edit edit = numbers.edit(List.of(document("a", "again")), Set.of("a", "nowhere"));
        assertEquals("again", edit.next().get(0).text());
        assertTrue(edit.keeps(0));
        assertTrue(numbers.edit(List.of(), Set.of("nowhere")).isEmpty());
        Edit removal = numbers.edit(List.of(), Set.of("b"));
        assertNull(removal.next().get(1));
        assertTrue(!removal.keeps(1) && removal.touched().get(1));
    }

    private static List<SearchDocument> documents(String... ids) {
        List<SearchDocument> documents = new ArrayList<>();
        for (String id : ids) {
            documents.add(document(id, "text of " + id));
        }
        return documents;
    }

    private static SearchDocument document(String id, String text) {
        return new SearchDocument(id, Language.EN, "/en/" + id + "/", "news", "Title " + id, "2025-01-01", "", text);
    }

    private static List<String> ids(String... ids) {
        return java.util.Arrays.asList(ids);
    }

    private static List<String> ids(DocumentNumbers numbers) {
        return numbers.documents().stream().map(d -> d == null ? null : d.id()).toList();
    }
}
