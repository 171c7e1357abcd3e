package org.labourrights.site.model;

/** A country a document concerns, by its ISO 3166 alpha-2 code (upper case, as editors write it). */
public record Country(String code) {

    /** URLs are lower case: /en/countries/kz/. */
    public String slug() {
        return code.toLowerCase(java.util.Locale.ROOT);
    }
}
