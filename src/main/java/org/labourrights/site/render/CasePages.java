package org.labourrights.site.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseEvent;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.RelatedCase;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.StatusAsOf;
import org.labourrights.site.model.Urls;

/**
 * The pages of the case database: the list with its chart, the same list narrowed by country,
 * status or year (plain links, so browsing needs no script), each case with its timeline, and a
 * feed per case.
 */
final class CasePages {

    private final Site site;
    private final Messages messages;
    private final PlanMemory memory;

    CasePages(Site site, Messages messages, PlanMemory memory) {
        this.site = site;
        this.messages = messages;
        this.memory = memory;
    }

    List<Page> plan(Language language) {
        List<Case> cases = site.cases();
        // The map links the countries that have a page: those come from the documents too.
        List<String> countries = site.countries();
        List<Page> pages = new ArrayList<>(memory.pages(Urls.cases(language),
                () -> new PlanMemory.Recipe(List.of(cases, countries), () -> listPages(language, cases))));
        Map<String, List<Case>> members = new HashMap<>();
        cases.stream().filter(c -> c.parent() != null)
                .forEach(c -> members.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c));
        for (Case c : cases) {
            pages.addAll(memory.pages(Urls.caseUrl(language, c.id()), () -> {
                List<Document> about = site.documentsAbout(c, language);
                Case parent = c.parent() == null ? null : site.findCase(c.parent()).orElse(null);
                List<Case> itsMembers = members.getOrDefault(c.id(), List.of());
                Map<String, Document> cited = cited(c, language);
                Standing standing = new Standing(site.statusAsOf(c).orElse(null), site.needsChecking(c),
                        site.relatedTo(c));
                return new PlanMemory.Recipe(Arrays.asList(c, about, parent, itsMembers, cited, standing),
                        () -> casePages(language, c, about, parent, itsMembers, cited, standing));
            }));
            pages.addAll(memory.pages(Urls.caseFeed(language, c.id()),
                    () -> new PlanMemory.Recipe(List.of(c), () -> feedPages(language, c))));
        }
        return pages;
    }

    /** The list of all cases with its chart, and the same list narrowed by each facet's values. */
    private List<Page> listPages(Language language, List<Case> cases) {
        List<Page> pages = new ArrayList<>();
        Map<String, List<Case>> byYear = byYear(cases);
        Map<String, Object> facets = facets(cases, byYear);
        String title = messages.text(language, "cases.title");
        Map<String, Object> all = new LinkedHashMap<>(facets);
        all.put("cases", cases);
        all.put("chart", CaseChart.of(cases, language, messages));
        all.put("map", map(cases, null, language));
        pages.add(new Page(Urls.cases(language), "cases.ftlh", language, elsewhere(language, Urls::cases), title,
                all));

        narrowed(pages, language, "country", byCountry(cases), facets,
                code -> messages.country(language, code));
        narrowed(pages, language, "status", byStatus(cases), facets,
                status -> messages.text(language, "status." + status));
        narrowed(pages, language, "year", byYear, facets, year -> year);
        return pages;
    }

    /** The region's map with the number of cases in each country; {@code current} outlined. */
    RegionMap map(List<Case> cases, String current, Language language) {
        return RegionMap.of(counts(byCountry(cases)), java.util.Set.copyOf(site.countries()), current, language,
                messages);
    }

    /**
     * What the page shows from beyond its own file: how current the status is, and the cases
     * tied to it (written in either file). Part of what the page is drawn from.
     */
    private record Standing(StatusAsOf asOf, boolean needsChecking, List<RelatedCase> related) { }

    /** A case's page with its timeline and the documents about it; with letters, its envelope page. */
    private List<Page> casePages(Language language, Case c, List<Document> about, Case parent, List<Case> members,
                                 Map<String, Document> cited, Standing standing) {
        Translations translations = elsewhere(language, l -> Urls.caseUrl(l, c.id()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("case", c);
        data.put("timeline", newestFirst(c.events()));
        data.put("documents", about.stream().filter(d -> d.section() != Section.CAMPAIGNS).toList());
        data.put("campaigns", about.stream().filter(d -> d.section() == Section.CAMPAIGNS).toList());
        if (parent != null) {
            data.put("parentCase", parent);
        }
        data.put("members", members);
        data.put("cited", cited);
        if (standing.asOf() != null) {
            data.put("statusAsOf", standing.asOf());
        }
        data.put("statusUnconfirmed", standing.needsChecking());
        data.put("related", standing.related());
        if (c.letters() != null) {
            data.put("letterLanguages", languageNames(c.letters().languages(), language));
        }
        Page page = new Page(Urls.caseUrl(language, c.id()), "case.ftlh", language, translations,
                c.displayName(language), data);
        if (c.letters() == null) {
            return List.of(page);
        }
        return List.of(page, new Page(Urls.caseUrl(language, c.id()) + "envelope/", "envelope.ftlh", language,
                translations.below("envelope/"), c.displayName(language),
                Map.of("case", c, "letterLanguages", data.get("letterLanguages"))));
    }

    /** A case's feed: its timeline alone, so no edit of a document touches it. */
    private List<Page> feedPages(Language language, Case c) {
        return List.of(new Page(Urls.caseFeed(language, c.id()), "case-feed.ftlx", language,
                elsewhere(language, l -> Urls.caseFeed(l, c.id())), c.displayName(language),
                Map.of("case", c, "timeline", newestFirst(c.events()).stream().filter(e -> e.date().isKnown()).toList())));
    }

    /** The page at {@code address} in each of the site's languages but {@code language}. */
    private Translations elsewhere(Language language, java.util.function.Function<Language, String> address) {
        return Translations.of(site.languages().others(language), address);
    }

    private interface Label {
        String of(String value);
    }

    private void narrowed(List<Page> pages, Language language, String facet, Map<String, List<Case>> groups,
                          Map<String, Object> facets, Label label) {
        groups.forEach((value, cases) -> {
            Map<String, Object> data = new LinkedHashMap<>(facets);
            data.put("cases", cases);
            data.put("facet", facet);
            data.put("value", value);
            String title = messages.text(language, "cases.title") + ": " + label.of(value);
            pages.add(new Page(Urls.casesBy(language, facet, value), "cases.ftlh", language,
                    elsewhere(language, l -> Urls.casesBy(l, facet, value)), title, data));
        });
    }

    /** The values each facet takes, with how many cases have each: the links above the list. */
    private Map<String, Object> facets(List<Case> cases, Map<String, List<Case>> byYear) {
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("countries", counts(byCountry(cases)));
        facets.put("statuses", counts(byStatus(cases)));
        facets.put("years", counts(byYear));
        return facets;
    }

    private static Map<String, Integer> counts(Map<String, List<Case>> groups) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach((value, cases) -> counts.put(value, cases.size()));
        return counts;
    }

    static Map<String, List<Case>> byCountry(List<Case> cases) {
        Map<String, List<Case>> groups = new TreeMap<>();
        cases.forEach(c -> groups.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c));
        return groups;
    }

    /** In the order of the status list, which runs from arrest to outcome. */
    static Map<String, List<Case>> byStatus(List<Case> cases) {
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        for (CaseStatus status : CaseStatus.values()) {
            List<Case> with = cases.stream().filter(c -> c.status() == status).toList();
            if (!with.isEmpty()) {
                groups.put(status.yaml(), with);
            }
        }
        return groups;
    }

    /** A case belongs to every year in which something of its timeline happened; newest first. */
    static Map<String, List<Case>> byYear(List<Case> cases) {
        TreeMap<Integer, List<Case>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Case c : cases) {
            c.events().stream().filter(e -> e.date().isKnown()).map(e -> e.date().year()).distinct()
                    .forEach(year -> byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(c));
        }
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        byYear.forEach((year, inYear) -> groups.put(Integer.toString(year), inYear));
        return groups;
    }

    /** Each document the case cites, by "section/name", in the page's language, for titles and links. */
    private Map<String, Document> cited(Case c, Language language) {
        Map<String, Document> cited = new LinkedHashMap<>();
        List<org.labourrights.site.model.DocumentKey> keys = new ArrayList<>(c.citedDocuments());
        // A relation written in the other case's file is shown here too, with its source.
        site.relatedTo(c).forEach(related -> keys.add(related.source()));
        for (org.labourrights.site.model.DocumentKey key : keys) {
            // In the page's language, or else in the first other language it is out in.
            for (Language in : site.languages().all().stream()
                    .sorted(java.util.Comparator.comparing(l -> !l.equals(language))).toList()) {
                Optional<Document> document = site.find(key, in);
                if (document.isPresent()) {
                    cited.put(key.toString(), document.get());
                    break;
                }
            }
        }
        return cited;
    }

    /** "kk" → "казахский" on a Russian page, "Kazakh" on an English one, as Java's locale data names them. */
    private static List<String> languageNames(List<String> codes, Language language) {
        java.util.Locale in = java.util.Locale.forLanguageTag(language.code());
        return codes.stream().map(code -> java.util.Locale.forLanguageTag(code).getDisplayLanguage(in)).toList();
    }

    static List<CaseEvent> newestFirst(List<CaseEvent> events) {
        List<CaseEvent> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparing(CaseEvent::date).reversed());
        return sorted;
    }
}
