package org.labourrights.site.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The languages the site publishes in, in the order {@code content/data/site.yaml} lists them.
 * The first is the site's own: a document that does not say which language it was written in
 * was written in it, and the address for visitors of any other language ({@code x-default})
 * is its page.
 *
 * @param all   every language of the site, the first its own
 * @param cases the languages every text of a case file is written in ({@code case_languages:},
 *              all of them unless written); a page in another language shows a text not yet
 *              written in it as first written, with a note
 */
public record Languages(List<Language> all, List<Language> cases) implements Serializable {

    /** The real site's languages when site.yaml lists none. */
    public static final Languages RUSSIAN_AND_ENGLISH = new Languages(List.of(Language.RU, Language.EN));

    /** A site whose case files write every text in every language. */
    public Languages(List<Language> all) {
        this(all, all);
    }

    public Languages {
        all = List.copyOf(all);
        cases = List.copyOf(cases);
        if (cases.isEmpty() || !all.containsAll(cases)) {
            throw new IllegalArgumentException("the case languages " + cases + " must be some of the site's " + all);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one language");
        }
        if (all.stream().map(Language::code).distinct().count() != all.size()) {
            throw new IllegalArgumentException("a language is listed twice: " + all);
        }
    }

    /** The site's own language: the default original, and x-default. */
    public Language first() {
        return all.get(0);
    }

    /**
     * The language of what is written for no one language (the language chooser, the 404 page,
     * the editors' pages, the order of the case list): English, the Mission's working language
     * with its international partners, when the site has it, else the site's own.
     */
    public Language international() {
        return byCode("en").orElse(first());
    }

    public Optional<Language> byCode(String code) {
        for (Language language : all) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Every language but {@code language}, in the site's order: a page's translations. */
    public List<Language> others(Language language) {
        return all.stream().filter(l -> !l.equals(language)).toList();
    }

    /** The languages in the order the editors' pages look for a text: international first. */
    public List<Language> internationalFirst() {
        Language international = international();
        return Stream.concat(Stream.of(international), others(international).stream()).toList();
    }

    public List<String> codes() {
        return all.stream().map(Language::code).toList();
    }

    /** Choices as a sentence offers them: "a", "a or b", "a, b or c". */
    public static String spelled(List<String> choices) {
        if (choices.size() <= 1) {
            return String.join("", choices);
        }
        return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
    }

    public int size() {
        return all.size();
    }
}
