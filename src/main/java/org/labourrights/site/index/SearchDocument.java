package org.labourrights.site.index;

import java.util.Objects;
import org.labourrights.site.model.Language;

/**
 * One item the visitor can find: a document, and later a case or a campaign, in one language.
 * Only public content becomes a SearchDocument; the build filters drafts, embargoed items and
 * private case fields out before this point, so whatever is here may be published.
 *
 * @param id       stable and unique across the site, e.g. {@code ru:statements/zhanaozen}
 * @param url      the page's address, e.g. {@code /ru/statements/zhanaozen/}
 * @param type     what kind of item it is: a section slug ({@code resolutions}) or {@code case}, {@code campaign}
 * @param date     {@code PartialDate.iso()}: 2025-12-15, 2025-12, 2025 or unknown
 * @param summary  one or two sentences, or the empty string
 * @param text     the body as plain text, without HTML
 */
public record SearchDocument(String id, Language language, String url, String type, String title, String date,
                             String summary, String text) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        date = date == null ? "unknown" : date;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
    }

    /** What the body field indexes: the summary, then the text, so words of either are found. */
    public String body() {
        if (summary.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? summary : summary + "\n\n" + text;
    }
}
