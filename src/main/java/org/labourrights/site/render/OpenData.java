package org.labourrights.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseEvent;
import org.labourrights.site.model.CaseSource;
import org.labourrights.site.model.Charge;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.OutsideSource;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.RelatedCase;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.StatusAsOf;
import org.labourrights.site.model.Texts;
import org.labourrights.site.model.Urls;

/**
 * The case database for download, {@code /data/cases.json} and {@code /data/cases.csv}, so that
 * journalists and researchers can count and cite without scraping. Only the public cases of the
 * {@link Site}, and of each only what its page shows: names as they may be shown, no private notes.
 */
public final class OpenData {

    public static final String JSON = "/data/cases.json";
    public static final String CSV = "/data/cases.csv";

    /** The CSV's columns, in order; the cases page documents each of them. */
    /**
     * The table's columns: a text in each language (the international one first: name_en,
     * name_ru), the charges and the sentence in the international one only.
     */
    public static List<String> columns(Languages languages) {
        List<String> columns = new ArrayList<>(List.of("id", "kind"));
        perLanguage(columns, "name", languages);
        columns.addAll(List.of("country", "status", "status_since", "status_as_of", "status_source",
                "status_needs_checking"));
        perLanguage(columns, "role", languages);
        perLanguage(columns, "organisation", languages);
        String international = languages.international().code();
        columns.addAll(List.of("charges_" + international, "sentence_" + international, "events", "first_event",
                "last_event"));
        perLanguage(columns, "url", languages);
        columns.add("documents");
        return List.copyOf(columns);
    }

    private static void perLanguage(List<String> columns, String name, Languages languages) {
        languages.internationalFirst().forEach(language -> columns.add(name + "_" + language.code()));
    }

    private OpenData() {
    }

    /**
     * What both files are made from: each public case, and the address of every document it
     * links. Equal inputs make equal files, so the preview writes them again only when these differ.
     */
    public static List<Object> inputs(Site site, String baseUrl) {
        List<Object> inputs = new ArrayList<>(List.of(baseUrl));
        for (Case c : site.cases()) {
            inputs.add(c);
            inputs.add(documentUrls(site, c, baseUrl));
            inputs.add(site.statusAsOf(c));
            inputs.add(site.needsChecking(c));
            inputs.add(site.relatedTo(c));
            for (DocumentKey key : c.citedDocuments()) {
                inputs.add(documentUrl(site, key, baseUrl));
            }
        }
        return inputs;
    }

    public static String json(Site site, String baseUrl) {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Case c : site.cases()) {
            cases.add(record(site, c, baseUrl));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cases", cases);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 with a byte-order mark, which spreadsheet programs need to read Cyrillic correctly. */
    public static String csv(Site site, String baseUrl) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<Language> languages = site.languages().internationalFirst();
        Language international = site.languages().international();
        csv.append(String.join(",", columns(site.languages()))).append("\r\n");
        for (Case c : site.cases()) {
            List<String> events = c.events().stream().filter(e -> e.date().isKnown())
                    .map(e -> e.date().iso()).sorted().toList();
            List<String> row = new ArrayList<>(List.of(c.id(), c.kind().name().toLowerCase(java.util.Locale.ROOT)));
            languages.forEach(language -> row.add(c.displayName(language)));
            row.addAll(List.of(
                    c.country(),
                    c.status().yaml(),
                    iso(c.statusSince()),
                    site.statusAsOf(c).map(asOf -> asOf.date().iso()).orElse(""),
                    site.statusAsOf(c).map(asOf -> statusSource(site, asOf, baseUrl)).orElse(""),
                    site.needsChecking(c) ? "yes" : "no"));
            languages.forEach(language -> row.add(text(c.role(), language)));
            languages.forEach(language -> row.add(text(c.organisation(), language)));
            row.addAll(List.of(
                    c.charges().stream().map(ch -> ch.wording().in(international)).collect(Collectors.joining("; ")),
                    text(c.sentence(), international),
                    Integer.toString(c.events().size()),
                    events.isEmpty() ? "" : events.get(0),
                    events.isEmpty() ? "" : events.get(events.size() - 1)));
            languages.forEach(language -> row.add(baseUrl + Urls.caseUrl(language, c.id())));
            row.add(documentUrls(site, c, baseUrl).stream().collect(Collectors.joining(" ")));
            csv.append(row.stream().map(OpenData::quote).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static Map<String, Object> record(Site site, Case c, String baseUrl) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", c.id());
        r.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
        r.put("name", inEach(site, language -> c.displayName(language)));
        if (c.nameDisplay() == Case.NameDisplay.FULL && !c.variants().isEmpty()) {
            r.put("name_variants", c.variants());
        }
        r.put("country", c.country());
        r.put("status", c.status().yaml());
        r.put("status_since", c.statusSince() == null ? null : c.statusSince().iso());
        r.put("status_as_of", site.statusAsOf(c).map(asOf -> asOf.date().iso()).orElse(null));
        r.put("status_source", site.statusAsOf(c).map(asOf -> statusSource(site, asOf, baseUrl)).orElse(null));
        r.put("status_needs_checking", site.needsChecking(c));
        r.put("role", written(site, c.role()));
        r.put("organisation", written(site, c.organisation()));
        List<Map<String, Object>> charges = new ArrayList<>();
        for (Charge charge : c.charges()) {
            Map<String, Object> ch = new LinkedHashMap<>();
            ch.put("code", charge.code());
            ch.put("article", charge.article());
            ch.put("part", charge.part());
            ch.put("wording", written(site, charge.wording()));
            charges.add(ch);
        }
        r.put("charges", charges);
        r.put("sentence", written(site, c.sentence()));
        List<Map<String, Object>> events = new ArrayList<>();
        for (CaseEvent event : CasePages.newestFirst(c.events())) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("date", event.date().iso());
            e.put("type", event.type().name().toLowerCase(java.util.Locale.ROOT));
            e.put("text", written(site, event.text()));
            e.put("sources", event.sources().stream().map(k -> documentUrl(site, k, baseUrl)).toList());
            events.add(e);
        }
        r.put("events", events);
        r.put("demands", c.demands().stream().map(d -> written(site, d)).toList());
        // Addresses, as before outside pages could be cited; "outside_sources" says what each outside one is.
        r.put("sources", c.sources().stream()
                .map(s -> s.isOutside() ? s.outside().url() : documentUrl(site, s.document(), baseUrl)).toList());
        List<Map<String, Object>> outside = new ArrayList<>();
        for (CaseSource source : c.sources()) {
            if (source.isOutside()) {
                OutsideSource page = source.outside();
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("url", page.url());
                o.put("title", page.title());
                o.put("title_translation", written(site, page.titleTranslation()));
                o.put("publisher", page.publisher());
                o.put("date", page.date().isKnown() ? page.date().iso() : null);
                o.put("language", page.language());
                o.put("archive", page.archive());
                outside.add(o);
            }
        }
        r.put("outside_sources", outside);
        List<Map<String, Object>> relations = new ArrayList<>();
        for (RelatedCase related : site.relatedTo(c)) {
            // "inverse": the other case is leader_of (member_of…) this one, not this one of it.
            Map<String, Object> relation = new LinkedHashMap<>();
            relation.put("kind", related.kind().yaml());
            relation.put("inverse", related.inverse());
            relation.put("case", related.other().id());
            relation.put("source", documentUrl(site, related.source(), baseUrl));
            relations.add(relation);
        }
        r.put("relations", relations);
        r.put("url", inEach(site, language -> baseUrl + Urls.caseUrl(language, c.id())));
        return r;
    }

    private static String statusSource(Site site, StatusAsOf asOf, String baseUrl) {
        return asOf.outside() != null ? asOf.outside().url() : documentUrl(site, asOf.source(), baseUrl);
    }

    private static List<String> documentUrls(Site site, Case c, String baseUrl) {
        return site.documentsAbout(c, site.languages().international()).stream().map(d -> baseUrl + Urls.document(d))
                .toList();
    }

    /**
     * Case files cite documents by section and name; the international (English) page is the
     * citation, or another while it is not out (a draft, or not written yet). The build has checked
     * that every cited document is public in one language at least.
     */
    private static String documentUrl(Site site, DocumentKey key, String baseUrl) {
        return site.findAny(key).map(d -> baseUrl + Urls.document(d))
                .orElseThrow(() -> new IllegalStateException("a case cites " + key + ", which is not public"));
    }

    /**
     * A text by language code, the international one first ("en", then "ru"), in one order every
     * run: Map.of would order them differently, and the file must not change.
     */
    private static Map<String, String> inEach(Site site, java.util.function.Function<Language, String> text) {
        Map<String, String> all = new LinkedHashMap<>();
        site.languages().internationalFirst().forEach(language -> all.put(language.code(), text.apply(language)));
        return all;
    }

    /** A case's text by language code, as {@link #inEach}; only the languages it is written in. */
    private static Map<String, String> written(Site site, Texts text) {
        if (text == null) {
            return null;
        }
        Map<String, String> all = new LinkedHashMap<>();
        site.languages().internationalFirst().stream().filter(text::isWrittenIn)
                .forEach(language -> all.put(language.code(), text.in(language)));
        return all;
    }

    private static String text(Texts text, Language language) {
        return text == null ? "" : text.in(language);
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.iso();
    }

    /**
     * A cell as spreadsheets read it. A cell beginning with '=', '+', '-', '@', a tab or a carriage
     * return is a formula to Excel and LibreOffice, which a case text must never become (it could
     * fetch an address or run a command on a researcher's computer): such a cell gets a leading
     * apostrophe, as OWASP recommends, and is quoted. The case page says so beside the columns.
     */
    static String quote(String value) {
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        String cell = formula ? "'" + value : value;
        if (formula || cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
