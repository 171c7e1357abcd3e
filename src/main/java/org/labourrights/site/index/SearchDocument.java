package org.labourrights.site.index;

import java.util.List;
import java.util.Objects;
import org.labourrights.site.model.Language;

/**
 * One item the visitor can find: a document, a case or a campaign, in one language.
 * Only public content becomes a SearchDocument; the build filters drafts, embargoed items and
 * private case fields out before this point, so whatever is here may be published.
 *
 * @param id        stable and unique across the site, e.g. {@code ru:statements/zhanaozen}
 * @param url       the page's address, e.g. {@code /ru/statements/zhanaozen/}
 * @param type      what kind of item it is: a section slug ({@code resolutions}) or {@code case}, {@code campaign}
 * @param date      {@code PartialDate.iso()}: 2025-12-15, 2025-12, 2025 or unknown
 * @param summary   one or two sentences, or the empty string
 * @param text      the body as plain text, without HTML
 * @param countries the countries it is about, as codes ({@code KZ}), as its page lists them
 * @param status    a case's status as written in its file ({@code imprisoned}); the empty string for documents
 * @param years     the years it belongs to: a document's own year, every year of a case's timeline
 * @param headings  the headings of the text that the page gives an id, in order
 */
public record SearchDocument(String id, Language language, String url, String type, String title, String date,
                             String summary, String text, List<String> countries, String status, List<String> years,
                             List<Heading> headings) {

    /**
     * A heading of the text: where its line starts in {@code text} and the id of its element on
     * the page, so that a match under it can link to {@code url#id}.
     */
    public record Heading(int offset, String id) {

        public Heading {
            Objects.requireNonNull(id, "id");
        }
    }

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        date = date == null ? "unknown" : date;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
        countries = countries == null ? List.of() : List.copyOf(countries);
        status = status == null ? "" : status;
        years = years == null ? List.of() : List.copyOf(years);
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    /** An item without facets or headings: a year from its date, nothing else. */
    public SearchDocument(String id, Language language, String url, String type, String title, String date,
                          String summary, String text) {
        this(id, language, url, type, title, date, summary, text, List.of(), "", yearOf(date), List.of());
    }

    /** The year of a {@code PartialDate.iso()}, if it is known. */
    public static List<String> yearOf(String date) {
        return date != null && date.length() >= 4 && Character.isDigit(date.charAt(0)) ? List.of(date.substring(0, 4)) : List.of();
    }

    /** What the body field indexes: the summary, then the text, so words of either are found. */
    public String body() {
        if (summary.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? summary : summary + "\n\n" + text;
    }
}
