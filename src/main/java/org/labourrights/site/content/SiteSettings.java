package org.labourrights.site.content;

import java.net.URI;
import java.util.Map;

/**
 * {@code content/data/site.yaml}: what the site needs to know about where it lives, and how long
 * a case's status may go unconfirmed before editors are asked to check it.
 *
 * @param baseUrl           the address feeds, the sitemap and robots.txt must give in full
 * @param statusCheckMonths after how many months without a newer source a status that can change
 *                          "needs checking" ({@code status_check_months}, 12 unless written)
 */
public record SiteSettings(String baseUrl, int statusCheckMonths) {

    public static final int STATUS_CHECK_MONTHS = 12;

    public static SiteSettings read(String file, String yaml) {
        Map<String, YamlFields.Field> fields = YamlFields.read(file, ContentText.checked(yaml, file), 1,
                "base_url: https://example.org");
        YamlFields.Field baseUrl = fields.get("base_url");
        if (baseUrl == null || !baseUrl.value().isTextual()) {
            throw new ContentException(new Problem(file, 1,
                    "'base_url' is missing: write the site's address, e.g. base_url: https://example.org"));
        }
        int months = STATUS_CHECK_MONTHS;
        YamlFields.Field check = fields.get("status_check_months");
        if (check != null) {
            if (!check.value().isInt() || check.value().intValue() < 1 || check.value().intValue() > 120) {
                throw new ContentException(new Problem(file, check.line(), "status_check_months '"
                        + check.value().asText() + "' must be a whole number of months from 1 to 120, e.g."
                        + " status_check_months: " + STATUS_CHECK_MONTHS));
            }
            months = check.value().intValue();
        }
        return withBaseUrl(file, baseUrl.line(), baseUrl.value().asText()).withStatusCheckMonths(months);
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
        return new SiteSettings(trimmed, STATUS_CHECK_MONTHS);
    }

    /** These settings at another address, the one the host gives the site (Netlify's URL). */
    public SiteSettings movedTo(String file, int line, String url) {
        return withBaseUrl(file, line, url).withStatusCheckMonths(statusCheckMonths);
    }

    private SiteSettings withStatusCheckMonths(int months) {
        return new SiteSettings(baseUrl, months);
    }

    public String absolute(String path) {
        return baseUrl + path;
    }
}
