package org.labourrights.site.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.model.Language;

/**
 * The region on a map, drawn at build time with the number of cases in each country: the
 * countries of Central Asia, Belarus, Russia and Mongolia, each a link to its page where the site
 * has one. The borders are Natural Earth's, turned into path data once by
 * {@code src/build/map/region-map.mjs} (README, "The map"); no script, nothing from elsewhere.
 * The rows are the same counts as text, the map's alternative.
 *
 * @param svg  the drawing, safe to print as it is: every text in it is escaped here
 * @param rows each country of the map by its name in the page's language, with its cases
 */
public record RegionMap(String svg, List<Row> rows) {

    public record Row(String code, String name, int cases, boolean linked) { }

    private static final JsonNode DRAWING = read();
    /** Shades of the site's red, darker for more cases; light grey for none. Text stays legible on each. */
    private static final String NONE = "#e5e7eb";

    /**
     * @param cases    the public cases in each country, by ISO code
     * @param linkable the countries that have a page of their own
     * @param current  the country whose page this is, drawn outlined, or null
     */
    public static RegionMap of(Map<String, Integer> cases, Set<String> linkable, String current, Language language,
                               Messages messages) {
        int width = DRAWING.get("width").asInt();
        int height = DRAWING.get("height").asInt();
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"region-map\" role=\"group\""
                        + " aria-labelledby=\"map-title\">", width, height));
        svg.append("<title id=\"map-title\">").append(MarkupText.escape(messages.text(language, "map.title"))).append("</title>");
        List<Row> rows = new ArrayList<>();
        StringBuilder labels = new StringBuilder();
        DRAWING.get("countries").fields().forEachRemaining(entry -> {
            String code = entry.getKey();
            int count = cases.getOrDefault(code, 0);
            String name = messages.country(language, code);
            boolean linked = linkable.contains(code);
            rows.add(new Row(code, name, count, linked));
            String title = MarkupText.escape(name + ": " + messages.text(language, "map.cases", count));
            String path = String.format(Locale.ROOT, "<path d=\"%s\" fill=\"%s\" class=\"%s\"><title>%s</title></path>",
                    entry.getValue().get("path").asText(), fill(count), code.equals(current) ? "current" : "country",
                    title);
            // A group, not an image: its countries are links, each named as its shape's tooltip says.
            svg.append(linked ? "<a href=\"" + MarkupText.escape(org.labourrights.site.model.Urls.country(language, code))
                    + "\" aria-label=\"" + title + "\">" + path + "</a>" : path);
            if (count > 0) {
                JsonNode at = entry.getValue().get("label");
                // After every country, so that no neighbour's shape covers a number.
                labels.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\""
                        + " class=\"map-count\" aria-hidden=\"true\">%d</text>", at.get(0).asInt(), at.get(1).asInt() + 6,
                        count));
            }
        });
        svg.append(labels).append("</svg>");
        rows.sort(java.util.Comparator.comparing(Row::cases).reversed().thenComparing(Row::name));
        return new RegionMap(svg.toString(), rows);
    }

    private static String fill(int count) {
        if (count == 0) {
            return NONE;
        }
        return count <= 2 ? "#f4b4b4" : count <= 5 ? "#e06666" : "#a61c1c";
    }

    private static JsonNode read() {
        try (InputStream in = RegionMap.class.getClassLoader().getResourceAsStream("map/region.json")) {
            if (in == null) {
                throw new IllegalStateException("map/region.json is not on the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
