package org.labourrights.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.labourrights.site.model.Language;

/**
 * The same page in the site's other languages, in the site's order: the page's language switcher,
 * its {@code hreflang} links and its sitemap entry. A language the page is not out in has none.
 */
public record Translations(List<Translation> all) {

    /** One other language's address of the page. */
    public record Translation(Language language, String url) { }

    public static final Translations NONE = new Translations(List.of());

    public Translations {
        all = List.copyOf(all);
    }

    /** A page every language has, at the address {@code address} gives each of {@code others}. */
    public static Translations of(List<Language> others, Function<Language, String> address) {
        List<Translation> all = new ArrayList<>();
        for (Language language : others) {
            all.add(new Translation(language, address.apply(language)));
        }
        return new Translations(all);
    }

    /** The address of the page in {@code language}, or null where it is not out. */
    public String in(Language language) {
        for (Translation translation : all) {
            if (translation.language().equals(language)) {
                return translation.url();
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The translations of a page below this one: its letter, its feed. */
    public Translations below(String path) {
        return map(url -> url + path);
    }

    private Translations map(UnaryOperator<String> change) {
        return new Translations(all.stream().map(t -> new Translation(t.language(), change.apply(t.url()))).toList());
    }
}
