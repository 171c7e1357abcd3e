package org.labourrights.site.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;
import org.labourrights.site.model.Urls;

/**
 * Decides every file of the site from the model alone: one pass over the documents and their
 * indexes, so the work grows with the number of pages and never with its square.
 */
public final class PagePlan {

    /** An Atom feed carries the newest entries only; older ones are on the site's lists. */
    public static final int FEED_SIZE = 50;
    /** How many addresses one sitemap file lists at most. */
    public static final int SITEMAP_SIZE = 10_000;
    /** How many of the newest documents the home page shows. */
    public static final int HOME_SIZE = 10;

    private final Site site;
    private final Messages messages;
    private final String baseUrl;
    private final PlanMemory memory;
    private final List<Page> pages = new ArrayList<>();
    private final Map<Language, List<Map<String, String>>> countryOptions = new java.util.HashMap<>();

    private PagePlan(Site site, Messages messages, String baseUrl, PlanMemory memory) {
        this.site = site;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.memory = memory;
    }

    /** @param baseUrl the site's address without a trailing slash, for links shared elsewhere */
    public static List<Page> of(Site site, Messages messages, String baseUrl) {
        return of(site, messages, baseUrl, new PlanMemory());
    }

    /**
     * As {@link #of(Site, Messages, String)}, taking from {@code memory} every group of pages
     * whose inputs are the same as at its last plan (see {@link PlanMemory}).
     */
    public static List<Page> of(Site site, Messages messages, String baseUrl, PlanMemory memory) {
        PagePlan plan = new PagePlan(site, messages, baseUrl, memory);
        plan.plan();
        memory.done();
        return List.copyOf(plan.pages);
    }

    private void plan() {
        pages.add(new Page("/", "choose-language.ftlh", null, null, messages.text(site.languages().international(), "site.name"),
                Map.of()));
        pages.add(new Page("/404.html", "404.ftlh", null, null, "404", Map.of()));
        for (Language language : site.languages().all()) {
            planLanguage(language);
        }
        pages.addAll(memory.summary(page -> inSitemap(page) ? sitemapEntry(page) : null, this::sitemaps));
        pages.add(new Page("/robots.txt", "robots.ftlt", null, null, "robots", Map.of()));
    }

    private void planLanguage(Language language) {
        Translations home = elsewhere(language, Urls::home);
        List<Document> dated = site.dated(language);
        pages.add(new Page(Urls.home(language), "home.ftlh", language, home, text(language, "site.name"),
                Map.of("latest", dated.subList(0, Math.min(HOME_SIZE, dated.size())),
                        "sections", sectionCounts(language).entrySet().stream().toList())));
        pages.add(new Page(Urls.notFound(language), "404.ftlh", language, elsewhere(language, Urls::notFound),
                text(language, "notfound.title"), Map.of()));
        pages.add(new Page(Urls.feed(language), "feed.ftlx", language, elsewhere(language, Urls::feed), text(language, "site.name"),
                feed(dated)));

        for (Section section : Section.values()) {
            if (section.isDated()) {
                list(language, Urls.section(language, section), elsewhere(language, l -> Urls.section(l, section)),
                        text(language, "section." + section.slug()), section == Section.CAMPAIGNS
                                ? () -> UrgentFirst.of(site.inSection(language, section), site.today())
                                : () -> site.inSection(language, section),
                        () -> Map.of("section", section));
            }
        }
        for (Document document : site.documents(language)) {
            pages.addAll(memory.pages(document.sourcePath(), () -> {
                List<Document> translations = site.translationsOf(document);
                List<Case> cases = site.casesNamedBy(document);
                // A campaign's page changes the day its deadline passes, with no edit.
                boolean deadlinePassed = document.campaign() != null && document.campaign().deadlinePassed(site.today());
                return new PlanMemory.Recipe(Arrays.asList(document, translations, cases, baseUrl, deadlinePassed),
                        () -> documentPages(document, translations, cases, deadlinePassed));
            }));
        }

        Map<String, List<Integer>> countryCounts = new LinkedHashMap<>();
        site.countries().forEach(code -> countryCounts.put(code,
                List.of(site.aboutCountry(language, code).size(), site.casesIn(code).size())));
        CasePages casePages = new CasePages(site, messages, memory);
        pages.addAll(casePages.plan(language));
        // Without its script, the search page links to the lists of each filter's values instead.
        pages.add(new Page(Urls.search(language), "search.ftlh", language, elsewhere(language, Urls::search),
                text(language, "search.title"), Map.of("countries", site.countries(),
                        "caseStatuses", List.copyOf(CasePages.byStatus(site.cases()).keySet()),
                        "caseYears", List.copyOf(CasePages.byYear(site.cases()).keySet()))));
        // The day names the download the build writes after the pages (see write.MirrorZip): the
        // page changes with the day alone.
        pages.addAll(memory.pages(Urls.ifBlocked(language), () -> new PlanMemory.Recipe(List.of(site.today()),
                () -> List.of(new Page(Urls.ifBlocked(language), "if-blocked.ftlh", language, elsewhere(language, Urls::ifBlocked),
                        text(language, "blocked.title"), Map.of("download", Urls.download(site.today()),
                                "copyDate", PartialDate.of(site.today())))))));

        pages.add(new Page(Urls.countries(language), "countries.ftlh", language, elsewhere(language, Urls::countries),
                text(language, "countries.title"), Map.of("countries", countryCounts)));
        for (String code : site.countries()) {
            List<Document> about = site.aboutCountry(language, code);
            list(language, Urls.country(language, code), elsewhere(language, l -> Urls.country(l, code)), messages.country(language, code),
                    () -> about.stream().filter(d -> d.section() != Section.CAMPAIGNS).toList(),
                    () -> Map.of("country", code, "cases", site.casesIn(code),
                            "campaigns", about.stream().filter(d -> d.section() == Section.CAMPAIGNS).toList(),
                            "map", casePages.map(site.cases(), code, language)));
        }
        List<Tag> tags = site.usedTags();
        Map<Tag, Integer> tagCounts = new LinkedHashMap<>();
        tags.forEach(tag -> tagCounts.put(tag, site.taggedWith(language, tag.key()).size()));
        pages.add(new Page(Urls.tags(language), "tags.ftlh", language, elsewhere(language, Urls::tags),
                text(language, "tags.title"), Map.of("tags", tagCounts.entrySet().stream().toList())));
        for (Tag tag : tags) {
            list(language, Urls.tag(language, tag.key()), elsewhere(language, l -> Urls.tag(l, tag.key())), tag.name(language),
                    () -> site.taggedWith(language, tag.key()), () -> Map.of("tag", tag));
        }
    }

    /** A document's page; a campaign has three. */
    private List<Page> documentPages(Document document, List<Document> translations, List<Case> cases,
                                     boolean deadlinePassed) {
        Translations alternate = new Translations(translations.stream()
                .map(d -> new Translations.Translation(d.language(), Urls.document(d))).toList());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("doc", document);
        data.put("translations", translations);
        // A translation's page links to its original, when that is out.
        translations.stream().filter(Document::isOriginal).findFirst().ifPresent(original -> data.put("original", original));
        data.put("cases", cases);
        if (document.campaign() != null) {
            data.put("deadlinePassed", deadlinePassed);
            return campaignPages(document, alternate, data);
        }
        return List.of(new Page(Urls.document(document), "document.ftlh", document.language(), alternate,
                document.title(), data));
    }

    /**
     * A campaign's page, its printable letter, the page its support form thanks from, and its
     * feed of updates, which supporters follow without giving an e-mail address.
     */
    private List<Page> campaignPages(Document document, Translations alternate, Map<String, Object> data) {
        Language language = document.language();
        String url = Urls.document(document);
        data.put("actions", CampaignActions.of(document.campaign(), document.title(), settingsUrl(url)));
        data.put("countryOptions", countryOptions(language));
        return List.of(new Page(url, "campaign.ftlh", language, alternate, document.title(), data),
                new Page(url + "letter/", "letter.ftlh", language, alternate.below("letter/"),
                        document.campaign().letterSubject(), Map.of("doc", document)),
                new Page(url + "thanks/", "thanks.ftlh", language, alternate.below("thanks/"),
                        text(language, "campaign.thanks.title"), Map.of("doc", document)),
                new Page(url + "feed.xml", "campaign-feed.ftlx", language,
                        alternate.below("feed.xml"), document.title(), Map.of("doc", document)));
    }

    /** The page at {@code address} in each of the site's languages but {@code language}. */
    private Translations elsewhere(Language language, Function<Language, String> address) {
        return Translations.of(site.languages().others(language), address);
    }

    /** Every country by its name in this language, alphabetically, for the support form. */
    private List<Map<String, String>> countryOptions(Language language) {
        return countryOptions.computeIfAbsent(language, this::sortedCountries);
    }

    private List<Map<String, String>> sortedCountries(Language language) {
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag(language.code()));
        return java.util.Arrays.stream(java.util.Locale.getISOCountries())
                .map(code -> Map.of("code", code, "name", messages.country(language, code)))
                .sorted((a, b) -> collator.compare(a.get("name"), b.get("name")))
                .toList();
    }

    private String settingsUrl(String path) {
        return baseUrl + path;
    }

    /** The newest dated documents; a document of unknown date has no place in a feed of news. */
    private static Map<String, Object> feed(List<Document> dated) {
        List<Document> entries = dated.stream().filter(d -> d.date().isKnown()).limit(FEED_SIZE).toList();
        String updated = entries.isEmpty() ? "1970-01-01" : entries.get(0).date().firstDay().toString();
        return Map.of("entries", entries, "updated", updated + "T00:00:00Z");
    }

    /** A list of documents split into pages; the other languages' lists are the translations of its first page. */
    private void list(Language language, String first, Translations otherFirst, String title,
                      Supplier<List<Document>> listed, Supplier<Map<String, Object>> more) {
        pages.addAll(memory.pages(first, () -> {
            List<Document> documents = listed.get();
            Map<String, Object> extra = more.get();
            return new PlanMemory.Recipe(List.of(language, otherFirst, title, documents, extra),
                    () -> listPages(language, first, otherFirst, title, documents, extra));
        }));
    }

    private List<Page> listPages(Language language, String first, Translations otherFirst, String title,
                                 List<Document> documents, Map<String, Object> extra) {
        List<Page> list = new ArrayList<>();
        for (Pagination<Document> pagination : Pagination.of(documents, first)) {
            Map<String, Object> data = new LinkedHashMap<>(extra);
            data.put("pagination", pagination);
            String pageTitle = pagination.number() == 1 ? title
                    : title + " — " + text(language, "pagination.page", pagination.number());
            list.add(new Page(pagination.url(), "list.ftlh", language, pagination.number() == 1 ? otherFirst : Translations.NONE,
                    pageTitle, data));
        }
        return list;
    }

    private Map<Section, Integer> sectionCounts(Language language) {
        Map<Section, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(Section.values()).filter(Section::isDated)
                .forEach(s -> counts.put(s, site.inSection(language, s).size()));
        return counts;
    }

    /**
     * The sitemap: an index at /sitemap.xml naming one file per language and part of the site
     * (each section's documents, the cases, the other pages), each of at most {@link #SITEMAP_SIZE}
     * addresses. The protocol allows 50,000 per file; and an edit that changes an entry draws
     * again only the file that holds it.
     */
    private List<Page> sitemaps() {
        Map<String, List<SitemapEntry>> parts = new LinkedHashMap<>();
        for (Page page : pages) {
            if (inSitemap(page)) {
                parts.computeIfAbsent(sitemapPart(page), part -> new ArrayList<>())
                        .add(memory.sitemapEntry(page, this::sitemapEntry));
            }
        }
        List<Page> files = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        parts.forEach((part, entries) -> {
            for (int start = 0, number = 1; start < entries.size(); start += SITEMAP_SIZE, number++) {
                String url = "/sitemaps/" + part + (number == 1 ? "" : "-" + number) + ".xml";
                urls.add(url);
                // The language chooser at / is listed once, in the first file.
                files.add(new Page(url, "sitemap.ftlx", null, null, "sitemap",
                        Map.of("entries", entries.subList(start, Math.min(entries.size(), start + SITEMAP_SIZE)),
                                "root", files.isEmpty())));
            }
        });
        files.add(0, new Page("/sitemap.xml", "sitemap-index.ftlx", null, null, "sitemap", Map.of("sitemaps", urls)));
        return files;
    }

    /** Which sitemap file lists a page: its language, then its section, the cases, or the rest. */
    private static String sitemapPart(Page page) {
        String part = page.data().get("doc") instanceof Document doc ? doc.section().slug()
                : page.template().startsWith("case") ? "cases" : "pages";
        return page.language().code() + "-" + part;
    }

    /** Pages for visitors in one language, but for the 404 page and a campaign's letter and thanks. */
    private static boolean inSitemap(Page page) {
        return page.isHtml() && page.language() != null && !page.url().endsWith("404.html")
                && !page.template().equals("thanks.ftlh") && !page.template().equals("letter.ftlh")
                && !page.template().equals("envelope.ftlh");
    }

    /** One entry per address; a page carries its translations as alternates. */
    private SitemapEntry sitemapEntry(Page page) {
        Document doc = page.data().get("doc") instanceof Document d ? d : null;
        return new SitemapEntry(page.url(), page.language(), page.translations(), page.xDefault(site.languages()),
                doc == null || !doc.date().isKnown() ? null : doc.date().iso());
    }

    /** A sitemap {@code <url>}: its address, its alternates by hreflang, and when it last changed. */
    public record SitemapEntry(String url, Language language, Translations translations, String xDefault,
                               String lastModified) { }

    private String text(Language language, String key, Object... args) {
        return messages.text(language, key, args);
    }
}
