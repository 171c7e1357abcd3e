package org.labourrights.site.admin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Decap CMS reads and writes: the site's GitHub repository, with editors logging in through
 * Netlify's GitHub OAuth provider (Netlify's Git Gateway, which spares editors a GitHub account,
 * is deprecated). Netlify tells every build the repository ({@code REPOSITORY_URL}) and the site's
 * main address ({@code URL}); a build elsewhere leaves them out, and Decap then says that the
 * repository is missing.
 *
 * @param repo    owner/name on GitHub, or null when unknown
 * @param siteUrl the site's main address, or null when unknown; deploy previews log in through it
 */
record CmsBackend(String repo, String siteUrl) {

    /** The branch the public site is built from: every change reaches it through a pull request. */
    static final String BRANCH = "main";

    private static final Pattern GITHUB = Pattern.compile("github\\.com[/:]([^/]+/[^/]+?)(?:\\.git)?/?$");

    /** The variables of the environment that Netlify sets and the editor's configuration is made from. */
    static final List<String> ENVIRONMENT = List.of("REPOSITORY_URL", "URL");

    static CmsBackend fromEnvironment(Map<String, String> environment) {
        return new CmsBackend(repository(environment.get(ENVIRONMENT.get(0))), blankToNull(environment.get(ENVIRONMENT.get(1))));
    }

    /** "https://github.com/owner/name" or "git@github.com:owner/name.git" → "owner/name". */
    static String repository(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = GITHUB.matcher(url.strip());
        return m.find() ? m.group(1) : null;
    }

    Map<String, Object> toMap() {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "github");
        if (repo != null) {
            backend.put("repo", repo);
        }
        backend.put("branch", BRANCH);
        backend.put("squash_merges", true);
        if (siteUrl != null) {
            // Netlify's login looks the site up by this name, also from a deploy preview's address.
            backend.put("site_domain", URI.create(siteUrl).getHost());
        }
        return backend;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
