package org.labourrights.site.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;
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

    /**
     * The words of each of the site's languages, {@code <code>.properties} in {@code folder}. Each
     * file must hold every word another has, but a word for one language's documents
     * ({@code list.in.en}) where it has the general one ({@code list.in.other}).
     *
     * @throws ContentException naming each file that is missing, and each word left out at its line
     */
    public static Messages load(Path folder, Languages languages) {
        Map<Language, WordsFile> files = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Language language : languages.all()) {
            String file = "templates/i18n/" + language.code() + ".properties";
            Path path = folder.resolve(language.code() + ".properties");
            if (!Files.isRegularFile(path)) {
                problems.add(new Problem(file, 1, "is missing, and content/data/site.yaml lists " + language.englishName()
                        + " (" + language.code() + "): copy templates/i18n/" + languages.international().code()
                        + ".properties to this name and translate the words after each '='"));
                continue;
            }
            try {
                files.put(language, WordsFile.read(path, file));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new Problem(file, 1, "cannot be read (" + e.getMessage() + "); save it again as plain"
                        + " text in the UTF-8 encoding, each line key=words"));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(leftOut(files.values(), languages));
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Map<Language, Map<String, String>> bundles = new HashMap<>();
        files.forEach((language, file) -> bundles.put(language, file.words()));
        return new Messages(languages, bundles);
    }

    private static List<Problem> leftOut(Collection<WordsFile> files, Languages languages) {
        List<Problem> problems = new ArrayList<>();
        // A word two files have and a third lacks is reported once, against the first that has it.
        Set<List<String>> reported = new HashSet<>();
        for (WordsFile reference : files) {
            for (String key : reference.lines().keySet()) {
                for (WordsFile file : files) {
                    if (!file.has(key) && !hasTheGeneralWord(file, key, languages)
                            && reported.add(List.of(file.file(), key))) {
                        problems.add(file.missing(key, reference));
                    }
                }
            }
        }
        return problems;
    }

    /** {@code list.in.en} may be left out where {@code list.in.other} says it for any language. */
    private static boolean hasTheGeneralWord(WordsFile file, String key, Languages languages) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && languages.byCode(key.substring(dot + 1)).isPresent()
                && file.has(key.substring(0, dot) + ".other");
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
