package org.labourrights.site.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Language;

/**
 * Cases by country and status as a bar chart drawn at build time: an SVG needs no script and no
 * library, and prints. The same counts go into a table beside it, which is the text alternative.
 *
 * @param svg  the drawing, safe to print as it is: every label in it is escaped here
 * @param rows per country, its name and its count of cases in each status
 */
public record CaseChart(String svg, List<Row> rows, List<String> statuses) {

    /** One bar: a country and how many of its cases stand at each status. */
    public record Row(String code, String name, Map<String, Integer> byStatus, int total) { }

    /** Colours far enough apart, and dark enough for white text, in the status list's order. */
    private static final String[] COLOURS = {
        "#8a1c1c", "#9a3412", "#854d0e", "#3f6212", "#166534", "#115e59", "#075985",
        "#1e40af", "#5b21b6", "#86198f", "#9f1239", "#374151", "#44403c", "#1f2937"};
    private static final int WIDTH = 640;
    private static final int LABEL = 150;
    private static final int BAR = 22;
    private static final int GAP = 10;

    public static CaseChart of(List<Case> cases, Language language, Messages messages) {
        List<String> statuses = new ArrayList<>(CasePages.byStatus(cases).keySet());
        List<Row> rows = new ArrayList<>();
        CasePages.byCountry(cases).forEach((code, inCountry) -> {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (String status : statuses) {
                byStatus.put(status, (int) inCountry.stream().filter(c -> c.status().yaml().equals(status)).count());
            }
            rows.add(new Row(code, messages.country(language, code), byStatus, inCountry.size()));
        });
        return new CaseChart(draw(rows, statuses, language, messages), rows, statuses);
    }

    private static String draw(List<Row> rows, List<String> statuses, Language language, Messages messages) {
        int max = rows.stream().mapToInt(Row::total).max().orElse(1);
        double unit = (WIDTH - LABEL - 40) / (double) Math.max(max, 1);
        int legendTop = rows.size() * (BAR + GAP) + 10;
        int legendRows = (statuses.size() + 1) / 2;
        int height = legendTop + legendRows * 24 + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"chart\" role=\"img\""
                        + " aria-labelledby=\"chart-title\" focusable=\"false\">", WIDTH, height));
        svg.append("<title id=\"chart-title\">").append(MarkupText.escape(messages.text(language, "cases.chart.title")))
                .append("</title>");
        int y = 0;
        for (Row row : rows) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"14\""
                    + " fill=\"#1b1b1b\">%s</text>", LABEL - 8, y + 16, MarkupText.escape(row.name())));
            double x = LABEL;
            for (int i = 0; i < statuses.size(); i++) {
                int count = row.byStatus().get(statuses.get(i));
                if (count == 0) {
                    continue;
                }
                double w = count * unit;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                        + " fill=\"%s\"/>", x, y, w, BAR, colour(i)));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\""
                        + " font-size=\"13\" fill=\"#fff\">%d</text>", x + w / 2, y + 16, count));
                x += w;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" fill=\"#555\">%d</text>",
                    x + 6, y + 16, row.total()));
            y += BAR + GAP;
        }
        for (int i = 0; i < statuses.size(); i++) {
            int lx = (i % 2) * (WIDTH / 2) + 10;
            int ly = legendTop + (i / 2) * 24;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>",
                    lx, ly, colour(i)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#1b1b1b\">%s</text>",
                    lx + 20, ly + 12, MarkupText.escape(messages.text(language, "status." + statuses.get(i)))));
        }
        return svg.append("</svg>").toString();
    }

    private static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

}
