package org.labourrights.site.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A page elsewhere that a fact of a case comes from: a court's decision, a union's statement, a
 * newspaper. The site links to it and to its archived copy as plain links and loads nothing from
 * either, so a visitor's address reaches only the host they choose to open.
 *
 * @param url              http or https only (the build refuses anything else)
 * @param title            as the page publishes it, in {@code language}
 * @param titleTranslation the title in Russian and English, or null
 * @param date             as precise as the page gives it, {@link PartialDate#UNKNOWN} if it gives none
 * @param language         ISO 639-1, e.g. {@code kk}
 * @param archive          a web archive's copy, or null (the build warns)
 */
public record OutsideSource(String url, String title, Texts titleTranslation, String publisher, PartialDate date,
                            String language, String archive) implements Serializable {

    public OutsideSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
    }
}
