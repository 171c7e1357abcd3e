package org.labourrights.site.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.labourrights.site.model.Language;

/**
 * The front matter of a case's Hugo page in one language, from its case file: each bilingual text
 * in that language, the name as the public may see it (as {@code Case.displayName}), and the
 * values of the three facets the case list is browsed by (country, status, the years of its
 * events) as Hugo taxonomies. The {@code private:} block is left behind, as our build drops it.
 */
final class HugoCase {

    /** Fields copied as they are. */
    private static final String[] PLAIN = {"id", "kind", "country", "status", "status_since", "parent", "documents"};
    /** Fields with a text in each language. */
    private static final String[] BILINGUAL = {"role", "organisation", "sentence"};

    private HugoCase() {
    }

    static ObjectNode frontMatter(JsonNode c, Language language, ObjectMapper mapper) {
        String lang = language.code();
        ObjectNode page = mapper.createObjectNode();
        page.put("title", displayName(c, lang));
        for (String field : PLAIN) {
            if (c.has(field)) {
                page.set(field, c.get(field).isNumber() ? page.textNode(c.get(field).asText()) : c.get(field));
            }
        }
        for (String field : BILINGUAL) {
            if (c.has(field)) {
                page.put(field, c.get(field).get(lang).asText());
            }
        }
        // Other spellings would give away a name shown by initials or pseudonym; the rules forbid them then anyway.
        if (c.has("variants") && !c.has("name_display")) {
            page.set("variants", c.get("variants"));
        }
        ArrayNode charges = page.putArray("charges");
        c.path("charges").forEach(charge -> {
            ObjectNode item = charges.addObject();
            copyText(charge, item, "article");
            copyText(charge, item, "part");
            item.put("wording", charge.get("wording").get(lang).asText());
        });
        TreeSet<String> years = new TreeSet<>();
        ArrayNode events = page.putArray("events");
        c.path("events").forEach(event -> {
            String date = event.get("date").asText();
            years.add(date.substring(0, 4));
            events.addObject()
                    .put("date", date)
                    .put("type", event.get("type").asText())
                    .put("text", event.get("text").get(lang).asText())
                    .set("sources", event.get("sources"));
        });
        ArrayNode demands = page.putArray("demands");
        c.path("demands").forEach(demand -> demands.add(demand.get(lang).asText()));
        ArrayNode affiliates = page.putArray("affiliates");
        c.path("affiliates").forEach(affiliate -> affiliates.add(affiliate.get(lang).asText()));
        ArrayNode sources = page.putArray("sources");
        c.path("sources").forEach(source -> {
            ObjectNode item = sources.addObject().put("document", source.get("document").asText());
            if (source.has("note")) {
                item.put("note", source.get("note").get(lang).asText());
            }
        });
        page.putArray("case_countries").add(c.get("country").asText());
        page.putArray("case_statuses").add(c.get("status").asText());
        ArrayNode yearTerms = page.putArray("case_years");
        years.forEach(yearTerms::add);
        // The page and its Atom feed of events, like ours: /ru/cases/<id>/feed.xml.
        page.putArray("outputs").add("html").add("rss");
        return page;
    }

    private static void copyText(JsonNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.put(field, from.get(field).asText());
        }
    }

    /** As {@code Case.displayName}: the full name, its initials ("Е. Н."), or the pseudonym. */
    static String displayName(JsonNode c, String lang) {
        String display = c.path("name_display").asText("full");
        String name = c.get("name").get(lang).asText().strip();
        return switch (display) {
            case "initials" -> Arrays.stream(name.split("\\s+"))
                    .map(word -> new String(Character.toChars(word.codePointAt(0))) + ".")
                    .collect(Collectors.joining(" "));
            case "pseudonym" -> c.get("pseudonym").get(lang).asText();
            default -> name;
        };
    }
}
