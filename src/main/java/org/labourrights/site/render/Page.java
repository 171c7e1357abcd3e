package org.labourrights.site.render;

import java.util.Map;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Urls;

/**
 * One file of the built site: its address, the template that draws it, its language (null for
 * the bilingual pages: the language chooser, the sitemap) and the address of the same page in the
 * other language (null when there is none), and what the template shows.
 */
public record Page(String url, String template, Language language, String alternate, String title,
                   Map<String, Object> data) {

    public Page {
        data = Map.copyOf(data);
    }

    /**
     * The address for visitors whose language is neither: the original of a document, the language
     * chooser for the home pages, the Russian version of everything else.
     */
    public String xDefault() {
        if (alternate == null || language == null) {
            return null;
        }
        if (data.get("doc") instanceof Document doc) {
            return doc.isOriginal() ? url : alternate;
        }
        if (url.equals(Urls.home(language))) {
            return "/";
        }
        return language == Language.RU ? url : alternate;
    }

    public boolean isHtml() {
        return template.endsWith(".ftlh");
    }
}
