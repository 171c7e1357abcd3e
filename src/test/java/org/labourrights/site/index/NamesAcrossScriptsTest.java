package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * A name typed the way a visitor's keyboard allows finds it in the other script, in its other
 * spellings, with the region's letters and with a typo, in the browser and in Lucene alike. On the
 * fixture project, with one more Russian item that writes Жанаозен in Kazakh (Жаңаөзен).
 */
class NamesAcrossScriptsTest {

    private static final String KAZAKH_SPELLING = "ru:test/kazakh-spelling";

    @TempDir
    static Path work;
    static SearchIndex index;
    static Path folder;

    @BeforeAll
    static void build() {
        List<SearchDocument> documents = new ArrayList<>(RealContent.documents(ProjectCopy.FIXTURE));
        documents.add(new SearchDocument(KAZAKH_SPELLING, Language.RU, "/ru/test/kazakh-spelling/", "statement",
                "Жаңаөзен", "2022", "", "Жаңаөзен — написание названия города по-казахски."));
        index = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents);
        PublishedSearch published = index.write(work);
        folder = work.resolve(published.base().substring(1));
    }

    @Test
    void aLatinNameOnTheRussianPageFindsItInCyrillic() {
        for (String spelling : List.of("Elshibaev", "Elshibayev", "Yelshibayev", "elshibaev")) {
            assertFindsAll(Language.RU, spelling, "Елшибаев\\p{L}*");
        }
        assertFindsAll(Language.RU, "Yaroshuk", "Ярошук\\p{L}*");
        assertFindsAll(Language.RU, "Zhanaozen", "Жанаозен\\p{L}*");
        assertFindsAll(Language.RU, "Janaozen", "Жанаозен\\p{L}*");
    }

    @Test
    void aCyrillicNameOnTheEnglishPageFindsItInLatin() {
        assertFindsAll(Language.EN, "Ярошук", "Yarosc?huk");
        assertFindsAll(Language.EN, "Елшибаев", "Elshibayev");
        assertFindsAll(Language.EN, "Жанаозен", "Zhanaozen");
    }

    @Test
    void theRegionsLettersMeetTheirRussianNeighboursAndTheExactFormRanksFirst() {
        List<String> plain = ids(both(Language.RU, "Жанаозен"));
        assertTrue(plain.contains(KAZAKH_SPELLING), "Жанаозен finds Жаңаөзен: " + plain);
        assertFalse(plain.get(0).equals(KAZAKH_SPELLING), "the items that write Жанаозен come first: " + plain);
        List<String> kazakh = ids(both(Language.RU, "Жаңаөзен"));
        assertEquals(KAZAKH_SPELLING, kazakh.get(0), "the exact spelling ranks first");
        assertTrue(kazakh.containsAll(plain), "Жаңаөзен finds every item with Жанаозен too: " + kazakh);
    }

    @Test
    void aKazakhOrUzbekLatinQFindsTheNameAsRussianAndEnglishSpellIt() {
        assertFindsAll(Language.RU, "Qazaqstan", "Казахстан\\p{L}*");
        assertFindsAll(Language.EN, "Qazaqstan", "Kazakhstan\\p{L}*");
    }

    @Test
    void aTypoAfterFoldingStillFindsTheName() {
        assertFindsAll(Language.RU, "Елшибаеф", "Елшибаев\\p{L}*");
        assertFindsAll(Language.RU, "Elshibaef", "Елшибаев\\p{L}*");
        assertFindsAll(Language.EN, "Елшибаеф", "Elshibayev");
    }

    @Test
    void aQuotedWordIsExactAndCrossesNoScript() {
        assertTrue(both(Language.RU, "\"Elshibaev\"").isEmpty());
        assertFalse(both(Language.RU, "Elshibaev").isEmpty());
    }

    /** Every item of the language whose title or body has a word matching {@code word} is found. */
    private static void assertFindsAll(Language language, String query, String word) {
        Pattern pattern = Pattern.compile("(?<!\\p{L})" + word + "(?!\\p{L})");
        List<String> having = index.index(language).documents().stream()
                .filter(d -> pattern.matcher(d.title() + "\n" + d.body()).find()).map(SearchDocument::id).toList();
        assertFalse(having.isEmpty(), "the fixture should have items with " + word);
        List<String> found = ids(both(language, query));
        assertTrue(found.containsAll(having), language + " [" + query + "] should find every item with " + word
                + " " + having + ", found " + found);
    }

    private static List<SearchDocument> both(Language language, String query) {
        return BothEngines.search(index, folder, language, query);
    }

    private static List<String> ids(List<SearchDocument> documents) {
        return documents.stream().map(SearchDocument::id).toList();
    }
}
