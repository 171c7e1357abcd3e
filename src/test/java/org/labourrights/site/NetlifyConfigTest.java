package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Netlify is told by netlify.toml: how to build, what to redirect, which headers to send. */
class NetlifyConfigTest {

    static JsonNode netlify;

    @BeforeAll
    static void read() throws IOException {
        netlify = new TomlMapper().readTree(ProjectCopy.REAL_PROJECT.resolve("netlify.toml").toFile());
    }

    @Test
    void buildsWithTheWrapperAndPublishesTheBakedSite() throws IOException {
        assertEquals(".ci/netlify-build", netlify.at("/build/command").asText());
        String script = Files.readString(ProjectCopy.REAL_PROJECT.resolve(".ci/netlify-build"));
        assertTrue(script.lines().anyMatch(line -> line.startsWith("./mvnw -B ") && line.endsWith(" package")),
                "the script ends by running the README's build command");
        assertEquals("target/site", netlify.at("/build/publish").asText());
    }

    @Test
    void onlyTheRootIsRedirectedByLanguage() {
        List<String> languageRedirects = new ArrayList<>();
        for (JsonNode redirect : netlify.get("redirects")) {
            if (redirect.has("conditions")) {
                languageRedirects.add(redirect.get("from").asText() + " -> " + redirect.get("to").asText());
                assertTrue(redirect.at("/conditions/Language").isArray());
            } else {
                assertEquals(404, redirect.get("status").asInt(), "only 404 pages may be served for other addresses");
                assertFalse(redirect.path("force").asBoolean(), "a forced rule would hide real pages");
            }
        }
        assertEquals(List.of("/ -> /ru/", "/ -> /en/"), languageRedirects);
    }

    @Test
    void eachLanguageHasItsOwn404() {
        List<String> notFound = new ArrayList<>();
        netlify.get("redirects").forEach(r -> {
            if (r.get("status").asInt() == 404) {
                notFound.add(r.get("from").asText() + " -> " + r.get("to").asText());
            }
        });
        assertEquals(List.of("/ru/* -> /ru/404.html", "/en/* -> /en/404.html"), notFound);
    }

    @Test
    void securityHeadersAllowNothingFromElsewhereAndNothingInline() {
        JsonNode headers = netlify.get("headers").get(0);
        assertEquals("/*", headers.get("for").asText());
        String csp = headers.at("/values/Content-Security-Policy").asText();
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("http"), csp);
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("no-referrer", headers.at("/values/Referrer-Policy").asText());
        assertEquals("nosniff", headers.at("/values/X-Content-Type-Options").asText());
        assertTrue(headers.at("/values/Permissions-Policy").asText().contains("geolocation=()"));
    }

    @Test
    void fingerprintedAssetsAndTheHashedSearchIndexAreCachedForAYear() {
        for (String path : List.of("/assets/*", "/search/*")) {
            assertEquals("public, max-age=31536000, immutable", rule(path).at("/values/Cache-Control").asText(), path);
        }
    }

    /**
     * The web editor's own policy: where two rules set a header the later wins (as `netlify dev`
     * merges them), so it must come after "/*", and it may loosen only what Decap CMS needs.
     */
    @Test
    void theEditorUnderAdminGetsItsOwnPolicyLooseOnlyWhereDecapNeedsIt() {
        List<String> order = new ArrayList<>();
        netlify.get("headers").forEach(h -> order.add(h.get("for").asText()));
        assertTrue(order.indexOf("/admin/*") > order.indexOf("/*"), order.toString());

        JsonNode admin = rule("/admin/*").get("values");
        List<String> directives = List.of(admin.get("Content-Security-Policy").asText().split(";\\s*"));
        assertTrue(directives.containsAll(List.of("default-src 'self'", "script-src 'self' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "img-src 'self' blob: data:", "connect-src 'self' https://api.github.com",
                "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'")), directives.toString());
        for (String directive : directives) {
            // The only other host is GitHub's API, which the editor reads and writes the content through.
            assertFalse(directive.replace("https://api.github.com", "").contains("http"), directive);
            assertFalse(directive.contains("*"), directive);
        }
        assertEquals("same-origin-allow-popups", admin.get("Cross-Origin-Opener-Policy").asText(),
                "Netlify's GitHub login popup answers the page that opened it");
        assertEquals("noindex, nofollow", admin.get("X-Robots-Tag").asText());
    }

    private static JsonNode rule(String path) {
        for (JsonNode rule : netlify.get("headers")) {
            if (rule.get("for").asText().equals(path)) {
                return rule;
            }
        }
        throw new AssertionError("netlify.toml has no [[headers]] rule for " + path);
    }
}
