package org.labourrights.site.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.labourrights.site.model.Languages;

/**
 * {@code content/data/site.yaml}: what the site needs to know about where it lives, where else a
 * reader can find it when it is blocked, and how long a case's status may go unconfirmed before
 * editors are asked to check it.
 *
 * @param baseUrl           the address feeds, the sitemap and robots.txt must give in full
 * @param statusCheckMonths after how many months without a newer source a status that can change
 *                          "needs checking" ({@code status_check_months}, 12 unless written)
 * @param mirrors           other addresses that serve a copy of the site ({@code mirrors:}), each
 *                          without a trailing slash; listed on the "if this site is blocked" page
 * @param onion             the site's Tor address ({@code onion:}), without a trailing slash, or null
 * @param languages         the languages the site publishes in ({@code languages:}), Russian and
 *                          English unless written
 */
public record SiteSettings(String baseUrl, int statusCheckMonths, List<String> mirrors, String onion,
                           Languages languages) implements Serializable {

    public static final int STATUS_CHECK_MONTHS = 12;

    /**
     * A version 3 onion service: 56 letters of base32 before {@code .onion}. The shorter version 2
     * addresses no longer work in Tor Browser, so one is refused rather than published dead.
     */
    private static final Pattern ONION = Pattern.compile("https?://[a-z2-7]{56}\\.onion");

    public SiteSettings {
        mirrors = List.copyOf(mirrors);
    }

    public SiteSettings(String baseUrl, int statusCheckMonths) {
        this(baseUrl, statusCheckMonths, List.of(), null, Languages.RUSSIAN_AND_ENGLISH);
    }

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
        SiteSettings settings = withBaseUrl(file, baseUrl.line(), baseUrl.value().asText());
        return new SiteSettings(settings.baseUrl, months, mirrors(file, fields.get("mirrors"), settings.baseUrl),
                onion(file, fields.get("onion")),
                SiteLanguages.read(file, fields.get("languages"), fields.get("case_languages")));
    }

    /**
     * The languages {@code content/data/site.yaml} lists, read before anything else of the project:
     * a document's file name must end in one of them. A file missing or in error gives Russian and
     * English here; reading the whole file later reports the error with its line.
     */
    public static Languages languagesOf(Path projectRoot) {
        Path file = projectRoot.resolve("content").resolve("data").resolve("site.yaml");
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, YamlFields.Field> fields = YamlFields.read("content/data/site.yaml", yaml, 1, "languages:");
            return SiteLanguages.read("content/data/site.yaml", fields.get("languages"), fields.get("case_languages"));
        } catch (IOException | ContentException | UncheckedIOException e) {
            return Languages.RUSSIAN_AND_ENGLISH;
        }
    }

    /** The address without a trailing slash; it must be absolute, since feeds are read elsewhere. */
    public static SiteSettings withBaseUrl(String file, int line, String url) {
        String address = address(url);
        if (address == null) {
            throw new ContentException(new Problem(file, line,
                    "base_url '" + url + "' must be a full address such as https://example.org"));
        }
        return new SiteSettings(address, STATUS_CHECK_MONTHS);
    }

    private static List<String> mirrors(String file, YamlFields.Field field, String baseUrl) {
        if (field == null) {
            return List.of();
        }
        String example = "; write each address on its own line under 'mirrors:', as '  - https://mirror.example.org'";
        if (!field.value().isArray()) {
            throw new ContentException(new Problem(file, field.line(), "mirrors must be a list of addresses" + example));
        }
        List<String> mirrors = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < field.value().size(); i++) {
            JsonNode item = field.value().get(i);
            String address = item.isTextual() ? address(item.asText()) : null;
            int line = field.itemLine(i);
            if (address == null) {
                problems.add(new Problem(file, line, "the mirror '" + item.asText() + "' is not a full web address"
                        + example));
            } else if (address.equals(baseUrl)) {
                problems.add(new Problem(file, line, "the mirror " + address + " is the site's own address (base_url):"
                        + " list only the other places that serve a copy, or remove this line"));
            } else if (mirrors.contains(address)) {
                problems.add(new Problem(file, line, "the mirror " + address + " is listed twice: remove this line"));
            } else {
                mirrors.add(address);
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return mirrors;
    }

    private static String onion(String file, YamlFields.Field field) {
        if (field == null) {
            return null;
        }
        String address = field.value().isTextual() ? field.value().asText().strip().replaceAll("/+$", "") : "";
        if (!ONION.matcher(address).matches()) {
            throw new ContentException(new Problem(file, field.line(), "onion '" + field.value().asText()
                    + "' is not a Tor address: write the address Tor gave the site, 56 letters and digits before"
                    + " .onion, e.g. onion: http://" + "a".repeat(56) + ".onion"));
        }
        return address;
    }

    /** An http(s) address with a host, without its trailing slashes; null when it is not one. */
    private static String address(String url) {
        String trimmed = url.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            return null;
        }
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        return web && uri.getHost() != null ? trimmed : null;
    }

    /** These settings at another address, the one the host gives the site (Netlify's URL). */
    public SiteSettings movedTo(String file, int line, String url) {
        return new SiteSettings(withBaseUrl(file, line, url).baseUrl, statusCheckMonths, mirrors, onion, languages);
    }

    public String absolute(String path) {
        return baseUrl + path;
    }

    /** The same page on the site's onion service; null without one. */
    public String onionAddress(String path) {
        return onion == null ? null : onion + path;
    }
}
