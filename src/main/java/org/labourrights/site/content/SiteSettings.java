package org.labourrights.site.content;

import java.net.URI;
import java.util.Map;

/**
 * {@code content/data/site.yaml}: what the site needs to know about where it lives. Only the
 * address for now, which feeds, the sitemap and robots.txt must give in full.
 */
public record SiteSettings(String baseUrl) {

    public static SiteSettings read(String file, String yaml) {
        Map<String, YamlFields.Field> fields = YamlFields.read(file, ContentText.checked(yaml, file), 1,
                "base_url: https://example.org");
        YamlFields.Field baseUrl = fields.get("base_url");
        if (baseUrl == null || !baseUrl.value().isTextual()) {
            throw new ContentException(new Problem(file, 1,
                    "'base_url' is missing: write the site's address, e.g. base_url: https://example.org"));
        }
        return withBaseUrl(file, baseUrl.line(), baseUrl.value().asText());
    }

    /** The address without a trailing slash; it must be absolute, since feeds are read elsewhere. */
    public static SiteSettings withBaseUrl(String file, int line, String url) {
        String trimmed = url.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
            throw new ContentException(new Problem(file, line,
                    "base_url '" + url + "' must be a full address such as https://example.org"));
        }
        return new SiteSettings(trimmed);
    }

    public String absolute(String path) {
        return baseUrl + path;
    }
}
