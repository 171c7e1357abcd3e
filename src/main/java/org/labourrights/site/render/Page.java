package org.labourrights.site.render;

import java.util.Map;
import org.labourrights.site.model.Language;

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

    public boolean isHtml() {
        return template.endsWith(".ftlh");
    }
}
