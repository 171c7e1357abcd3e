package org.labourrights.site.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The {@code languages:} list of {@code content/data/site.yaml}: the languages the site publishes
 * in, the first being its own. Each is written as
 * <pre>
 * languages:
 *   - {code: ru, locale: ru-RU, name: Русский}
 *   - {code: en, locale: en-GB, name: English}
 *   - {code: kk, locale: kk-KZ, name: Қазақша, direction: ltr}
 * </pre>
 * Without the list the site is in Russian and English.
 */
final class SiteLanguages {

    private static final String EXAMPLE = "  - {code: ru, locale: ru-RU, name: Русский}";

    private SiteLanguages() {
    }

    static Languages read(String file, YamlFields.Field field, YamlFields.Field caseField) {
        Languages languages = read(file, field);
        if (caseField == null) {
            return languages;
        }
        String example = ", e.g. case_languages: [" + String.join(", ", languages.codes()) + "]";
        if (!caseField.value().isArray() || caseField.value().isEmpty()) {
            throw new ContentException(new Problem(file, caseField.line(), "case_languages must be a list of the"
                    + " site's language codes, the languages every text of a case file is written in" + example));
        }
        List<Language> cases = new ArrayList<>();
        for (int i = 0; i < caseField.value().size(); i++) {
            String code = caseField.value().get(i).asText();
            int line = caseField.itemLine(i);
            Language language = languages.byCode(code).orElseThrow(() -> new ContentException(new Problem(file,
                    line, "case_languages names '" + code + "', which is not one of the site's languages"
                    + " (languages:)" + example)));
            if (!cases.contains(language)) {
                cases.add(language);
            }
        }
        return new Languages(languages.all(), cases);
    }

    private static Languages read(String file, YamlFields.Field field) {
        if (field == null) {
            return Languages.RUSSIAN_AND_ENGLISH;
        }
        if (!field.value().isArray() || field.value().isEmpty()) {
            throw new ContentException(new Problem(file, field.line(), "languages must be a list, one language per line"
                    + " under 'languages:', each as" + EXAMPLE));
        }
        List<Language> languages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < field.value().size(); i++) {
            int line = field.itemLine(i);
            JsonNode item = field.value().get(i);
            String code = text(item, "code");
            if (code == null || !Language.CODE.matcher(code).matches()) {
                problems.add(new Problem(file, line, "language " + (i + 1) + " needs its code, the two or three small"
                        + " letters of its name in ISO 639 (ru, en, kk, uz, tg, ky), e.g." + EXAMPLE));
                continue;
            }
            if (languages.stream().anyMatch(l -> l.code().equals(code))) {
                problems.add(new Problem(file, line, "the language '" + code + "' is listed twice: remove this line"));
                continue;
            }
            String name = text(item, "name");
            if (name == null) {
                problems.add(new Problem(file, line, "the language '" + code + "' needs its name in itself, which the"
                        + " language switcher shows, e.g. name: Қазақша"));
                continue;
            }
            String locale = text(item, "locale");
            if (locale == null) {
                locale = code;
            } else if (!isLocale(locale) || !locale.toLowerCase(Locale.ROOT).startsWith(code)) {
                problems.add(new Problem(file, line, "the locale '" + locale + "' of '" + code + "' is not a language"
                        + " tag of it: write its code, or its code and country, e.g. locale: " + code + " or locale: "
                        + code + "-" + (code.equals("en") ? "GB" : code.toUpperCase(Locale.ROOT))));
                continue;
            }
            String direction = text(item, "direction");
            Language.Direction runs;
            if (direction == null || direction.equals("ltr")) {
                runs = Language.Direction.LTR;
            } else if (direction.equals("rtl")) {
                runs = Language.Direction.RTL;
            } else {
                problems.add(new Problem(file, line, "direction '" + direction + "' of '" + code + "' is not known:"
                        + " write direction: ltr (left to right, the default) or direction: rtl"));
                continue;
            }
            // The alphabet as CLDR has it for the locale: Cyrillic for kk, ky, tg, Latin for uz.
            String script = ULocale.addLikelySubtags(ULocale.forLanguageTag(locale)).getScript();
            languages.add(new Language(code, locale, name, runs, script.isEmpty() ? "Latn" : script));
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new Languages(languages);
    }

    private static String text(JsonNode item, String key) {
        JsonNode value = item == null ? null : item.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }

    private static boolean isLocale(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
