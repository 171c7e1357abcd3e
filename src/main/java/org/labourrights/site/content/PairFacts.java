package org.labourrights.site.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.labourrights.site.model.Campaign;
import org.labourrights.site.model.Document;

/**
 * The facts a document states once, whatever the language: when it is dated, which language it
 * was written in, which countries, topics and cases it concerns, when it may be published, and
 * for a campaign when it runs and whether it is open. Each must be written the same in both files
 * of a translation pair: an embargo written in one file only would let the other language out
 * early, and a date corrected in one only would make the two pages disagree.
 */
final class PairFacts {

    /** A fact: the front-matter field it is written in, and how to read and show it. */
    private record Fact(String field, Function<Document, Object> value) { }

    private static final Fact ORIGINAL = new Fact("original", d -> d.original().code());
    private static final List<Fact> FACTS = List.of(
            new Fact("date", d -> d.date().iso()),
            ORIGINAL,
            new Fact("countries", Document::countries),
            new Fact("tags", Document::tags),
            new Fact("cases", Document::cases),
            new Fact("embargo", Document::embargo),
            new Fact("opens", d -> campaign(d, c -> c.opens().iso())),
            new Fact("closes", d -> campaign(d, c -> c.closes() == null ? null : c.closes().iso())),
            new Fact("state", d -> campaign(d, c -> c.state().name().toLowerCase(java.util.Locale.ROOT))),
            new Fact("respond_by", d -> campaign(d, c -> c.respondBy() == null ? null : c.respondBy().iso())),
            // The texts are each language's own; the news they tell, and when, is one.
            new Fact("updates", d -> campaign(d, c -> c.updates().stream().map(u -> u.date().iso()).toList())));

    private PairFacts() {
    }

    /**
     * Every fact on which the translation disagrees with its original, reported in the translation.
     * While one of the two is a draft only the original language is compared: a draft may still be
     * incomplete, and it is published nowhere (an embargo holds its pair all the same, see
     * {@link SiteAssembler}).
     */
    static List<Problem> disagreements(Document one, Document other) {
        Document translation = one.isOriginal() ? other : one;
        Document original = translation == other ? one : other;
        boolean bothPublished = one.status() == Document.Status.PUBLISHED && other.status() == Document.Status.PUBLISHED;
        List<Problem> problems = new ArrayList<>();
        for (Fact fact : bothPublished ? FACTS : List.of(ORIGINAL)) {
            Object mine = fact.value().apply(translation);
            Object theirs = fact.value().apply(original);
            if (!Objects.equals(mine, theirs)) {
                problems.add(new Problem(translation.sourcePath(), translation.lineOf(fact.field()), "'" + written(fact,
                        mine) + "' disagrees with its translation " + original.sourcePath() + ", which says '"
                        + written(fact, theirs)
                        + "'; " + advice(fact)));
            }
        }
        return problems;
    }

    private static String advice(Fact fact) {
        return switch (fact.field()) {
            case "original" -> "both files must name the language the document was first written in";
            case "embargo" -> "an embargo holds both languages: write the same moment in both files, or in neither";
            default -> "this is a fact of the document, the same in both languages: write the same in both files";
        };
    }

    private static String written(Fact fact, Object value) {
        if (value == null) {
            return "no " + fact.field();
        }
        String text = value instanceof List<?> list ? "[" + String.join(", ", list.stream().map(String::valueOf).toList())
                + "]" : value.toString();
        return fact.field() + ": " + text;
    }

    private static Object campaign(Document document, Function<Campaign, Object> value) {
        return document.campaign() == null ? null : value.apply(document.campaign());
    }
}
