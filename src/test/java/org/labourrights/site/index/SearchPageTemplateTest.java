package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.labourrights.site.cards.ShareCard;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Urls;
import org.labourrights.site.render.Page;
import org.labourrights.site.render.PageShare;
import org.labourrights.site.render.Translations;

/**
 * templates/search.ftlh, rendered with the site's layout and stand-ins for the build's shared
 * variables (interface words are shown as their keys): a GET form with a labelled box named q,
 * the results element the script fills, the script loaded from the site with defer, nothing
 * inline, a live region for the count and a place for the filters, and for visitors without
 * JavaScript a note with links to the lists, those of each filter's values among them.
 */
class SearchPageTemplateTest {

    /** What the layout asks of the page. */

    /** What the layout asks of the settings. */
    public static final class StubSettings {
        public String absolute(String url) {
            return "https://example.org" + url;
        }

        /** The site has no onion address. */
        public String onion() {
            return null;
        }
    }

    @Test
    void theSearchPageHasTheFormTheResultsElementAndTheNoScriptNote() throws Exception {
        Document page = Jsoup.parse(render("ru", "en"));

        Element form = page.getElementById("search-form");
        assertNotNull(form);
        assertEquals("get", form.attr("method"));
        assertEquals("/ru/search/", form.attr("action"));
        Element box = page.getElementById("search-q");
        assertEquals("q", box.attr("name"));
        assertEquals("search", box.attr("type"));
        assertEquals("[search.label]", page.selectFirst("label[for=search-q]").text());
        assertEquals("[search.other]", page.selectFirst("label[for=search-other]").text());

        Element results = page.getElementById("search-results");
        Element status = page.getElementById("search-status");
        assertEquals("polite", status.attr("aria-live"));
        assertEquals("status", status.attr("role"));
        assertTrue(page.getElementById("search-filters").hasAttr("hidden"), "the filters need the script");
        assertEquals("/search/0123456789ab/", results.attr("data-index"));
        assertEquals("ru", results.attr("data-lang"));
        assertEquals("en", results.attr("data-other-lang"));
        assertEquals("[search.count {0}]", results.attr("data-msg-count"));
        assertEquals("[type.statements]", results.attr("data-type-statements"));
        assertEquals("[type.campaigns]", results.attr("data-type-campaigns"));

        List<Element> scripts = page.select("script");
        assertTrue(scripts.stream().anyMatch(s -> s.attr("src").equals("/assets/js/search.0badc0ffee.js") && s.hasAttr("defer")),
                "the search script, from the site, deferred: " + scripts);
        scripts.forEach(s -> assertTrue(s.hasAttr("src") && s.data().isBlank(), "no inline script: " + s));
        assertTrue(page.select("style, [style]").isEmpty(), "no inline style");

        Element note = page.getElementById("search-nojs");
        assertFalse(note.hasAttr("hidden"), "the note shows until the script hides it");
        List<String> links = note.select("a").eachAttr("href");
        assertTrue(links.contains("/ru/statements/") && links.contains("/ru/countries/"), links.toString());
        Map<String, List<String>> byFilter = new HashMap<>();
        Map<String, String> legends = new HashMap<>();
        for (Element group : note.select("[data-filter]")) {
            byFilter.put(group.attr("data-filter"), group.select("a[data-value]").eachAttr("href"));
            legends.put(group.attr("data-filter"), group.attr("data-legend"));
        }
        assertEquals(List.of("/ru/countries/kg/", "/ru/countries/kz/"), byFilter.get("country"));
        assertEquals(List.of("/ru/cases/status/imprisoned/", "/ru/cases/status/released/"), byFilter.get("status"));
        assertEquals(List.of("/ru/cases/year/2022/", "/ru/cases/year/2011/"), byFilter.get("year"));
        assertTrue(byFilter.get("section").contains("/ru/cases/") && byFilter.get("section").contains("/ru/statements/")
                && !byFilter.get("section").contains("/ru/pages/"), "sections with a list: " + byFilter.get("section"));
        assertEquals("[search.filter.year]", legends.get("year"));
        assertEquals("KZ", note.selectFirst("a[href=/ru/countries/kz/]").attr("data-value"));
        assertEquals("[country KZ]", note.selectFirst("a[href=/ru/countries/kz/]").text());
        assertTrue(page.getElementById("search-other-option").hasAttr("hidden"), "the option needs the script");
    }

    private static String render(String lang, String otherLang) throws Exception {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(RealContent.PROJECT.resolve("templates").toFile());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        freemarker.setSharedVariable("t", (TemplateMethodModelEx) args -> {
            StringBuilder text = new StringBuilder("[").append(args.get(0));
            for (Object arg : args.subList(1, args.size())) {
                text.append(' ').append(arg);
            }
            return text.append(']').toString();
        });
        Map<String, Object> model = new HashMap<>();
        Languages languages = Languages.RUSSIAN_AND_ENGLISH;
        Language language = languages.byCode(lang).orElseThrow();
        model.put("lang", lang);
        model.put("language", language);
        model.put("otherLanguages", languages.others(language));
        model.put("page", new Page("/" + lang + "/search/", "search.ftlh", language,
                Translations.of(List.of(languages.byCode(otherLang).orElseThrow()), Urls::search), "search", Map.of()));
        model.put("xDefault", "/ru/search/");
        model.put("settings", new StubSettings());
        model.put("assets", Map.of("css/site.css", "/assets/css/site.0.css", "icon.svg", "/assets/icon.0.svg",
                "js/low-vision.js", "/assets/js/low-vision.0.js", "js/search.js", "/assets/js/search.0badc0ffee.js"));
        model.put("nav", Map.of(lang, List.of(
                Map.of("url", "/" + lang + "/statements/", "key", "section.statements"),
                Map.of("url", "/" + lang + "/countries/", "key", "countries.title"))));
        model.put("countries", List.of("KG", "KZ"));
        model.put("caseStatuses", List.of("imprisoned", "released"));
        model.put("caseYears", List.of("2022", "2011"));
        freemarker.setSharedVariable("country", (TemplateMethodModelEx) args -> "[country " + args.get(0) + "]");
        model.put("searchIndex", new PublishedSearch("/search/0123456789ab/", 1, 1));
        model.put("share", new PageShare("website", null, new ShareCard("", "", "site.intro", "site.name")));
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate("search.ftlh").process(model, out);
        } catch (TemplateModelException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }
}
