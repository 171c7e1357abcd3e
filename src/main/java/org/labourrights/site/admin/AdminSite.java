package org.labourrights.site.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labourrights.site.content.TagVocabulary;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;
import org.labourrights.site.render.Messages;
import org.labourrights.site.translation.GitHistory;

/**
 * Everything under {@code /admin/}: Decap CMS (its page, its configuration and its bundle, served
 * from the site itself), the page of what to translate next and the page of cases to check. Nothing of the public site links
 * here, and every page here asks search engines to stay away.
 */
public final class AdminSite {

    /** Where Maven puts Decap's bundle on the classpath (pom.xml, execution {@code decap-bundle}). */
    static final String BUNDLE = "admin/decap";
    static final String BUNDLE_MAIN = "decap-cms.js";
    private static final String CASE_SCHEMA = "schema/case.schema.json";
    /** Static files of /admin/, copied as they are. */
    private static final List<String> STATIC_FILES = List.of("index.html", "admin.css");
    /** The Mission's region first in the country select; then every other country by code. */
    private static final List<String> REGION = List.of("KZ", "KG", "UZ", "TJ", "TM");

    /** What was written, for the build's summary and for tests. */
    public record Published(int bundleFiles, int missingTranslations, int outdatedTranslations, int untranslatedCaseTexts,
                            int casesToCheck) {
    }

    private AdminSite() {
    }

    /**
     * Writes {@code siteOutput/admin/}. Call it once per build, after the public site is written.
     *
     * @param site        the public site: what the translation page may mention
     * @param projectRoot the project, for the tag vocabulary and the git history of content/
     * @param siteOutput  the folder the site is written to
     * @param messages    the interface words, for country names and dates
     */
    public static Published publish(Site site, Path projectRoot, Path siteOutput, Messages messages) {
        return publish(site, projectRoot, siteOutput, messages, CmsBackend.fromEnvironment(System.getenv()),
                GitHistory.of(projectRoot));
    }

    /**
     * What {@link #publish} reads besides the site and the project's files, by name: the
     * environment's variables for the editor's backend and the version of content/'s git history
     * (the translation page's dates). A build that finds them all as they were may keep the site.
     */
    public static Map<String, String> inputs(Path projectRoot) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String variable : CmsBackend.ENVIRONMENT) {
            inputs.put("environment " + variable, System.getenv(variable));
        }
        inputs.put("git history", GitHistory.version(projectRoot));
        return inputs;
    }

    static Published publish(Site site, Path projectRoot, Path siteOutput, Messages messages, CmsBackend backend,
                             GitHistory history) {
        Path admin = siteOutput.resolve("admin");
        for (String file : STATIC_FILES) {
            write(admin.resolve(file), ClasspathFolder.read("admin/" + file));
        }
        int bundleFiles = ClasspathFolder.copy(BUNDLE, BUNDLE_MAIN, admin.resolve("decap"));
        if (bundleFiles == 0) {
            // `./mvnw package` (and so Netlify) always has it; `compile exec:exec@serve` may not.
            System.err.println("Decap CMS is not on the classpath: /admin/ is written without the editor."
                    + " Run ./mvnw package once to fetch it.");
        }
        String config = DecapConfig.yaml(backend, site.languages(), countries(messages), tags(projectRoot, site.languages()), caseSchema());
        write(admin.resolve("config.yml"), config.getBytes(StandardCharsets.UTF_8));

        TranslationReport report = TranslationReport.of(site, history);
        write(admin.resolve("translations/index.html"),
                TranslationPage.html(report, messages).getBytes(StandardCharsets.UTF_8));
        write(admin.resolve("cases/index.html"),
                CaseCheckPage.html(site, messages).getBytes(StandardCharsets.UTF_8));
        return new Published(bundleFiles, report.missing().size(), report.outdated().size(),
                report.untranslated().size(), CaseCheckPage.due(site).size());
    }

    /** Every ISO 3166 code, as the build accepts, labelled in each language "KZ · Kazakhstan · Казахстан". */
    static Map<String, String> countries(Messages messages) {
        List<String> codes = new ArrayList<>(REGION);
        for (String code : Locale.getISOCountries()) {
            if (!REGION.contains(code)) {
                codes.add(code);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : codes) {
            StringBuilder label = new StringBuilder(code);
            for (Language language : messages.languages().internationalFirst()) {
                label.append(" · ").append(messages.country(language, code));
            }
            labels.put(code, label.toString());
        }
        return labels;
    }

    /** The tag vocabulary (the build has checked it already), labelled "strikes · strikes · забастовки". */
    static Map<String, String> tags(Path projectRoot, Languages languages) {
        String file = "content/data/tags.yaml";
        Map<String, Tag> vocabulary;
        try {
            vocabulary = TagVocabulary.read(file, Files.readString(projectRoot.resolve(file), StandardCharsets.UTF_8),
                    languages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        vocabulary.forEach((key, tag) -> labels.put(key, String.join(" · ",
                languages.internationalFirst().stream().map(tag::name).toList())));
        return labels;
    }

    static JsonNode caseSchema() {
        try {
            return new ObjectMapper().readTree(ClasspathFolder.read(CASE_SCHEMA));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
