package org.labourrights.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
    void bothLanguagesHaveEveryKey() {
        for (String key : new String[] {"site.name", "skip", "lang.self", "original.is", "translated.from.ru",
                "translated.from.en", "notfound.title", "section.resolutions", "type.news"}) {
            assertEquals(messages.has(Language.RU, key), messages.has(Language.EN, key), key);
        }
    }
}
