package org.labourrights.site.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;

/**
 * The interface's words in each language, from {@code templates/i18n/<lang>.properties}, formatted
 * with ICU so that Russian plurals and dates come out right ("3 документа", "5 документов",
 * "15 декабря 2025 г.") without hand-written grammar rules.
 */
public final class Messages {

    private final Languages languages;
    private final Map<Language, Map<String, String>> bundles;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Languages languages, Map<Language, Map<String, String>> bundles) {
        this.languages = languages;
        this.bundles = bundles;
    }

    /** The words of each of the site's languages, {@code <code>.properties} in {@code folder}. */
    public static Messages load(Path folder, Languages languages) {
        Map<Language, Map<String, String>> bundles = new HashMap<>();
        for (Language language : languages.all()) {
            Path file = folder.resolve(language.code() + ".properties");
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the interface strings " + file + ": " + e.getMessage(), e);
            }
            Map<String, String> bundle = new HashMap<>();
            properties.forEach((k, v) -> bundle.put((String) k, (String) v));
            bundles.put(language, bundle);
        }
        return new Messages(languages, bundles);
    }

    /** The languages these are the words of: the site's. */
    public Languages languages() {
        return languages;
    }

    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    /** The message {@code key}, its ICU placeholders ({0}, plurals) filled from {@code args}. */
    public String text(Language language, String key, Object... args) {
        String pattern = bundles.get(language).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no interface string '" + key + "' in templates/i18n/"
                    + language.code() + ".properties");
        }
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(language.code() + "\u0000" + key,
                k -> new MessageFormat(pattern, locale(language)));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** As precise as the date is: "15 декабря 2025 г.", "декабрь 2025 г.", "2025", or "date not stated". */
    public String date(Language language, PartialDate date) {
        return switch (date.precision()) {
            case UNKNOWN -> text(language, "date.unknown");
            case YEAR -> Integer.toString(date.year());
            case MONTH -> format(language, DateFormat.YEAR_MONTH, date);
            case DAY -> format(language, DateFormat.YEAR_MONTH_DAY, date);
        };
    }

    /** The name of a country in the page's language: our own word where the Mission has one. */
    public String country(Language language, String code) {
        String key = "country." + code;
        if (has(language, key)) {
            return text(language, key);
        }
        return new Locale(language.code(), code).getDisplayCountry(new Locale(language.code()));
    }

    /**
     * Building an ICU date format costs far more than using one, and a site shows the same few
     * thousand dates on many pages: each is formatted once.
     */
    private static final Map<String, String> FORMATTED_DATES = new ConcurrentHashMap<>();

    private static String format(Language language, String skeleton, PartialDate date) {
        return FORMATTED_DATES.computeIfAbsent(language.code() + ' ' + skeleton + ' ' + date.iso(),
                key -> formatOnce(language, skeleton, date));
    }

    private static String formatOnce(Language language, String skeleton, PartialDate date) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale(language));
        format.setTimeZone(TimeZone.GMT_ZONE);
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, locale(language));
        calendar.clear();
        calendar.set(date.year(), date.month() - 1, Math.max(date.day(), 1));
        return format.format(calendar.getTime());
    }

    /**
     * The language's locale as site.yaml gives it: the Mission writes British English (labour,
     * organisation), en-GB, so its dates are "15 December 2025".
     */
    private static ULocale locale(Language language) {
        return ULocale.forLanguageTag(language.locale());
    }
}
