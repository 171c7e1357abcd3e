package org.labourrights.site.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a Decap CMS collection, as Decap's config.yml writes it ({@code name}, {@code label},
 * {@code widget} and the widget's options), built in a readable chain and turned into the plain map
 * that is written out. Decap makes every field required unless told otherwise, so the required ones
 * say so here and every other field is written with {@code required: false}.
 */
final class Widget {

    /**
     * How a field of a bilingual document behaves in Decap's side-by-side editor. Every field of
     * such a document needs one, nested fields too: without it Decap leaves the field out of the
     * second language's file.
     */
    enum I18n {
        /**
         * Written separately in each language (titles, texts). Spelled {@code true}, which Decap
         * reads as "translate" and, unlike the word, also accepts for lists.
         */
        TRANSLATE(true),
        /** A fact that must not differ between the two files: entered once, copied to the other. */
        DUPLICATE("duplicate");

        final Object yaml;

        I18n(Object yaml) {
            this.yaml = yaml;
        }
    }

    private final Map<String, Object> map = new LinkedHashMap<>();

    private Widget(String name, String label, String widget) {
        map.put("name", name);
        map.put("label", label);
        map.put("widget", widget);
        map.put("required", false);
    }

    static Widget of(String name, String label, String widget) {
        return new Widget(name, label, widget);
    }

    Widget required() {
        map.put("required", true);
        return this;
    }

    Widget hint(String hint) {
        if (hint != null && !hint.isBlank()) {
            map.put("hint", hint);
        }
        return this;
    }

    /** A regular expression the value must match, and what to tell the editor when it does not. */
    Widget pattern(String regex, String advice) {
        map.put("pattern", List.of(regex, advice));
        return this;
    }

    Widget i18n(I18n mode) {
        map.put("i18n", mode.yaml);
        return this;
    }

    Widget option(String key, Object value) {
        map.put(key, value);
        return this;
    }

    /** Select options shown with a label but written as their value. */
    Widget options(Map<String, String> labelByValue) {
        List<Map<String, String>> options = new ArrayList<>();
        labelByValue.forEach((value, label) -> {
            // Ordered maps only: Map.of iterates in an order that changes from run to run.
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", label);
            option.put("value", value);
            options.add(option);
        });
        map.put("options", options);
        return this;
    }

    Widget fields(List<Widget> fields) {
        map.put("fields", fields.stream().map(Widget::toMap).toList());
        return this;
    }

    /** The one field of a list of single values ({@code field:}, not {@code fields:}). */
    Widget field(Widget field) {
        map.put("field", field.toMap());
        return this;
    }

    String name() {
        return (String) map.get("name");
    }

    Map<String, Object> toMap() {
        return map;
    }
}
