package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.analysis.WordForms;
import org.labourrights.site.model.Language;

/** Which word forms Snowball leaves apart are joined, and which look alike but are not. */
class WordFormsTest {

    private static WordForms forms(Language language, String... words) {
        var stemmer = Analysis.stem(language);
        List<String> list = List.of(words);
        return WordForms.of(language, list, list.stream().map(w -> Analysis.stemOf(stemmer, w)).toList());
    }

    @Test
    void aFleetingVowelIsJoined() {
        WordForms forms = forms(Language.RU, "забастовок", "забастовки", "забастовка", "отец", "отца",
                "денег", "деньги", "копеек", "копейка");
        assertEquals(Map.of("забастовок", "забастовк", "отец", "отц", "денег", "деньг", "копеек", "копейк"),
                forms.aliases());
    }

    @Test
    void wordsThatOnlyLookLikeFleetingVowelsStayApart() {
        // пакт occurs alone, so it is a word of its own, not пакет without its vowel.
        assertTrue(forms(Language.RU, "пакет", "пакт", "пакта").aliases().isEmpty());
        // пакета shows that пакет takes endings: its е does not drop.
        assertTrue(forms(Language.RU, "пакет", "пакета", "пакту").aliases().isEmpty());
    }

    @Test
    void aNounWhoseLastLetterSnowballTookForAVerbEndingIsJoined() {
        WordForms forms = forms(Language.RU, "казахстан", "казахстана", "казахстане", "канал", "канала", "каналом");
        assertEquals("казахстан", forms.canonical("казахста"));
        assertEquals("канал", forms.canonical("кана"));
        // A verb stem also reached by other endings stays: читать is not a noun in -н or -л.
        assertTrue(forms(Language.RU, "читал", "читала", "читать", "читалы").aliases().isEmpty());
    }

    @Test
    void englishIrregularPluralsAreJoinedWhenBothOccur() {
        assertEquals(Map.of("women", "woman"), forms(Language.EN, "women", "woman", "men").aliases());
    }
}
