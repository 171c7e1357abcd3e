package org.labourrights.site.write;

import java.util.List;
import org.labourrights.site.model.Redirect;

/**
 * The host's redirect file, {@code _redirects} at the site's root: one line per old address,
 * {@code from to 301}. Netlify reads it before the rules of netlify.toml, and never follows a rule
 * of it where a file exists, which is why an alias may not be a page's address (see
 * {@code content.AliasRules}). Not written at all when no page has an old address.
 */
final class NetlifyRedirects {

    static final String ADDRESS = "/_redirects";

    private NetlifyRedirects() {
    }

    /** @param redirects checked already: plain paths, no spaces, so a line cannot break */
    static String text(List<Redirect> redirects) {
        StringBuilder text = new StringBuilder(
                "# Written by the build from the 'aliases:' of documents and cases; edit those, not this file.\n");
        for (Redirect redirect : redirects) {
            text.append(redirect.from()).append(' ').append(redirect.to()).append(" 301\n");
        }
        return text.toString();
    }
}
