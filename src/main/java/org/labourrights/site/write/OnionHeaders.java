package org.labourrights.site.write;

import java.util.Collection;
import org.labourrights.site.render.Page;

/**
 * The host's header file, {@code _headers} at the site's root, with Tor Browser's
 * {@code Onion-Location} for each page: Tor Browser then offers the same page at the site's onion
 * address. Netlify's header rules cannot carry the requested path into a value, so each page has
 * its own rule; without it a reader who followed a shared link would be sent to the onion home
 * page instead of what was shared. netlify.toml's rules for every path still apply beside these.
 * Not written at all when the site has no onion address.
 */
final class OnionHeaders {

    static final String ADDRESS = "/_headers";

    private OnionHeaders() {
    }

    /** @param onion checked already: an http(s) .onion address without a trailing slash */
    static String text(String onion, Collection<Page> pages) {
        StringBuilder text = new StringBuilder(
                "# Written by the build from 'onion:' in content/data/site.yaml; edit that, not this file.\n");
        pages.stream().filter(Page::isHtml).map(Page::url).sorted().forEach(url ->
                text.append(url).append("\n  Onion-Location: ").append(onion).append(url).append('\n'));
        return text.toString();
    }
}
