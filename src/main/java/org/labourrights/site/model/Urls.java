package org.labourrights.site.model;

/**
 * The site's clean, ASCII web addresses. Every address ends in '/' and is served from
 * {@code <address>index.html}; one place decides them so links and files cannot disagree.
 */
public final class Urls {

    private Urls() {
    }

    public static String home(Language language) {
        return "/" + language.code() + "/";
    }

    public static String document(Document document) {
        return home(document.language()) + document.section().slug() + "/" + document.urlSlug() + "/";
    }

    /** The n-th (1-based) page of a list; the first page has no number in its address. */
    public static String paged(String first, int page) {
        return page == 1 ? first : first + "page/" + page + "/";
    }

    public static String section(Language language, Section section) {
        return home(language) + section.slug() + "/";
    }

    public static String countries(Language language) {
        return home(language) + "countries/";
    }

    public static String country(Language language, String code) {
        return countries(language) + new Country(code).slug() + "/";
    }

    public static String tags(Language language) {
        return home(language) + "tags/";
    }

    public static String tag(Language language, String tag) {
        return tags(language) + tag + "/";
    }

    public static String cases(Language language) {
        return home(language) + "cases/";
    }

    public static String caseUrl(Language language, String id) {
        return cases(language) + id + "/";
    }

    public static String caseFeed(Language language, String id) {
        return caseUrl(language, id) + "feed.xml";
    }

    /** Cases narrowed to one value of a facet: /en/cases/status/imprisoned/, /ru/cases/year/2022/. */
    public static String casesBy(Language language, String facet, String value) {
        return cases(language) + facet + "/" + value + "/";
    }

    public static String search(Language language) {
        return home(language) + "search/";
    }

    /** Where a reader learns the other ways to the site: mirrors, Tor, the download. */
    public static String ifBlocked(Language language) {
        return home(language) + "if-blocked/";
    }

    /**
     * The whole site as one zip, named by the day it was built (UTC) so that a reader who keeps
     * one can tell how old it is.
     */
    public static String download(java.time.LocalDate day) {
        return "/download/site-" + day + ".zip";
    }

    /** The mirrors and the onion address as data, for tools that pass them on. */
    public static final String MIRRORS = "/mirrors.json";

    public static String feed(Language language) {
        return home(language) + "feed.xml";
    }

    public static String notFound(Language language) {
        return home(language) + "404.html";
    }

    /** The file an address is written to, relative to the site's root folder. */
    public static String file(String url) {
        String path = url.substring(1);
        return url.endsWith("/") ? path + "index.html" : path;
    }
}
