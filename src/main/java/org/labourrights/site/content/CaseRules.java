package org.labourrights.site.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Urls;

/**
 * What a schema cannot say, or cannot say clearly, about one case file: the safety rules (a photo
 * only with consent, a hidden name kept hidden), the id matching the file name, and dates and
 * codes that have the right form but do not exist. The rules read the raw tree and tolerate
 * values of the wrong type, which the schema reports, so that an editor sees every problem at once.
 */
final class CaseRules {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern MOMENT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());
    static final String DATE_ADVICE = "write the date as YYYY-MM-DD (2022-11-15), or only YYYY-MM or YYYY when the"
            + " source gives no more; leave the field out when it gives no date";

    private final String file;
    private final JsonNode root;
    private final YamlLines lines;
    private final List<Problem> problems = new ArrayList<>();

    private final Languages languages;

    private CaseRules(String file, JsonNode root, YamlLines lines, Languages languages) {
        this.languages = languages;
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    static List<Problem> check(String file, JsonNode root, YamlLines lines, Languages languages) {
        CaseRules rules = new CaseRules(file, root, lines, languages);
        if (root.isObject()) {
            rules.idIsTheFileName();
            rules.photoOnlyWithConsent();
            rules.hiddenNamesStayHidden();
            rules.datesAreReal();
            rules.countryExists();
            rules.embargoIsAMoment();
            rules.notItsOwnParent();
            rules.eachSourceIsOneKind();
            rules.aliasesArePaths();
            rules.lettersOnlyToANamedPerson();
        }
        return rules.problems;
    }

    /** What an outside page needs for a reader to find it and judge it; a document of the site needs none of it. */
    private static final List<String> OUTSIDE_NEEDS = List.of("title", "publisher", "language");
    private static final List<String> OUTSIDE_ONLY = List.of("title", "title_translation", "publisher", "date",
            "language", "archive");

    /** A source is a document of the site or a page elsewhere, never both, and an outside one says what it is. */
    private void eachSourceIsOneKind() {
        JsonNode sources = root.get("sources");
        if (sources != null && sources.isArray()) {
            for (int i = 0; i < sources.size(); i++) {
                sourceIsOneKind(sources.get(i), "/sources/" + i);
            }
        }
        JsonNode letters = root.path("letters").get("source");
        if (letters != null) {
            sourceIsOneKind(letters, "/letters/source");
        }
    }

    private void sourceIsOneKind(JsonNode source, String at) {
        if (!source.isObject()) {
            return;
        }
        String which = CaseFieldNames.describe(at, languages);
        boolean document = source.has("document");
        boolean outside = source.has("url");
        if (document == outside) {
            problem(at, which + (document ? " has both 'document:' and 'url:'; write one source per item"
                    : " names nothing; write 'document: <section>/<name>' for a document of the site, or 'url:'"
                    + " with 'title:', 'publisher:' and 'language:' for a page elsewhere"));
        } else if (outside) {
            for (String field : OUTSIDE_NEEDS) {
                if (!source.has(field)) {
                    problem(at + "/url", which + " is an outside page without '" + field + ":'; write "
                            + switch (field) {
                                case "title" -> "its title as it publishes it";
                                case "publisher" -> "who published it";
                                default -> "its language as a two-letter code, e.g. language: ru";
                            });
                }
            }
        } else {
            for (String field : OUTSIDE_ONLY) {
                if (source.has(field)) {
                    problem(at + "/" + field, which + ": '" + field + ":' describes an outside page (with 'url:');"
                            + " a document of the site has its own, so delete it");
                }
            }
        }
    }

    /**
     * A prisoner's address only for a person whose name the site shows: on a case shown by
     * initials or a pseudonym it would tell who and where the person is.
     */
    private void lettersOnlyToANamedPerson() {
        if (!root.has("letters")) {
            return;
        }
        String display = text("name_display");
        if (display != null && !display.equals("full")) {
            problem("/letters", "'letters' would publish the address of a person whose name 'name_display: " + display
                    + "' hides, and an address tells who and where they are; remove the letters block");
        } else if ("organisation".equals(text("kind"))) {
            problem("/letters", "'letters' is how to write to a person in prison; an organisation's case has none,"
                    + " so remove it");
        }
    }

    /** A case's page is in every language, so an alias may begin with any of their prefixes. */
    private void aliasesArePaths() {
        JsonNode aliases = root.path("aliases");
        for (int i = 0; i < aliases.size(); i++) {
            JsonNode alias = aliases.get(i);
            String problem = alias.isTextual() ? AliasRules.problem(alias.asText().strip(), null,
                    Urls.cases(languages.first()) + "old-name/", languages) : null;
            if (problem != null) {
                problem("/aliases/" + i, problem);
            }
        }
    }

    private void problem(String pointer, String message) {
        problems.add(new Problem(file, lines.lineOf(pointer), message));
    }

    private String text(String field) {
        JsonNode value = root.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The file name is the web address; an id that differs would give a case two names. */
    private void idIsTheFileName() {
        String expected = idFromFileName(file);
        if (!ID.matcher(expected).matches()) {
            problem("", "the file name '" + expected + "' becomes the web address, so it may use only small Latin letters,"
                    + " digits and hyphens: rename it, e.g. to " + SourceName.suggestSlug(expected) + ".yaml");
            return;
        }
        String id = text("id");
        if (id != null && !id.equals(expected)) {
            problem("/id", "id '" + id + "' differs from the file name; the id must be the file name without .yaml:"
                    + " id: " + expected);
        }
    }

    static String idFromFileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private void photoOnlyWithConsent() {
        if (text("photo") == null) {
            return;
        }
        JsonNode consent = root.get("photo_consent");
        if (consent == null || !consent.isBoolean() || !consent.booleanValue()) {
            problem("/photo", "'photo' needs 'photo_consent: true' (the person's written consent) — remove the photo"
                    + " or record the consent");
        }
        String display = text("name_display");
        if ("initials".equals(display) || "pseudonym".equals(display)) {
            problem("/photo", "'photo' would show the face of a person whose name is hidden ('name_display: " + display
                    + "'); remove the photo, or show the name in full");
        }
    }

    /**
     * With initials or a pseudonym, nothing may carry the real name to the page: not the variants,
     * not the id (it is in every web address), not a word of any text, in either script.
     */
    private void hiddenNamesStayHidden() {
        String display = text("name_display");
        if ("pseudonym".equals(display) && root.get("pseudonym") == null) {
            List<String> codes = languages.cases().stream().map(Language::code).toList();
            problem("/name_display", "'name_display: pseudonym' needs a 'pseudonym' in " + (codes.size() == 2
                    ? "both languages" : String.join(", ", codes)) + ", e.g. pseudonym: {"
                    + codes.stream().map(code -> code + ": …").collect(Collectors.joining(", "))
                    + "} — add it, or write name_display: initials");
        }
        if (!"initials".equals(display) && !"pseudonym".equals(display)) {
            return;
        }
        if (root.get("variants") != null) {
            problem("/variants", "'variants' would show the real name that 'name_display: " + display + "' hides;"
                    + " remove the variants, or show the name in full");
        }
        HiddenName name = hiddenName(root);
        if (name == null) {
            return;
        }
        String id = text("id");
        if (id != null && name.appearsIn(id.replace('-', ' '))) {
            problem("/id", "the id '" + id + "' spells the name that 'name_display: " + display + "' hides, and the id is"
                    + " part of every web address of the case: give the file a name that says nothing of the person,"
                    + " e.g. " + root.path("country").asText("xx").toLowerCase(Locale.ROOT) + "-case-1.yaml, with the"
                    + " same id inside");
        }
        hiddenNameInTexts(root, "", name, display);
    }

    /** The real name of a case whose name is hidden, from the tree as written; null if the tree has none. */
    static HiddenName hiddenName(JsonNode root) {
        JsonNode name = root.get("name");
        if (name == null || !name.isObject()) {
            return null;
        }
        // Every language's spelling: a name hidden in Russian and English is hidden in Kazakh too.
        List<String> spellings = new ArrayList<>();
        name.elements().forEachRemaining(spelling -> spellings.add(spelling.asText("")));
        return HiddenName.of(spellings.toArray(String[]::new));
    }

    private void hiddenNameInTexts(JsonNode node, String pointer, HiddenName name, String display) {
        if (node.isTextual()) {
            List<HiddenName.Match> found = name.find(node.asText());
            if (!found.isEmpty()) {
                problem(pointer, CaseFieldNames.describe(pointer, languages) + " holds the real name that 'name_display: " + display
                        + "' hides (the word starting '" + found.get(0).hint() + "…'); write the "
                        + ("pseudonym".equals(display) ? "pseudonym" : "initials") + " instead, or leave the name out");
            }
            return;
        }
        node.fields().forEachRemaining(field -> {
            String key = field.getKey();
            if (!pointer.isEmpty() || !(key.equals("name") || key.equals("id") || key.equals("private"))) {
                hiddenNameInTexts(field.getValue(), pointer + "/" + YamlLines.escape(key), name, display);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                hiddenNameInTexts(node.get(i), pointer + "/" + i, name, display);
            }
        }
    }

    private void datesAreReal() {
        realDate("/status_since", root.get("status_since"));
        realDate("/status_as_of/date", root.path("status_as_of").get("date"));
        JsonNode sources = root.get("sources");
        if (sources != null && sources.isArray()) {
            for (int i = 0; i < sources.size(); i++) {
                realDate("/sources/" + i + "/date", sources.get(i).get("date"));
            }
        }
        JsonNode events = root.get("events");
        if (events != null && events.isArray()) {
            for (int i = 0; i < events.size(); i++) {
                realDate("/events/" + i + "/date", events.get(i).get("date"));
            }
        }
    }

    private void realDate(String pointer, JsonNode value) {
        if (value != null && value.isTextual() && DATE.matcher(value.asText()).matches() && parseDate(value) == null) {
            problem(pointer, CaseFieldNames.describe(pointer, languages) + " '" + value.asText() + "' is not a real date; "
                    + DATE_ADVICE);
        }
    }

    /** A date as the schema allows it (2022-11-15, 2022-11, 2022 or the number 2022), or null if it is not real. */
    static PartialDate parseDate(JsonNode value) {
        return value.isInt() ? new PartialDate(value.intValue(), 0, 0) : PartialDate.parse(value.asText());
    }

    private void countryExists() {
        String country = text("country");
        if (country != null && country.matches("[A-Z]{2}") && !COUNTRY_CODES.contains(country)) {
            problem("/country", "unknown country code '" + country + "'; use the ISO 3166 two-letter code, e.g. KZ"
                    + " Kazakhstan, KG Kyrgyzstan, UZ Uzbekistan, TJ Tajikistan, TM Turkmenistan, BY Belarus, RU Russia");
        }
    }

    private void embargoIsAMoment() {
        String embargo = text("embargo");
        if (embargo == null || !MOMENT.matcher(embargo).matches()) {
            return;
        }
        try {
            OffsetDateTime.parse(embargo);
        } catch (DateTimeParseException e) {
            problem("/embargo", "embargo '" + embargo + "' is not a real moment; write a moment with its time zone,"
                    + " e.g. 2026-12-01T09:00:00+05:00 (9:00 Almaty time)");
        }
    }

    private void notItsOwnParent() {
        String parent = text("parent");
        if (parent != null && parent.equals(text("id"))) {
            problem("/parent", "parent '" + parent + "' is this case itself; write the id of the organisation's case,"
                    + " or leave the field out");
        }
    }
}
