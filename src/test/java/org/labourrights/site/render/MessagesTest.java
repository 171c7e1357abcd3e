package org.labourrights.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;

/** The interface's real bundles, templates/i18n/*.properties, formatted by ICU. */
class MessagesTest {

    final Messages messages = Messages.load(Path.of("templates", "i18n"), Languages.RUSSIAN_AND_ENGLISH);

    @Test
    void russianCountsTakeTheRightPluralForm() {
        assertEquals("1 документ", messages.text(Language.RU, "documents.count", 1));
        assertEquals("3 документа", messages.text(Language.RU, "documents.count", 3));
        assertEquals("5 документов", messages.text(Language.RU, "documents.count", 5));
        assertEquals("11 документов", messages.text(Language.RU, "documents.count", 11));
        assertEquals("21 документ", messages.text(Language.RU, "documents.count", 21));
        assertEquals("1 document", messages.text(Language.EN, "documents.count", 1));
        assertEquals("2 documents", messages.text(Language.EN, "documents.count", 2));
    }

    @Test
    void datesAreAsPreciseAsTheSourceAndNoMore() {
        assertEquals("15 декабря 2025\u202fг.", messages.date(Language.RU, new PartialDate(2025, 12, 15)));
        assertEquals("15 December 2025", messages.date(Language.EN, new PartialDate(2025, 12, 15)));
        assertEquals("декабрь 2025\u202fг.", messages.date(Language.RU, new PartialDate(2025, 12, 0)));
        assertEquals("December 2025", messages.date(Language.EN, new PartialDate(2025, 12, 0)));
        assertEquals("2017", messages.date(Language.RU, new PartialDate(2017, 0, 0)));
        assertEquals("дата не указана", messages.date(Language.RU, PartialDate.UNKNOWN));
        assertEquals("date not stated", messages.date(Language.EN, PartialDate.UNKNOWN));
    }

    @Test
    void countriesAreNamedAsTheMissionNamesThem() {
        assertEquals("Кыргызстан", messages.country(Language.RU, "KG"));
        assertEquals("Kyrgyzstan", messages.country(Language.EN, "KG"));
        assertEquals("Германия", messages.country(Language.RU, "DE"));
    }

    @Test
    void aLanguageWithoutItsWordsFileIsRefusedWithWhatToCopy(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("ru.properties"), "site.name=Миссия\n");
        Files.writeString(folder.resolve("en.properties"), "site.name=Mission\n");
        ContentException refused = assertThrows(ContentException.class, () -> Messages.load(folder, RU_EN_KK));
        assertEquals("templates/i18n/kk.properties:1: is missing, and content/data/site.yaml lists Kazakh (kk): copy"
                + " templates/i18n/en.properties to this name and translate the words after each '='", refused.getMessage());
    }

    @Test
    void aWordLeftOutOfOneLanguageIsNamedWhereItBelongs(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("ru.properties"), "# Слова\nsite.name=Миссия\nskip=К тексту\nnav.home=Главная\n");
        Files.writeString(folder.resolve("en.properties"), "site.name=Mission\nskip=Skip to text\nnav.home=Home\n");
        Files.writeString(folder.resolve("kk.properties"), "site.name=Миссия \\\n  skip=not a key\nnav.home=Басты бет\n");
        ContentException refused = assertThrows(ContentException.class, () -> Messages.load(folder, RU_EN_KK));
        assertEquals("templates/i18n/kk.properties:1: has no 'skip', which templates/i18n/ru.properties:3 has; add a"
                + " line skip=… with its words in this language", refused.getMessage(),
                "a continued line is not a key; the missing word belongs after site.name, the word before it");
    }

    @Test
    void aWordForOneLanguageIsNotNeededWhereTheGeneralWordIsThere(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("ru.properties"), "list.in.en=На английском\nlist.in.other=На языке: {0}\n");
        Files.writeString(folder.resolve("en.properties"), "list.in.ru=In Russian\nlist.in.other=In {0}\n");
        Files.writeString(folder.resolve("kk.properties"), "list.in.other=Тілде: {0}\n");
        Messages words = Messages.load(folder, RU_EN_KK);
        assertEquals("In Russian", words.text(Language.EN, "list.in.ru"));
        assertFalse(words.has(KAZAKH, "list.in.ru"));
    }

    static final Language KAZAKH = new Language("kk", "kk-KZ", "Қазақша", Language.Direction.LTR, "Cyrl");
    static final Languages RU_EN_KK = new Languages(List.of(Language.RU, Language.EN, KAZAKH));
}
