package org.labourrights.site.render;

import java.util.Map;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Urls;

/**
 * One file of the built site: its address, the template that draws it, its language (null for
 * the pages of no one language: the language chooser, the sitemap), the same page in the other
 * languages it is out in, and what the template shows.
 */
public record Page(String url, String template, Language language, Translations translations, String title,
                   Map<String, Object> data) {

    public Page {
        translations = translations == null ? Translations.NONE : translations;
        data = Map.copyOf(data);
    }

    /**
     * The address for visitors whose language is none of the page's: the original of a document,
     * the language chooser for the home pages, the site's first language's version of everything
     * else. Null for a page in one language only.
     */
    public String xDefault(Languages languages) {
        if (translations.isEmpty() || language == null) {
            return null;
        }
        if (data.get("doc") instanceof Document doc) {
            String original = doc.isOriginal() ? url : translations.in(doc.original());
            return original != null ? original : url;
        }
        if (url.equals(Urls.home(language))) {
            return "/";
        }
        Language first = languages.first();
        String inFirst = language.equals(first) ? url : translations.in(first);
        return inFirst != null ? inFirst : url;
    }

    public boolean isHtml() {
        return template.endsWith(".ftlh");
    }
}
