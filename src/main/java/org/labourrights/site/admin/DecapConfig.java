package org.labourrights.site.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;

/**
 * Decap CMS's {@code config.yml}: one collection per section of {@code content/}, campaigns with
 * their letter, and the case files; each document in Russian and English side by side, saved as
 * {@code <slug>.ru.md} and {@code <slug>.en.md}; every change a pull request (Decap's editorial
 * workflow), which Netlify builds as a deploy preview before anything is published.
 */
final class DecapConfig {

    static final String CASES = "cases";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    private DecapConfig() {
    }

    /**
     * @param backend   where the repository is and how editors log in
     * @param countries the country select's options, code → label
     * @param tags      the tag vocabulary, key → label
     * @param caseSchema the JSON Schema case files are checked against
     */
    static String yaml(CmsBackend backend, Languages languages, Map<String, String> countries, Map<String, String> tags,
                       JsonNode caseSchema) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("backend", backend.toMap());
        config.put("publish_mode", "editorial_workflow");
        if (backend.siteUrl() != null) {
            config.put("site_url", backend.siteUrl());
            config.put("display_url", backend.siteUrl());
        }
        // Decap requires a media folder; documents do not take uploads (the text editor offers no
        // image button), so nothing is ever written here.
        config.put("media_folder", "content/media");
        Map<String, Object> i18n = new LinkedHashMap<>();
        i18n.put("structure", "multiple_files");
        i18n.put("locales", languages.codes());
        i18n.put("default_locale", languages.first().code());
        config.put("i18n", i18n);
        List<Object> collections = new ArrayList<>();
        DocumentFields documentFields = new DocumentFields(languages, countries, tags);
        for (Section section : Section.values()) {
            collections.add(documents(section, documentFields));
        }
        collections.add(cases(new CaseFields(caseSchema, languages, countries), languages));
        config.put("collections", collections);
        try {
            return "# Written by the site build (org.labourrights.site.admin.DecapConfig): edit that, not this.\n"
                    + YAML.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Decap CMS configuration", e);
        }
    }

    private static Map<String, Object> documents(Section section, DocumentFields fields) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", section.slug());
        collection.put("label", CaseFields.label(section.slug()));
        collection.put("folder", "content/" + section.slug());
        collection.put("extension", "md");
        collection.put("format", "yaml-frontmatter");
        collection.put("create", true);
        collection.put("i18n", true);
        // The web address is a field of its own: Decap would make one from the (Russian) title.
        collection.put("identifier_field", "slug");
        collection.put("summary", "{{title}} · {{date}}");
        collection.put("sortable_fields", List.of("date", "title"));
        collection.put("preview_path", "ru/" + section.slug() + "/{{slug}}/");
        // Decap's own preview renders Markdown unlike the site; the deploy preview is the real one.
        collection.put("editor", Map.of("preview", false));
        collection.put("fields", fields.of(section).stream().map(Widget::toMap).toList());
        return collection;
    }

    private static Map<String, Object> cases(CaseFields fields, Languages languages) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", CASES);
        collection.put("label", "Cases");
        collection.put("label_singular", "Case");
        collection.put("folder", "content/cases");
        collection.put("extension", "yaml");
        collection.put("format", "yaml");
        collection.put("create", true);
        collection.put("identifier_field", "id");
        collection.put("summary", "{{name." + languages.international().code() + "}} · {{country}} · {{status}}");
        collection.put("sortable_fields", List.of("id", "country", "status"));
        collection.put("preview_path", "ru/cases/{{slug}}/");
        collection.put("editor", Map.of("preview", false));
        collection.put("fields", fields.fields().stream().map(Widget::toMap).toList());
        return collection;
    }
}
