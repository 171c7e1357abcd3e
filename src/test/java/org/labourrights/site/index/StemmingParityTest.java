package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.bench.SyntheticCorpus;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.model.Language;

/**
 * The browser stems every word exactly as Lucene does: Lucene's RussianAnalyzer and
 * EnglishAnalyzer (stop words off, so that every word is stemmed) against the script's analyzer
 * under Node, word by word, on every word of the real content, of a synthetic corpus, and of
 * forms made by attaching every ending the stemmers know to the corpus' words.
 */
class StemmingParityTest {

    @TempDir
    static Path work;

    @Test
    void everyWordOfTheRealContentStemsAsInLucene() {
        TreeSet<String> words = new TreeSet<>();
        for (Path file : RealContent.markdownFiles(RealContent.PROJECT)) {
            words.addAll(tokens(RealContent.read(file)));
        }
        assertTrue(words.size() > 2000, "the real content should have thousands of distinct words, has " + words.size());
        assertSameStems(Language.RU, words);
        assertSameStems(Language.EN, words);
    }

    @Test
    void everyWordOfASyntheticCorpusStemsAsInLucene() throws Exception {
        Path corpus = work.resolve("corpus");
        SyntheticCorpus.generate(RealContent.PROJECT, corpus, 60);
        TreeSet<String> words = new TreeSet<>();
        for (Path file : RealContent.markdownFiles(corpus)) {
            words.addAll(tokens(RealContent.read(file)));
        }
        assertSameStems(Language.RU, words);
        assertSameStems(Language.EN, words);
    }

    /** Every ending of the stemmers' tables on every word of the content: each rule and its conditions run. */
    @Test
    void inflectedFormsOfEveryWordStemAsInLucene() {
        TreeSet<String> russian = new TreeSet<>();
        TreeSet<String> english = new TreeSet<>();
        List<String> russianEndings = List.of("а", "я", "ев", "ов", "е", "ие", "ье", "и", "еи", "ии", "ами", "ями", "иями",
                "й", "ей", "ией", "ий", "ой", "ам", "ем", "ием", "ом", "ям", "иям", "о", "у", "ах", "ях", "иях", "ы", "ь",
                "ю", "ию", "ью", "ия", "ья", "ее", "ое", "ые", "ими", "ыми", "ый", "им", "ым", "его", "ого", "ему", "ому",
                "их", "ых", "ею", "ою", "ую", "юю", "ая", "яя", "емый", "нный", "вший", "ивший", "ующий", "ющий", "щий",
                "ся", "сь", "лся", "лась", "вшись", "ившись", "в", "ив", "ыв", "вши", "ла", "на", "ете", "йте", "ли",
                "л", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно", "ила", "ена", "ейте", "уйте", "ите", "или",
                "ил", "ен", "ило", "ено", "ят", "ует", "уют", "ит", "ены", "ить", "ыть", "ишь", "ост", "ость", "ейш",
                "ейше", "ейший", "нн", "ённый", "ёй");
        List<String> englishEndings = List.of("s", "es", "ies", "sses", "ed", "eed", "ing", "ings", "y", "ational",
                "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator",
                "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize",
                "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
                "ent", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "'s", "’s");
        for (Path file : RealContent.markdownFiles(RealContent.PROJECT)) {
            for (String word : tokens(RealContent.read(file))) {
                if (word.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
                    String lower = word.toLowerCase(java.util.Locale.ROOT);
                    for (int cut = 0; cut <= Math.min(3, lower.length() - 2); cut++) {
                        String head = lower.substring(0, lower.length() - cut);
                        russianEndings.forEach(ending -> russian.add(head + ending));
                    }
                } else if (word.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                    String lower = word.toLowerCase(java.util.Locale.ROOT);
                    englishEndings.forEach(ending -> english.add(lower + ending));
                }
            }
        }
        assertTrue(russian.size() > 50_000, "expected many Russian forms, made " + russian.size());
        assertSameStems(Language.RU, russian);
        assertSameStems(Language.EN, english);
    }

    private static void assertSameStems(Language language, TreeSet<String> words) {
        List<String> list = new ArrayList<>(words);
        Analyzer lucene = language == Language.RU
                ? new RussianAnalyzer(CharArraySet.EMPTY_SET)
                : new EnglishAnalyzer(CharArraySet.EMPTY_SET);
        List<String> expected = new ArrayList<>(list.size());
        for (String word : list) {
            List<Analysis.Token> tokens = Analysis.tokens(lucene, word);
            expected.add(tokens.size() == 1 ? tokens.get(0).term() : null);
        }
        JsonNode answer = NodeEngine.call(Map.of("command", "stem", "language", language.code(), "words", list));
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode stem = answer.get("stems").get(i);
            String actual = stem.isNull() ? null : stem.asText();
            if (!java.util.Objects.equals(expected.get(i), actual)) {
                mismatches.add(list.get(i) + ": Lucene " + expected.get(i) + ", browser " + actual);
            }
        }
        System.out.printf("%s stemming parity: %d of %d words agree%n", language, list.size() - mismatches.size(), list.size());
        assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())),
                mismatches.size() + " of " + list.size() + " " + language + " words stem differently");
    }

    /** The words of a text as Lucene's StandardTokenizer cuts them, case kept. */
    static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        try (Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
            // StandardAnalyzer lower-cases; the raw tokens come from the tokenizer through offsets.
            for (Analysis.Token token : Analysis.tokens(standard, text)) {
                words.add(text.substring(token.start(), token.end()));
            }
        }
        return words;
    }
}
