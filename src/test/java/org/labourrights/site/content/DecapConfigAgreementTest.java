package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.ProjectCopy;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;

/**
 * The web editor's config.yml, as the real build publishes it, read back by the build: the fields
 * of both come from one contract (documents: {@link FrontMatterField}; cases: the case schema), so
 * these tests check values, not lists: a document made of the editor's own fields is read without
 * a problem, a field the form requires is one the build refuses a file without, every option a
 * select offers is one the build accepts, and the form's patterns accept what the build reads.
 */
class DecapConfigAgreementTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path work;
    static JsonNode config;
    static JsonNode schema;

    @BeforeAll
    static void readThePublishedConfig() throws IOException {
        Path site = work.resolve("site");
        ProjectCopy.Outcome outcome = ProjectCopy.of(work.resolve("project")).build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());
        config = YAML.readTree(site.resolve("admin/config.yml").toFile());
        try (InputStream in = DecapConfigAgreementTest.class.getClassLoader().getResourceAsStream(CaseSchema.RESOURCE)) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    static JsonNode collection(String name) {
        for (JsonNode collection : config.get("collections")) {
            if (collection.get("name").asText().equals(name)) {
                return collection;
            }
        }
        return fail("no collection " + name);
    }

    static JsonNode field(JsonNode fields, String name) {
        for (JsonNode field : fields) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        return fail("no field " + name);
    }

    static Set<String> names(JsonNode fields) {
        Set<String> names = new LinkedHashSet<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    // ---- documents: the front-matter contract ----

    @Test
    void everySectionIsACollectionSavedAsOneFilePerLanguage() {
        for (Section section : Section.values()) {
            JsonNode collection = collection(section.slug());
            assertEquals("content/" + section.slug(), collection.get("folder").asText());
            assertEquals("md", collection.get("extension").asText());
            assertEquals("yaml-frontmatter", collection.get("format").asText());
        }
        assertEquals("multiple_files", config.at("/i18n/structure").asText(), "<slug>.ru.md and <slug>.en.md");
        assertEquals("[\"ru\",\"en\"]", config.at("/i18n/locales").toString());
        assertEquals("editorial_workflow", config.get("publish_mode").asText(), "every change a pull request");
    }

    @Test
    void aDocumentMadeOfTheEditorsFieldsIsReadWithoutAProblem() {
        for (Section section : Section.values()) {
            JsonNode fields = collection(section.slug()).get("fields");
            assertEquals(List.of(), problems(section, sample(fields, null)), section.slug());
        }
    }

    @Test
    void whatTheEditorRequiresIsWhatTheBuildRequires() {
        for (Section section : Section.values()) {
            JsonNode fields = collection(section.slug()).get("fields");
            for (JsonNode field : fields) {
                String name = field.get("name").asText();
                if (name.equals("body") || name.equals("slug")) {
                    // The text may be empty; the web address is the file name, which Decap needs
                    // from a field (the build takes it from the file name when the field is absent).
                    continue;
                }
                boolean buildRequires = !problems(section, sample(fields, name)).isEmpty();
                assertEquals(buildRequires, field.get("required").asBoolean(), section.slug() + ": " + name);
            }
        }
    }

    @Test
    void everySelectOfferedIsAValueTheBuildAccepts() throws IOException {
        JsonNode fields = collection("statements").get("fields");
        assertEquals(new TreeSet<>(List.of(Locale.getISOCountries())), values(field(fields, "countries")));
        Set<String> vocabulary = TagVocabulary.read("tags.yaml",
                Files.readString(ProjectCopy.REAL_PROJECT.resolve("content/data/tags.yaml")), Languages.RUSSIAN_AND_ENGLISH).keySet();
        assertEquals(new TreeSet<>(vocabulary), values(field(fields, "tags")));
        for (String status : values(field(fields, "status"))) {
            assertEquals(List.of(), problems(Section.STATEMENTS, sampleWith(fields, "status", status)), status);
        }
        for (String original : values(field(fields, "original"))) {
            assertEquals(List.of(), problems(Section.STATEMENTS, sampleWith(fields, "original", original)), original);
        }
        JsonNode campaign = collection("campaigns").get("fields");
        for (String state : values(field(campaign, "state"))) {
            ObjectNode sample = sampleWith(campaign, "state", state);
            sample.put("outcome", "Released.");
            assertEquals(List.of(), problems(Section.CAMPAIGNS, sample), state);
        }
    }

    @Test
    void theEditorsDatePatternAcceptsTheFormsTheBuildReads() {
        Pattern editor = Pattern.compile(field(collection("news").get("fields"), "date").at("/pattern/0").asText());
        for (String date : List.of("2025-12-15", "2025-12", "2025", "unknown", "1998-01-31")) {
            assertTrue(editor.matcher(date).matches() && PartialDate.parse(date) != null, date);
        }
        for (String date : List.of("15.12.2025", "2025-13", "2025-1-5", "25-12-15", "", "Unknown", "2025-12-15T10:00")) {
            assertFalse(editor.matcher(date).matches(), date);
            assertTrue(PartialDate.parse(date) == null, date);
        }
        Pattern embargo = Pattern.compile(field(collection("news").get("fields"), "embargo").at("/pattern/0").asText());
        for (String moment : List.of("2026-12-01T09:00:00+05:00", "2026-12-01T09:00+05:00", "2026-12-01T04:00:00Z")) {
            assertTrue(embargo.matcher(moment).matches(), moment);
            OffsetDateTime.parse(moment);
        }
        for (String moment : List.of("2026-12-01", "2026-12-01 09:00", "2026-12-01T09:00:00")) {
            assertFalse(embargo.matcher(moment).matches(), moment);
            try {
                OffsetDateTime.parse(moment);
                fail("the build would take " + moment);
            } catch (DateTimeParseException expected) {
                // the build refuses it too
            }
        }
    }

    @Test
    void everyFieldOfABilingualDocumentSaysHowItsTwoLanguagesRelate() {
        // Without an i18n setting Decap leaves a field out of the second language's file.
        for (Section section : Section.values()) {
            for (JsonNode field : collection(section.slug()).get("fields")) {
                assertTrue(field.has("i18n"), section.slug() + ": " + field.get("name"));
                for (JsonNode inner : field.path("fields")) {
                    assertTrue(inner.has("i18n"), section.slug() + ": " + field.get("name") + "." + inner.get("name"));
                }
            }
        }
    }

    /** A front matter with a valid value for every field of the editor, leaving out {@code without}. */
    static ObjectNode sample(JsonNode fields, String without) {
        ObjectNode document = YAML.createObjectNode();
        for (JsonNode field : fields) {
            String name = field.get("name").asText();
            if (!name.equals("body") && !name.equals(without)) {
                document.set(name, value(field));
            }
        }
        return document;
    }

    static ObjectNode sampleWith(JsonNode fields, String name, String value) {
        ObjectNode document = sample(fields, null);
        document.put(name, value);
        return document;
    }

    /** A value as Decap would write it for this field, valid for the field's own rules. */
    static JsonNode value(JsonNode field) {
        String widget = field.get("widget").asText();
        String name = field.get("name").asText();
        return switch (widget) {
            case "select" -> {
                String first = field.at("/options/0/value").asText();
                yield field.path("multiple").asBoolean()
                        ? YAML.createArrayNode().add(first) : YAML.getNodeFactory().textNode(first);
            }
            case "relation" -> YAML.createArrayNode().add("erzhan-elshibayev");
            case "number" -> YAML.getNodeFactory().numberNode(120);
            case "list" -> {
                if (field.has("field")) {
                    yield YAML.createArrayNode().add(value(field.get("field")));
                }
                ObjectNode item = YAML.createObjectNode();
                field.get("fields").forEach(inner -> item.set(inner.get("name").asText(), value(inner)));
                yield YAML.createArrayNode().add(item);
            }
            default -> YAML.getNodeFactory().textNode(switch (name) {
                case "slug" -> "a-new-statement";
                case "date", "opens", "closes", "respond_by" -> "2025-12-15";
                case "embargo" -> "2020-01-01T09:00:00+05:00";
                case "email" -> "office@example.org";
                case "alias" -> "/en/statements/an-old-name/";
                default -> "Some text";
            });
        };
    }

    static Set<String> values(JsonNode select) {
        Set<String> values = new TreeSet<>();
        select.get("options").forEach(o -> values.add(o.get("value").asText()));
        return values;
    }

    /** What the build says about a file with this front matter, in this section. */
    static List<String> problems(Section section, ObjectNode frontMatter) {
        String text;
        try {
            text = "---\n" + YAML.writeValueAsString(frontMatter).replaceFirst("^---\n", "") + "---\nText.\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String path = section.slug() + "/a-new-statement.en.md";
        try {
            new DocumentReader(Languages.RUSSIAN_AND_ENGLISH, new MarkdownRenderer()).read("content/" + path, path, text);
            return List.of();
        } catch (ContentException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    // ---- cases: the JSON Schema ----

    @Test
    void theCaseFieldsAreThePropertiesOfTheSchemaExceptThePrivateNotes() {
        JsonNode fields = collection("cases").get("fields");
        Set<String> properties = new LinkedHashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        properties.remove("private");
        assertEquals(List.copyOf(properties), List.copyOf(names(fields)));
        assertEquals("content/cases", collection("cases").get("folder").asText());
        assertEquals("yaml", collection("cases").get("extension").asText());
        assertFalse(collection("cases").has("i18n"), "a case file holds both languages side by side");
    }

    @Test
    void eachCaseFieldAgreesWithItsSchemaPropertyAllTheWayDown() {
        List<String> disagreements = new ArrayList<>();
        compareObject("", schema, true, collection("cases").get("fields"), disagreements);
        assertEquals(List.of(), disagreements);
    }

    /**
     * @param present whether the object is surely there (the file itself, a required object, an
     *                item added to a list): Decap checks the fields of an optional object even when
     *                it is left out, so there the schema's required fields are optional in the form
     */
    private void compareObject(String at, JsonNode objectSchema, boolean present, JsonNode fields,
                               List<String> disagreements) {
        Set<String> required = new TreeSet<>();
        if (present) {
            objectSchema.path("required").forEach(r -> required.add(r.asText()));
        }
        Set<String> properties = new TreeSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(properties::add);
        properties.remove("private");
        if (!properties.equals(new TreeSet<>(names(fields)))) {
            disagreements.add(at + ": schema " + properties + ", editor " + names(fields));
            return;
        }
        for (JsonNode field : fields) {
            String name = field.get("name").asText();
            JsonNode property = objectSchema.at("/properties/" + name);
            if (required.contains(name) != field.get("required").asBoolean()) {
                disagreements.add(at + "/" + name + ": required " + required.contains(name) + " in the schema");
            }
            compareValue(at + "/" + name, property, field, disagreements);
        }
    }

    private void compareValue(String at, JsonNode property, JsonNode field, List<String> disagreements) {
        JsonNode resolved = resolve(property);
        String widget = field.get("widget").asText();
        String ref = property.path("$ref").asText();
        if (ref.endsWith("/bilingual")) {
            expect(at, widget, "object", disagreements);
            if (!names(field.get("fields")).equals(Set.of("ru", "en"))) {
                disagreements.add(at + ": a text in both languages is ru and en");
            }
        } else if (ref.endsWith("/countryCode")) {
            expect(at, widget, "select", disagreements);
            Pattern pattern = Pattern.compile(resolved.get("pattern").asText());
            field.get("options").forEach(o -> {
                if (!pattern.matcher(o.get("value").asText()).matches()) {
                    disagreements.add(at + ": the country " + o.get("value") + " does not match " + pattern);
                }
            });
        } else if (resolved.has("enum")) {
            expect(at, widget, "select", disagreements);
            Set<String> options = values(field);
            Set<String> allowed = new TreeSet<>();
            resolved.get("enum").forEach(v -> allowed.add(v.asText()));
            if (!options.equals(allowed)) {
                disagreements.add(at + ": options " + options + ", schema " + allowed);
            }
        } else if ("array".equals(resolved.path("type").asText())) {
            expect(at, widget, "list", disagreements);
            if (resolved.has("minItems") && resolved.get("minItems").asInt() != field.path("min").asInt()) {
                disagreements.add(at + ": minItems " + resolved.get("minItems"));
            }
            JsonNode items = resolve(resolved.get("items"));
            if (field.has("field")) {
                compareValue(at + "[]", resolved.get("items"), field.get("field"), disagreements);
            } else if (resolved.at("/items/$ref").asText().endsWith("/bilingual")) {
                if (!names(field.get("fields")).equals(Set.of("ru", "en"))) {
                    disagreements.add(at + "[]: a text in both languages is ru and en");
                }
            } else {
                compareObject(at + "[]", items, true, field.get("fields"), disagreements);
            }
        } else if ("object".equals(resolved.path("type").asText())) {
            expect(at, widget, "object", disagreements);
            compareObject(at, resolved, field.get("required").asBoolean(), field.get("fields"), disagreements);
        } else if ("boolean".equals(resolved.path("type").asText())) {
            expect(at, widget, "boolean", disagreements);
        } else if (resolved.has("pattern")) {
            expect(at, widget, "string", disagreements);
            if (!resolved.get("pattern").asText().equals(field.at("/pattern/0").asText())) {
                disagreements.add(at + ": pattern " + field.at("/pattern/0") + ", schema " + resolved.get("pattern"));
            }
        } else {
            expect(at, widget, "string", disagreements);
        }
    }

    private static void expect(String at, String widget, String expected, List<String> disagreements) {
        if (!widget.equals(expected)) {
            disagreements.add(at + ": widget " + widget + ", expected " + expected);
        }
    }

    private JsonNode resolve(JsonNode property) {
        String ref = property.path("$ref").asText();
        JsonNode resolved = ref.startsWith("#") ? schema.at(ref.substring(1)) : property;
        assertNotNull(resolved);
        return resolved;
    }

    @Test
    void aCaseFileMadeOfTheEditorsFieldsPassesTheSchema() {
        ObjectNode file = YAML.createObjectNode();
        for (JsonNode field : collection("cases").get("fields")) {
            if (field.get("required").asBoolean()) {
                file.set(field.get("name").asText(), caseValue(field));
            }
        }
        file.put("id", "a-new-case");
        file.set("sources", YAML.createArrayNode().add(YAML.createObjectNode().put("document", "statements/x")));
        List<Problem> problems = CaseSchema.get().check("content/cases/a-new-case.yaml", file, YamlLines.of("a-new-case.yaml", ""));
        assertEquals(List.of(), problems);
    }

    private static JsonNode caseValue(JsonNode field) {
        return switch (field.get("widget").asText()) {
            case "select" -> YAML.getNodeFactory().textNode(field.at("/options/0/value").asText());
            case "object" -> {
                ObjectNode object = YAML.createObjectNode();
                field.get("fields").forEach(inner -> object.set(inner.get("name").asText(), caseValue(inner)));
                yield object;
            }
            default -> YAML.getNodeFactory().textNode("Some text");
        };
    }
}
