package org.labourrights.site.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One language the site publishes in, as {@code content/data/site.yaml} lists it. The code is the
 * file suffix ({@code x.ru.md}), the address prefix ({@code /ru/}), the key of a case's texts
 * ({@code {ru: …}}) and the name of the template words ({@code templates/i18n/ru.properties}).
 *
 * @param code      a BCP 47 language subtag, small letters: {@code ru}, {@code en}, {@code kk}
 * @param locale    how dates, numbers and quotation marks are written, with the country when
 *                  the language's differ by it: {@code ru-RU}, {@code en-GB}, {@code kk-KZ}
 * @param name      the language's name in itself, as the language switcher shows it: Русский
 * @param direction which way its text runs
 * @param script    the ISO 15924 code of the alphabet it is written in: {@code Cyrl}, {@code Latn}
 */
public record Language(String code, String locale, String name, Direction direction, String script) implements Serializable {

    /** The order of a line of text: the page's {@code dir}. */
    public enum Direction {
        LTR, RTL;

        public String html() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An ISO 639 code as addresses and file names carry it: two or three small letters. */
    public static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    /** Russian and English, the Mission's languages: the site's when site.yaml lists none. */
    public static final Language RU = new Language("ru", "ru-RU", "Русский", Direction.LTR, "Cyrl");
    public static final Language EN = new Language("en", "en-GB", "English", Direction.LTR, "Latn");

    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(script, "script");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a language code is two or three small letters, not '" + code + "'");
        }
    }

    /** The language's name in English, as the editors' pages and commands name it: Russian, Kazakh. */
    public String englishName() {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    public boolean isCyrillic() {
        return script.equals("Cyrl");
    }

    /** The locale as Open Graph writes it: ru_RU, en_GB. */
    public String ogLocale() {
        return locale.replace('-', '_');
    }

    @Override
    public String toString() {
        return code;
    }
}
