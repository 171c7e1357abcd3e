package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * What a visitor expects of the search, on the real content, in Lucene and in the browser alike:
 * Russian morphology (профсоюзов finds профсоюз, забастовка finds забастовки, and the word-form
 * map joins забастовок), typo tolerance (Elshibaev finds the Elshibayev statement), exact
 * matches ahead of typo matches, phrases by position, and title matches first.
 */
class RelevanceTest {

    @TempDir
    static Path work;
    static SearchIndex index;
    static Path folder;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, RealContent.documents(ProjectCopy.FIXTURE));
        PublishedSearch published = index.write(work);
        folder = work.resolve(published.base().substring(1));
    }

    @AfterAll
    static void close() {

    }

    @Test
    void aGenitivePluralFindsTheNominative() {
        List<SearchDocument> found = both(Language.RU, "профсоюзов");
        // The noun профсоюз in any case or number (профсоюз, -а, -ы, -ам…): the word's stem.
        assertContainsAll(found, Language.RU, stem(Language.RU, "профсоюз"), "профсоюз");
        assertTrue(found.stream().allMatch(word("профсоюз\\p{L}*")), "every result has a form of профсоюз");
    }

    @Test
    void aNominativeFindsThePlural() {
        List<SearchDocument> found = both(Language.RU, "забастовка");
        assertContainsAll(found, Language.RU, word("забастовки"), "забастовки");
    }

    @Test
    void theWordFormMapJoinsAFleetingVowel() {
        assertEquals("забастовк", index.index(Language.RU).forms().canonical("забастовок"));
        List<SearchDocument> fromGenitive = both(Language.RU, "забастовок");
        assertContainsAll(fromGenitive, Language.RU, word("забастовки"), "забастовки");
        List<SearchDocument> fromPlural = both(Language.RU, "забастовки");
        assertContainsAll(fromPlural, Language.RU, word("забастовок"), "забастовок");
    }

    @Test
    void aNameWithATypoFindsTheStatementAboutHim() {
        List<SearchDocument> found = both(Language.EN, "Elshibaev");
        assertFalse(found.isEmpty(), "Elshibaev should find Elshibayev");
        List<String> top = found.stream().limit(3).map(SearchDocument::id).toList();
        assertTrue(top.contains("en:statements/6th-conference-2022-kazakhstan"),
                "the statement on Erzhan Elshibayev should be among the first results: " + top);
        assertTrue(found.stream().allMatch(word("Elshibayev")), "every result names Elshibayev");
        assertEquals(ids(both(Language.EN, "Elshibayev")), ids(found), "the typo ranks as the right spelling does");
    }

    @Test
    void exactMatchesComeBeforeTypoMatches() {
        for (String query : List.of("профсоюзов", "migrant", "Казахстан", "конвенций", "workers")) {
            Language language = query.matches(".*\\p{IsCyrillic}.*") ? Language.RU : Language.EN;
            QueryPlan.Word plan = (QueryPlan.Word) LuceneReference.plan(index, language, query).clauses().get(0);
            if (plan.exact() == null || plan.variants().isEmpty()) {
                continue;
            }
            LanguageIndex.TermPostings exact = index.lexicon(language).postings(plan.exact());
            List<Integer> docs = LuceneReference.search(index, language, query, 1000).stream().map(LuceneReference.Hit::doc).toList();
            boolean typoSeen = false;
            for (int doc : docs) {
                boolean hasExact = contains(exact.title(), doc) || contains(exact.body(), doc);
                assertFalse(typoSeen && hasExact, query + ": a document with the exact word ranks after a typo-only one");
                typoSeen |= !hasExact;
            }
        }
    }

    @Test
    void aQuotedPhraseMatchesOnlyAdjacentWords() {
        List<SearchDocument> phrase = both(Language.EN, "\"freedom of association\"");
        List<SearchDocument> words = both(Language.EN, "freedom association");
        assertFalse(phrase.isEmpty());
        Pattern adjacent = Pattern.compile("(?i)\\bfreedom\\s+of\\s+association");
        assertTrue(phrase.stream().allMatch(d -> adjacent.matcher(d.title() + "\n" + d.body()).find()),
                "every phrase result has the words together");
        assertTrue(words.size() >= phrase.size());
    }

    @Test
    void aTitleMatchRanksFirst() {
        assertEquals("en:statements/6th-conference-2022-belarus", both(Language.EN, "Belarus").get(0).id());
        assertEquals("ru:statements/6th-conference-2022-belarus", both(Language.RU, "Беларуси").get(0).id());
    }

    @Test
    void stopWordsAloneFindNothing() {
        assertTrue(both(Language.RU, "и в на").isEmpty());
        assertTrue(both(Language.EN, "the of and").isEmpty());
    }

    private static List<SearchDocument> both(Language language, String query) {
        return BothEngines.search(index, folder, language, query);
    }

    private static void assertContainsAll(List<SearchDocument> found, Language language, Predicate<SearchDocument> having,
                                          String what) {
        List<String> expected = index.index(language).documents().stream().filter(having).map(SearchDocument::id).toList();
        assertFalse(expected.isEmpty(), "the real content should have documents with " + what);
        assertTrue(ids(found).containsAll(expected), "documents with " + what + " " + expected + " should all be found: "
                + ids(found));
    }

    private static Predicate<SearchDocument> word(String regex) {
        Pattern pattern = Pattern.compile("(?iu)(?<!\\p{L})" + regex + "(?!\\p{L})");
        return document -> pattern.matcher((document.title() + "\n" + document.body()).toLowerCase(Locale.ROOT)).find();
    }

    private static Predicate<SearchDocument> stem(Language language, String stem) {
        return document -> Analysis.tokens(Analysis.base(language), document.title() + "\n" + document.body())
                .stream().anyMatch(token -> token.term().equals(stem));
    }

    private static List<String> ids(List<SearchDocument> documents) {
        return documents.stream().map(SearchDocument::id).toList();
    }

    private static boolean contains(LanguageIndex.FieldPostings postings, int doc) {
        return postings != null && java.util.Arrays.binarySearch(postings.docs(), doc) >= 0;
    }
}
