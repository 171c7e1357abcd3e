package org.labourrights.site.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourrights.site.admin.Widget.I18n;
import org.labourrights.site.content.FrontMatterField;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;

/**
 * The front matter of a document (its contract is {@link FrontMatterField}) as Decap CMS fields,
 * in the order an editor fills them in. Facts that must be the same in the Russian and the English file
 * (dates, countries, tags, cases, the web address) are entered once and copied to the other
 * language; titles and texts are written in each. {@code status} is per language, because a
 * translation may be published later than its original.
 */
final class DocumentFields {

    /** A date as precise as the source: a day, a month, a year, or 'unknown'. */
    static final String PARTIAL_DATE = "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|unknown)$";
    static final String DATE_ADVICE = "write the date as YYYY-MM-DD (2025-12-15), or only YYYY-MM or YYYY when the"
            + " source gives no more, or 'unknown' when it gives none";
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** The form of an old address; what else the build refuses (another's address, the other language) it says. */
    static String alias(Languages languages) {
        return "^/(" + String.join("|", languages.codes()) + ")(/[A-Za-z0-9._~!$&'()+,;=@%-]+)*/?$";
    }
    /**
     * A moment with its offset, as the build reads it. A text field rather than Decap's date-time
     * picker: the picker writes an empty text when left empty, which a case file may not hold.
     */
    static final String MOMENT = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$";
    static final String MOMENT_ADVICE = "a moment with its time zone, e.g. 2026-12-01T09:00:00+05:00 (9:00 Almaty time)";
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private final Languages languages;
    private final Map<String, String> countries;
    private final Map<String, String> tags;

    /**
     * @param countries the select's options: country code → label
     * @param tags      the tag vocabulary: key → label
     */
    DocumentFields(Languages languages, Map<String, String> countries, Map<String, String> tags) {
        this.languages = languages;
        this.countries = countries;
        this.tags = tags;
    }

    /**
     * The form of a document of {@code section}: a widget for each field of the front matter's
     * contract ({@link FrontMatterField}), which also says whether the form requires it and
     * whether it is entered once for both languages; this class adds only what an editor reads
     * and the shape of each value.
     */
    List<Widget> of(Section section) {
        List<Widget> fields = new ArrayList<>();
        for (FrontMatterField field : FrontMatterField.of(section)) {
            Widget widget = widget(field, section);
            // Decap names a new file after the web address, so the form asks for it; the build
            // takes the file name when a file has none.
            if (field.requiredIn(section) || field == FrontMatterField.SLUG) {
                widget.required();
            }
            fields.add(widget.i18n(field.scope() == FrontMatterField.Scope.DOCUMENT ? I18n.DUPLICATE : I18n.TRANSLATE));
        }
        fields.add(Widget.of("body", "Text", "markdown").i18n(I18n.TRANSLATE)
                .option("editor_components", List.of())
                .hint("Start sections with a level-2 heading; the title above is the page's only level-1 heading."));
        return fields;
    }

    /** An exhaustive switch: a field added to the contract does not compile until the form has it. */
    private Widget widget(FrontMatterField field, Section section) {
        String key = field.key();
        return switch (field) {
            case TITLE -> Widget.of(key, "Title", "string").hint("The document's title in this language.");
            case SLUG -> Widget.of(key, "Web address", "string")
                    .pattern(SLUG, "small Latin letters, digits and hyphens only, e.g. statement-on-strikes-2026")
                    .hint("Becomes the address /ru/" + section.slug() + "/<this>/ and the file name. For a"
                            + " document that exists already, write the name shown in the browser's address bar"
                            + " after 'entries/'. Changing it later changes the page's address: then add the old"
                            + " one under 'Old addresses', so that links to it keep working.");
            case ALIASES -> Widget.of(key, "Old addresses", "list")
                    .field(Widget.of("alias", "Old address", "string").required().i18n(I18n.TRANSLATE)
                            .pattern(alias(languages), "an address of this site in this file's language, from "
                                    + Languages.spelled(languages.codes().stream().map(code -> "/" + code + "/").toList()) + " on,"
                                    + " e.g. /ru/" + section.slug() + "/old-name/"))
                    .hint("Addresses this page had before it moved, e.g. /ru/" + section.slug() + "/old-name/ in"
                            + " the Russian file and /en/" + section.slug() + "/old-name/ in the English one; they"
                            + " lead to it for good once it is published (a draft's are not published).");
            case DATE -> Widget.of(key, "Date", "string").pattern(PARTIAL_DATE, DATE_ADVICE)
                    .hint("2025-12-15; only 2025-12 or 2025 if the source gives no more; 'unknown' if it gives"
                            + " no date. Never guess.");
            case STATUS -> Widget.of(key, "Status", "select")
                    .options(ordered("published", "published: on the site once this change is published",
                            "draft", "draft: kept off the site entirely"))
                    .option("default", "draft")
                    .hint("Per language: a translation may stay a draft while its original is published.");
            case ORIGINAL -> Widget.of(key, "Original language", "select")
                    .options(englishNames())
                    .hint("The language the document was first written in; the " + (languages.size() == 2 ? "other is"
                            + " marked as a translation." : "others are marked as translations."));
            case COUNTRIES -> Widget.of(key, "Countries", "select").option("multiple", true).options(countries);
            case TAGS -> Widget.of(key, "Topics", "select").option("multiple", true).options(tags)
                    .hint("A new topic is added by a developer to content/data/tags.yaml, with its Russian and"
                            + " English names.");
            case CASES -> {
                Widget cases = Widget.of(key, "Cases", "relation")
                        .option("collection", DecapConfig.CASES)
                        .option("value_field", "id")
                        .option("search_fields", caseNameFields())
                        .option("display_fields", List.of("name." + languages.international().code()))
                        .option("multiple", true)
                        .hint("The persons or organisations the document concerns.");
                yield field.requiredIn(section) ? cases.option("min", 1) : cases;
            }
            case SUMMARY -> Widget.of(key, "Summary", "text")
                    .hint("One or two sentences shown in lists and search results.");
            case PLACE -> Widget.of(key, "Place", "string");
            case EVENT -> Widget.of(key, "Event", "string").hint("The meeting or conference the document comes from.");
            case EMBARGO -> Widget.of(key, "Not published before", "string").pattern(MOMENT, MOMENT_ADVICE)
                    .hint("e.g. 2026-12-01T09:00:00+05:00 (9:00 Almaty time). Leave empty to publish as soon as"
                            + " the change is published.");
            case OPENS -> Widget.of(key, "Campaign opens", "string").pattern(PARTIAL_DATE, DATE_ADVICE);
            case CLOSES -> Widget.of(key, "Campaign closes", "string").pattern(PARTIAL_DATE, DATE_ADVICE);
            case STATE -> Widget.of(key, "State", "select")
                    .options(ordered("open", "open: people can still act", "closed", "closed: write the outcome"))
                    .option("default", "open");
            case OUTCOME -> Widget.of(key, "Outcome", "text").hint("Required once the campaign is closed: how it ended.");
            case ADDRESSEES -> Widget.of(key, "Addressees", "list").option("min", 1)
                    .fields(List.of(
                            Widget.of("name", "Name", "string").required().i18n(I18n.TRANSLATE),
                            Widget.of("office", "Office", "string").i18n(I18n.TRANSLATE),
                            Widget.of("address", "Postal address", "text").i18n(I18n.TRANSLATE),
                            Widget.of("email", "E-mail", "string").i18n(I18n.TRANSLATE)
                                    .pattern(EMAIL, "an e-mail address; leave it empty if it is not known")))
                    .hint("Office, address and e-mail only where known.");
            case LETTER_SUBJECT -> Widget.of(key, "Letter subject", "string");
            case LETTER -> Widget.of(key, "Letter", "text")
                    .hint("As visitors will send it; blank lines separate paragraphs.");
            case SUPPORTERS -> Widget.of(key, "Supporters", "number").option("value_type", "int").option("min", 0)
                    .hint("The count of the support form's submissions, copied from Netlify's Forms page.");
            case RESPOND_BY -> Widget.of(key, "Act by", "string").pattern(PARTIAL_DATE, DATE_ADVICE)
                    .hint("For an urgent action: the date by which action is needed. The campaign then comes"
                            + " first in the list until that date, and the page says when it has passed.");
            case UPDATES -> Widget.of(key, "Updates", "list")
                    .fields(List.of(
                            Widget.of("date", "Date", "string").required().i18n(I18n.TRANSLATE)
                                    .pattern(PARTIAL_DATE, DATE_ADVICE),
                            Widget.of("text", "Text", "text").required().i18n(I18n.TRANSLATE)))
                    .hint("News of the campaign, shown newest first and in the campaign's feed. Give each update"
                            + " in both languages with the same date.");
        };
    }

    /** Each language of the site, code → its English name: the editors' pages are in English. */
    private Map<String, String> englishNames() {
        Map<String, String> names = new LinkedHashMap<>();
        languages.all().forEach(language -> names.put(language.code(), language.englishName()));
        return names;
    }

    /** A case is found by its id or its name in any language, the international one first. */
    private List<String> caseNameFields() {
        List<String> fields = new ArrayList<>(List.of("id"));
        languages.internationalFirst().forEach(language -> fields.add("name." + language.code()));
        return fields;
    }

    private static Map<String, String> ordered(String... valueLabelPairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < valueLabelPairs.length; i += 2) {
            map.put(valueLabelPairs[i], valueLabelPairs[i + 1]);
        }
        return map;
    }
}
