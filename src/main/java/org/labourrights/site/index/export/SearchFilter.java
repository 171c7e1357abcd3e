package org.labourrights.site.index.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.Section;

/**
 * A filter of the search page: its name (also the parameter in the page's address,
 * {@code ?country=KZ}), the values a document has for it, and the order the page lists them in.
 * {@link #FILTERS} is the one list of them; the manifest carries a column of each
 * ({@link FilterColumns}) and the search script (facets.mjs) counts and selects from the columns,
 * so the page shows what the index holds and nothing else.
 *
 * <p>A column in the manifest is {@code {"name", "values", "sets", "docs"}}: {@code values} in the
 * filter's order; {@code sets} the distinct sets of values documents have, each as ascending
 * indexes into {@code values}, the most common first; {@code docs} for each document number in
 * turn, the number of its set in characters of {@link #DIGITS}: a number below {@link #LAST} is
 * one digit; a larger number n is {@code q = n / LAST} written in bijective base 16 with the 16
 * digits from {@code LAST} on, then the digit {@code n % LAST} (so one character for the 48 most
 * common sets, two for the next 768). A document without the filter's values (or a number free in
 * the live index) has the empty set. Sets, rather than values, per document keep one entry for a
 * multi-valued filter (a case belongs to every year of its timeline); the string, rather than an
 * array of numbers, costs about a byte a document, and the most common sets in one character
 * save a sixth of the gzipped column (at 2,000 documents a language, against two characters each).
 */
public record SearchFilter(String name, Function<SearchDocument, List<String>> values, Comparator<String> order) {

    /** The digits of a column's document entries: JSON needs no escape for any of them. */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** The digits that end a number; the 16 after them lead a larger one. */
    static final int LAST = 48;

    public static final List<SearchFilter> FILTERS = List.of(
            new SearchFilter("section", d -> List.of(d.type()), rank(sectionOrder())),
            new SearchFilter("country", SearchDocument::countries, Comparator.naturalOrder()),
            new SearchFilter("year", SearchDocument::years, Comparator.<String>naturalOrder().reversed()),
            new SearchFilter("status", d -> d.status().isEmpty() ? List.of() : List.of(d.status()),
                    rank(CaseStatus.spellings())));

    /** As the site's menu lists them, cases last. */
    private static List<String> sectionOrder() {
        List<String> order = new ArrayList<>();
        for (Section section : Section.values()) {
            order.add(section.slug());
        }
        order.add("case");
        return order;
    }

    /** Values in the order of a list, any others after them alphabetically. */
    private static Comparator<String> rank(List<String> order) {
        return Comparator.<String>comparingInt(value -> {
            int at = order.indexOf(value);
            return at < 0 ? order.size() : at;
        }).thenComparing(Comparator.naturalOrder());
    }

    /** A set's number as the column writes it (see the class's Javadoc). */
    static String digits(int number) {
        StringBuilder lead = new StringBuilder();
        for (int q = number / LAST; q > 0; q = (q - 1) / 16) {
            lead.append(DIGITS.charAt(LAST + (q - 1) % 16));
        }
        return lead.reverse().append(DIGITS.charAt(number % LAST)).toString();
    }
}
