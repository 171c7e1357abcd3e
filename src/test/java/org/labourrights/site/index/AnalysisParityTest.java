package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.analysis.NameKey;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The browser analyzes text exactly as Lucene's RussianAnalyzer and EnglishAnalyzer do: the same
 * terms at the same positions, from the same characters, for every title and body of the real
 * content, every raw Markdown file, and text chosen to exercise the tokenizer's rules; and it
 * makes and places every word's name key as {@link NameKey} does, from the tables in the index's manifest.
 */
class AnalysisParityTest {

    static final List<String> TRICKY = List.of(
            "Don't stop: 3.5% of www.example.org, COVID-19, a_b, __, x_, _y, 1,000.50 and 3'000",
            "«Ёлки-палки», — сказал Ёжик. Её ЁМКОСТЬ; ещё. Ё-моё",
            "Zhanaozen’s workers' union's KNPRK’s. O'Neil ＇s x'",
            "Съезд 2022г. и 10 000 человек; 10\u202F000; 10\u00A0000; ст.\u00A0135 УК РК; 3-й; №5; §2",
            "e-mail: info@labourcentralasia.org; https://www.gov.kg/ru/npa/s/4192?x=1#y",
            "И.О. Фамилия, т.е., т.д., и т. п.; A.B.C. U.S.A. Ph.D",
            "проф\u00ADсоюз, ко\u0301мпания, café, naïve, İstanbul, ΣΑΣ, Straße",
            "中文字符 ひらがな カタカナ 한국어 ภาษาไทย עִבְרִית ה'ב ה\"ב",
            "emoji ☺ ❤️ 👍🏽 👨‍👩‍👧 🇰🇿 1️⃣ © ® ™ ↩ test",
            "tab\tnew\nline\r\nend… ellipsis—dash–dash “quoted” ‘single’ „низ“",
            "ВСЕ ЗАГЛАВНЫЕ БУКВЫ И Smaller Mixed CASE, ТРУДОВЫХ МИГРАНТОВ",
            "a".repeat(300) + " " + "б".repeat(260));

    @Test
    void everyTextOfTheRealContentAnalyzesAsInLucene() {
        List<String> texts = new ArrayList<>(TRICKY);
        for (SearchDocument document : RealContent.documents()) {
            texts.add(document.title());
            texts.add(document.body());
        }
        for (Path file : RealContent.markdownFiles(RealContent.PROJECT)) {
            texts.add(RealContent.read(file));
        }
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            assertSameTokens(language, texts);
        }
    }

    @Test
    void aLanguageLuceneHasNoAnalyzerForIsAnalyzedTheGenericWayInBoth() {
        Language kazakh = new Language("kk", "kk-KZ", "Қазақша", Language.Direction.LTR, "Cyrl");
        List<String> texts = new ArrayList<>(TRICKY);
        texts.add("Орталық Азиядағы еңбек құқықтарын бақылау жөніндегі халықаралық миссия 2016 жылғы желтоқсанда"
                + " Бішкекте өткен кәсіподақ және құқық қорғау ұйымдары конференциясының шешімімен құрылды.");
        texts.add("Жаңаөзен мұнайшылары — ҚАЗАҚСТАН; Oʻzbekiston kasaba uyushmalari, Gʻulnora's");
        RealContent.documents().forEach(document -> texts.add(document.title()));
        assertEquals(Analysis.Chain.GENERIC, Analysis.Chain.of(kazakh));
        assertSameTokens(kazakh, texts);
    }

    @Test
    void everyWordsNameKeyIsJavas(@TempDir Path work) {
        List<SearchDocument> documents = RealContent.documents();
        SearchIndex index = SearchIndex.build(Languages.RUSSIAN_AND_ENGLISH, documents);
        Path folder = work.resolve(index.write(work).base().substring(1));
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            Set<String> words = new TreeSet<>(List.of("жаңаөзен", "қазақстан", "ұйғұр", "ҳуҷанд", "ёлка", "oʻzbekiston",
                    "g'ulnora", "o’zbek", "gʼ", "shchuka", "dzhambul", "djambul", "khujand", "yiyi", "iaeiou", "ь", "ъь",
                    "щщ", "2022", "café", "中文", "a_b", "x'", "'"));
            for (SearchDocument document : documents) {
                for (String text : List.of(document.title(), document.body())) {
                    Analysis.tokens(Analysis.surface(language), text).forEach(token -> words.add(token.term()));
                }
            }
            List<String> list = List.copyOf(words);
            JsonNode answer = NodeEngine.call(Map.of("command", "nameKeys",
                    "index", folder.resolve(language.code()).toString(), "words", list));
            for (int i = 0; i < list.size(); i++) {
                JsonNode key = answer.get("keys").get(i);
                String expected = NameKey.of(list.get(i));
                assertEquals(expected == null ? null : NameKey.placed(expected, language), key.isNull() ? null : key.asText(),
                        language + " key of " + list.get(i));
            }
            System.out.printf("%s name keys: %d words, the same in the browser%n", language, list.size());
        }
    }

    private static void assertSameTokens(Language language, List<String> texts) {
        List<String> stopWords = new ArrayList<>();
        Iterator<Object> words = Analysis.stopWords(language).iterator();
        words.forEachRemaining(w -> stopWords.add(new String((char[]) w)));
        JsonNode answer = NodeEngine.call(Map.of("command", "analyze", "language", language.code(),
                "stopWords", stopWords, "texts", texts));
        int tokens = 0;
        for (int t = 0; t < texts.size(); t++) {
            List<String> expected = new ArrayList<>();
            for (Analysis.Token token : Analysis.tokens(Analysis.base(language), texts.get(t))) {
                expected.add(token.term() + "@" + token.position() + "[" + token.start() + "," + token.end() + "]");
            }
            List<String> actual = new ArrayList<>();
            for (JsonNode token : answer.get("tokens").get(t)) {
                actual.add(token.get(0).asText() + "@" + token.get(1).asInt() + "[" + token.get(2).asInt() + ","
                        + token.get(3).asInt() + "]");
            }
            String text = texts.get(t);
            assertEquals(expected, actual, language + " analysis of text " + t + ": "
                    + text.substring(0, Math.min(80, text.length())));
            tokens += expected.size();
        }
        System.out.printf("%s analysis parity: %d texts, %d tokens identical%n", language, texts.size(), tokens);
    }
}
