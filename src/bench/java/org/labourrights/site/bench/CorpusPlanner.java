package org.labourrights.site.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Section;

/**
 * Decides the front matter of every synthetic document pair: section, file name, date, original
 * language, countries, tags. The mix imitates the real content: mostly exact dates, some known
 * only to the month or the year, a few unknown; news most frequent, declarations rare.
 */
final class CorpusPlanner {

    /** Sections with their relative frequency. Pages are left out: they are few and undated. */
    private static final List<Section> SECTIONS = List.of(Section.RESOLUTIONS, Section.STATEMENTS,
            Section.DECLARATIONS, Section.REPORTS, Section.NEWS);
    private static final int[] SECTION_WEIGHTS = {15, 25, 5, 15, 40};

    private final Random random;
    private final Draws draws;
    private final List<String> tagKeys;

    CorpusPlanner(Random random, List<String> tagKeys) {
        this.random = random;
        this.draws = new Draws(random);
        this.tagKeys = List.copyOf(tagKeys);
    }

    List<PlannedPair> plan(int pairs) {
        List<PlannedPair> planned = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            planned.add(pair(i));
        }
        return planned;
    }

    private PlannedPair pair(int index) {
        Section section = draws.weighted(SECTIONS, SECTION_WEIGHTS);
        List<CountryWords> countries = pick(ProseBank.COUNTRIES, 1 + random.nextInt(3));
        List<String> tags = pick(tagKeys, 1 + random.nextInt(3));
        ProseBank.Topic topic = ProseBank.TOPICS.get(random.nextInt(ProseBank.TOPICS.size()));
        // The index keeps file names unique however the random choices fall.
        String slug = String.format(Locale.ROOT, "%s-%s-%05d", topic.slug(),
                countries.get(0).code().toLowerCase(Locale.ROOT), index);
        Language original = index % 2 == 0 ? Language.RU : Language.EN;
        boolean hasPlace = random.nextInt(10) < 7;
        return new PlannedPair(index, section, slug, date(), original, countries, tags, topic, hasPlace);
    }

    private String date() {
        int year = 2016 + random.nextInt(10);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
        int precision = random.nextInt(100);
        if (precision < 3) {
            return "unknown";
        }
        if (precision < 10) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (precision < 22) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** {@code count} different items, in random order. */
    private <T> List<T> pick(List<T> items, int count) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}
