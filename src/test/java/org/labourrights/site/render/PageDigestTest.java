package org.labourrights.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;

/** What tells one page from another across builds: equal contents give one digest, any shown difference another. */
class PageDigestTest {

    private final PageDigest digests = new PageDigest();

    private static Page page(String title, Map<String, Object> data) {
        return new Page("/en/statements/zhanaozen/", "document.ftlh", Language.EN,
                Translations.of(List.of(Language.RU), language -> "/ru/statements/zhanaozen/"), title, data);
    }

    @Test
    void equalPagesMadeAnewHaveOneDigestAndAnyShownDifferenceAnother() {
        Optional<String> one = digests.of(page("Zhanaozen", Map.of("date", PartialDate.parse("2011-12"),
                "key", new DocumentKey(Section.STATEMENTS, "zhanaozen"), "day", LocalDate.of(2011, 12, 16))));
        Optional<String> again = new PageDigest().of(page("Zhanaozen", Map.of("day", LocalDate.of(2011, 12, 16),
                "key", new DocumentKey(Section.STATEMENTS, "zhanaozen"), "date", PartialDate.parse("2011-12"))));
        assertTrue(one.isPresent());
        assertEquals(one, again, "made anew, its map's entries given in another order");
        assertNotEquals(one, digests.of(page("Zhanaozen", Map.of("date", PartialDate.parse("2011-12-16"),
                "key", new DocumentKey(Section.STATEMENTS, "zhanaozen"), "day", LocalDate.of(2011, 12, 16)))),
                "a month is not a day");
        assertNotEquals(one, digests.of(page("Жанаозен", Map.of("date", PartialDate.parse("2011-12"),
                "key", new DocumentKey(Section.STATEMENTS, "zhanaozen"), "day", LocalDate.of(2011, 12, 16)))));
        assertNotEquals(one, digests.of(page("Zhanaozen", Map.of("date", PartialDate.parse("2011-12"),
                "key", new DocumentKey(Section.RESOLUTIONS, "zhanaozen"), "day", LocalDate.of(2011, 12, 16)))));
    }

    @Test
    void theOrderOfAListOrAnOrderedMapCountsAndTheirPartsCannotRunTogether() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertNotEquals(digests.of(ab), digests.of(ba), "a page shows an ordered map in its order");
        assertEquals(digests.of(new HashMap<>(ab)), digests.of(new HashMap<>(ba)), "a hash map's order is no one's");
        assertNotEquals(digests.of(List.of("a", "b")), digests.of(List.of("b", "a")));
        assertNotEquals(digests.of(List.of("ab", "c")), digests.of(List.of("a", "bc")));
        assertNotEquals(digests.of(List.of(1)), digests.of(List.of(1L)), "an int is not a long");
        assertNotEquals(digests.of(Optional.empty()), digests.of(List.of()));
        List<Object> nested = new ArrayList<>(List.of(List.of("a"), "b"));
        assertNotEquals(digests.of(nested), digests.of(List.of("a", "b")));
    }

    @Test
    void aRecordReadFromAFileIsKnownByThatFilesPathAndBytes() {
        DocumentKey read = new DocumentKey(Section.STATEMENTS, "zhanaozen");
        digests.known(read, "content/statements/zhanaozen.en.md", "digest-of-the-bytes");
        PageDigest renamed = new PageDigest();
        renamed.known(read, "content/statements/zhanaozen-2011.en.md", "digest-of-the-bytes");
        PageDigest edited = new PageDigest();
        edited.known(read, "content/statements/zhanaozen.en.md", "digest-of-other-bytes");
        PageDigest again = new PageDigest();
        again.known(read, "content/statements/zhanaozen.en.md", "digest-of-the-bytes");

        assertEquals(digests.of(List.of(read)), again.of(List.of(read)));
        assertNotEquals(digests.of(List.of(read)), renamed.of(List.of(read)), "another file, another address");
        assertNotEquals(digests.of(List.of(read)), edited.of(List.of(read)));
        assertNotEquals(digests.of(List.of(read)), new PageDigest().of(List.of(read)), "not known: digested field by field");
    }

    @Test
    void aPageShowingAValueOfAnUnknownKindHasNoDigestAndIsDrawn() {
        assertEquals(Optional.empty(), digests.of(page("Zhanaozen", Map.of("thread", new Thread(() -> { })))));
        assertEquals(Optional.empty(), digests.of(page("Zhanaozen", Map.of("builder", new StringBuilder("Zhanaozen")))));
    }
}
