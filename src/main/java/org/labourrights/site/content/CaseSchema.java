package org.labourrights.site.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The form of a case file, as {@code schema/case.schema.json} (JSON Schema 2020-12) defines it,
 * checked with networknt's validator. The validator speaks to programmers ("/status: does not have
 * a value in the enumeration […]"); this class says the same to editors, in the file's own words,
 * with what to write instead. The advice comes from the schema itself: each definition under
 * {@code $defs} has a {@code description} saying how to write its values.
 */
final class CaseSchema {

    static final String RESOURCE = "schema/case.schema.json";

    /** What the allowed values of each closed list are called in messages. */
    private static final Map<String, String> LIST_NAMES = Map.of(
            "caseStatus", "statuses",
            "eventType", "event types",
            "kind", "kinds",
            "nameDisplay", "ways of showing the name");

    private static final CaseSchema INSTANCE = load(Languages.RUSSIAN_AND_ENGLISH);
    private static final Map<Languages, CaseSchema> BY_LANGUAGES = new ConcurrentHashMap<>();

    private final JsonNode tree;
    private final JsonSchema schema;
    private final Languages languages;

    private CaseSchema(JsonNode tree, JsonSchema schema, Languages languages) {
        this.tree = tree;
        this.schema = schema;
        this.languages = languages;
    }

    static CaseSchema get() {
        return INSTANCE;
    }

    /**
     * The schema for a site in {@code languages}: a text ({@code $defs/bilingual}) may be written
     * in any of them and must be in each case language. The file itself states Russian and English.
     */
    static CaseSchema of(Languages languages) {
        if (asTheFileStates(languages)) {
            return INSTANCE;
        }
        return BY_LANGUAGES.computeIfAbsent(languages, CaseSchema::load);
    }

    private static boolean asTheFileStates(Languages languages) {
        return languages.codes().equals(List.of("ru", "en")) && languages.cases().equals(languages.all());
    }

    private static CaseSchema load(Languages languages) {
        try (InputStream in = CaseSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode tree = new ObjectMapper().readTree(in);
            if (!asTheFileStates(languages)) {
                writtenIn((ObjectNode) tree.at("/$defs/bilingual"), languages);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
            return new CaseSchema(tree, schema, languages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static void writtenIn(ObjectNode texts, Languages languages) {
        List<String> required = languages.cases().stream().map(Language::code).toList();
        texts.put("description", "write it in " + String.join(", ", required) + (required.size() < languages.size()
                ? " (and, if you have it, in " + String.join(", ", languages.codes().stream()
                        .filter(code -> !required.contains(code)).toList()) + ")" : "")
                + ", one indented line under the field for each, as '" + required.get(0) + ": …'");
        ArrayNode requiredNode = texts.putArray("required");
        required.forEach(requiredNode::add);
        ObjectNode properties = texts.putObject("properties");
        for (String code : languages.codes()) {
            properties.putObject(code).put("$ref", "#/$defs/text");
        }
    }

    /** Every way {@code document} departs from the schema, each at its line, in plain words. */
    List<Problem> check(String file, JsonNode document, YamlLines lines) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (ValidationMessage message : schema.validate(document)) {
            String at = message.getInstanceLocation().toString();
            if (message.getType().equals("additionalProperties")) {
                // Point at the unknown key itself, not at the mapping that contains it.
                at = at + "/" + YamlLines.escape(message.getProperty());
            }
            problems.add(new Problem(file, lines.lineOf(at), explain(message)));
        }
        return new ArrayList<>(problems);
    }

    private String explain(ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        String field = CaseFieldNames.describe(pointer, languages);
        JsonNode value = message.getInstanceNode();
        String keywordAt = message.getSchemaLocation().getFragment().toString();
        String subschemaAt = parent(keywordAt);
        String advice = advice(subschemaAt);
        return switch (message.getType()) {
            case "enum" -> {
                List<String> allowed = texts(tree.at(keywordAt));
                String listName = LIST_NAMES.getOrDefault(lastSegment(subschemaAt), "values");
                yield field + " " + quoted(value) + " is not one of the allowed " + listName
                        + Suggestion.didYouMean(value.asText(), allowed) + "; write one of: " + String.join(", ", allowed);
            }
            case "required" -> missing(pointer, field, subschemaAt, message.getProperty());
            case "additionalProperties" -> {
                List<String> known = names(tree.at(subschemaAt).path("properties"));
                String where = pointer.isEmpty() ? "" : " in " + field;
                yield "unknown field '" + message.getProperty() + "'" + where
                        + Suggestion.didYouMean(message.getProperty(), known)
                        + "; the fields" + (pointer.isEmpty() ? "" : " there") + " are: " + String.join(", ", known);
            }
            case "type" -> wrongType(pointer, field, value, subschemaAt, advice);
            case "pattern", "minimum", "maximum" -> lastSegment(subschemaAt).equals("partialDate")
                    ? field + " " + quoted(value) + " is not a date; " + advice
                    : field + " " + quoted(value) + " is not in the right form; " + advice;
            case "minItems" -> field + " is empty; " + (advice.isEmpty()
                    ? "give at least one item (" + lowerFirst(stripFinalStop(tree.at(subschemaAt).path("description").asText())) + ")"
                    : advice);
            case "minLength" -> field + " is empty; write the text";
            default -> field + ": " + message.getMessage().replaceFirst("^[^:]*: ", "");
        };
    }

    private String missing(String pointer, String field, String subschemaAt, String property) {
        JsonNode propertySchema = tree.at(subschemaAt).path("properties").path(property);
        if (lastSegment(subschemaAt).equals("bilingual")) {
            String language = Locale.forLanguageTag(property).getDisplayLanguage(Locale.ENGLISH);
            return field + " has no " + language + " text; " + advice(subschemaAt);
        }
        String where = pointer.isEmpty() ? "" : " in " + field;
        String example = propertySchema.path("examples").isEmpty()
                ? ""
                : ", e.g. " + property + ": " + flow(propertySchema.path("examples").get(0));
        String description = propertySchema.path("description").asText();
        if (description.isEmpty()) {
            description = advice(resolve(propertySchema));
        }
        return "the required field '" + property + "' is missing" + where + "; add it" + example
                + (description.isEmpty() ? "" : " (" + lowerFirst(stripFinalStop(description)) + ")");
    }

    private String wrongType(String pointer, String field, JsonNode value, String subschemaAt, String advice) {
        if (pointer.isEmpty()) {
            return "a case file must be lines of 'name: value', beginning with 'id:' and the file name";
        }
        if (advice.isEmpty()) {
            advice = adviceForType(tree.at(subschemaAt).path("type").asText());
        }
        if (value.isNull()) {
            return field + " is empty; " + advice + ", or leave the field out";
        }
        String shown = value.isValueNode() ? " " + quoted(value) : "";
        return field + shown + " is not in the right form; " + advice;
    }

    /** For a value whose schema is written in place rather than as a definition with its own advice. */
    private static String adviceForType(String type) {
        return switch (type) {
            case "array" -> "write a list, each item on its own line starting with '- '";
            case "object" -> "write its fields as indented 'name: value' lines under it";
            case "boolean" -> "write true or false";
            default -> "write plain text; put it in double quotes if it contains ':' or starts with a quote or bracket";
        };
    }

    /** The advice of the {@code $defs} entry at {@code subschemaAt}, or "" for a schema written in place. */
    private String advice(String subschemaAt) {
        if (!subschemaAt.matches("/\\$defs/[^/]+")) {
            return "";
        }
        return tree.at(subschemaAt).path("description").asText();
    }

    /** Where a property's {@code $ref} leads, or "" when it has none. */
    private static String resolve(JsonNode propertySchema) {
        String ref = propertySchema.path("$ref").asText();
        return ref.startsWith("#") ? ref.substring(1) : "";
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static String lastSegment(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String quoted(JsonNode value) {
        return "'" + (value.isValueNode() ? value.asText() : flow(value)) + "'";
    }

    /** A value as an editor would write it on one line of YAML: [a, b] or {ru: …, en: …}. */
    private static String flow(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(flow(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value.isObject()) {
            List<String> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                entries.add(entry.getKey() + ": " + flow(entry.getValue()));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        return value.asText();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String stripFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
