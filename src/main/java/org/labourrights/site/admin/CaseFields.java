package org.labourrights.site.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The fields of a case file as Decap CMS fields, read from {@code schema/case.schema.json}, the
 * same file the build checks case files against: a property of the schema becomes a field, its
 * {@code description} the field's hint, a closed list a select, a pattern a pattern, a text
 * written in the site's languages an object of a field per language. So the editor and the build cannot disagree
 * about what a case file may hold. Labels are the schema's names made readable.
 *
 * <p>{@code private:} is left out on purpose: it holds notes for the Mission's staff (contacts,
 * lawyers) in any form, which a form could only flatten. Decap keeps fields it does not show, so
 * saving a case from the editor leaves its private notes as they were.
 */
final class CaseFields {

    /** Properties deliberately absent from the editor; see the class comment. */
    static final Set<String> NOT_IN_EDITOR = Set.of("private");

    private final JsonNode schema;
    private final Languages languages;
    private final Map<String, String> countries;

    CaseFields(JsonNode schema, Languages languages, Map<String, String> countries) {
        this.schema = schema;
        this.languages = languages;
        this.countries = countries;
    }

    List<Widget> fields() {
        List<Widget> fields = new ArrayList<>();
        Set<String> required = names(schema.path("required"));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (!NOT_IN_EDITOR.contains(property.getKey())) {
                fields.add(field(property.getKey(), property.getValue(), required.contains(property.getKey())));
            }
        });
        return fields;
    }

    private Widget field(String name, JsonNode property, boolean required) {
        String definition = definitionName(property);
        JsonNode resolved = resolve(property);
        Widget widget = widget(name, resolved, definition, required);
        widget.hint(property.path("description").asText(resolved.path("description").asText()));
        return required ? widget.required() : widget;
    }

    /**
     * @param required whether a value must be there: Decap checks the inner fields of an object even
     *                 when the object itself is optional and left empty, so the languages of an
     *                 optional text are optional in the form; the build still refuses one without
     *                 the others
     */
    private Widget widget(String name, JsonNode schemaOf, String definition, boolean required) {
        String label = label(name);
        if ("bilingual".equals(definition)) {
            return Widget.of(name, label, "object").fields(texts(required));
        }
        if ("countryCode".equals(definition)) {
            return Widget.of(name, label, "select").options(countries);
        }
        if (schemaOf.has("enum")) {
            Map<String, String> options = new LinkedHashMap<>();
            schemaOf.path("enum").forEach(value -> options.put(value.asText(), value.asText().replace('_', ' ')));
            return Widget.of(name, label, "select").options(options);
        }
        if ("boolean".equals(schemaOf.path("type").asText())) {
            return Widget.of(name, label, "boolean");
        }
        if ("array".equals(schemaOf.path("type").asText())) {
            return list(name, label, schemaOf);
        }
        if ("object".equals(schemaOf.path("type").asText())) {
            // As for a text in the site's languages: an optional object's own fields are optional in the
            // form, or Decap would refuse to save a case that leaves it out (status_as_of).
            return Widget.of(name, label, "object").fields(objectFields(schemaOf, required));
        }
        Widget text = Widget.of(name, label, "string");
        if (schemaOf.has("pattern")) {
            text.pattern(schemaOf.path("pattern").asText(), schemaOf.path("description").asText());
        }
        return text;
    }

    /** A list: of objects (events, charges, sources), of texts in the site's languages, or of single values. */
    private Widget list(String name, String label, JsonNode array) {
        JsonNode items = array.path("items");
        String itemDefinition = definitionName(items);
        JsonNode item = resolve(items);
        Widget list = Widget.of(name, label, "list");
        if (array.has("minItems")) {
            list.option("min", array.path("minItems").asInt());
        }
        // An item of a list is there because the editor added it: what it needs, it needs.
        if ("bilingual".equals(itemDefinition)) {
            return list.fields(texts(true)).option("summary", "{{fields." + languages.international().code() + "}}");
        }
        if ("object".equals(item.path("type").asText())) {
            return list.fields(objectFields(item, true)).option("summary", summary(item));
        }
        return list.field(widget(singular(name), item, itemDefinition, true).required());
    }

    /**
     * A text as a field per language of the site; where it must be there, those a case file must
     * be written in are required (case_languages), the others may wait for a translator.
     */
    private List<Widget> texts(boolean required) {
        List<Widget> fields = new ArrayList<>();
        for (Language language : languages.all()) {
            Widget field = Widget.of(language.code(), language.englishName(), "text");
            fields.add(required && languages.cases().contains(language) ? field.required() : field);
        }
        return fields;
    }

    /** @param present whether the object is surely there (required, or an item added to a list) */
    private List<Widget> objectFields(JsonNode object, boolean present) {
        List<Widget> fields = new ArrayList<>();
        Set<String> required = present ? names(object.path("required")) : Set.of();
        object.path("properties").fields().forEachRemaining(property ->
                fields.add(field(property.getKey(), property.getValue(), required.contains(property.getKey()))));
        return fields;
    }

    /** What a collapsed item of a list shows: its date and type, or its text in the international language. */
    private String summary(JsonNode item) {
        JsonNode properties = item.path("properties");
        if (properties.has("date") && properties.has("type")) {
            return "{{fields.date}} · {{fields.type}}";
        }
        if (properties.has("document")) {
            return "{{fields.document}}";
        }
        return "{{fields.wording." + languages.international().code() + "}}";
    }

    private JsonNode resolve(JsonNode property) {
        String ref = property.path("$ref").asText();
        return ref.startsWith("#") ? schema.at(ref.substring(1)) : property;
    }

    /** "bilingual" for {@code {"$ref": "#/$defs/bilingual"}}, or null for a schema written in place. */
    private static String definitionName(JsonNode property) {
        String ref = property.path("$ref").asText();
        return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : null;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    /** "status_since" → "Status since". */
    static String label(String name) {
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String singular(String name) {
        if (name.equals("aliases")) {
            return "alias";
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
