package org.labourrights.site.bench;

import java.util.List;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Section;

/**
 * One synthetic document in both languages, before its body is written: everything that goes
 * into the front matter and the file name. {@code date} is as written in front matter
 * (2019-04-17, 2019-04, 2019 or unknown).
 */
record PlannedPair(int index, Section section, String slug, String date, Language original,
                   List<CountryWords> countries, List<String> tags, ProseBank.Topic topic, boolean hasPlace) {

    PlannedPair {
        countries = List.copyOf(countries);
        tags = List.copyOf(tags);
    }

    /** "Statement: the right to strike in Kazakhstan"; news items are titled by their topic alone. */
    String title(Language language) {
        String where = countries.size() == 1 ? countries.get(0).inCountry().in(language) : ProseBank.IN_REGION.in(language);
        String subject = topic.words().in(language) + " " + where;
        RuEn kind = ProseBank.KINDS.get(section);
        if (kind == null) {
            return Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        }
        return kind.in(language) + ": " + subject;
    }

    /** The city in the front matter's {@code place}: the first country's capital or main city. */
    String place(Language language) {
        return countries.get(0).city().in(language);
    }

    /** The address the site gives this document, as an editor would link to it. */
    String url(Language language) {
        return "/" + language.code() + "/" + section.slug() + "/" + slug + "/";
    }
}
