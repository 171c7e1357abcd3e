package org.labourrights.site.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Campaign;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Urls;

/**
 * Reads one {@code content/<section>/<slug>.<lang>.md} file into a {@link Document}, checking
 * everything that can be checked from the file alone. What needs the other files (translation
 * pairs, links, tags) is checked by {@link SiteAssembler}.
 */
public final class DocumentReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private final Languages languages;
    private final MarkdownRenderer markdown;

    /** @param languages the site's: a file's name must end in one of them */
    public DocumentReader(Languages languages, MarkdownRenderer markdown) {
        this.languages = languages;
        this.markdown = markdown;
    }

    /**
     * @param file the path to show in messages, e.g. content/statements/x.en.md
     * @param path the path relative to content/, e.g. statements/x.en.md
     */
    public Document read(String file, String path, String text) {
        SourceName name = SourceName.parse(file, path, languages);
        FrontMatter frontMatter = FrontMatter.parse(file, ContentText.checked(text, file));
        Section section = name.key().section();
        boolean isCampaign = section == Section.CAMPAIGNS;
        Set<String> allowed = new LinkedHashSet<>();
        FrontMatterField.of(section).forEach(field -> allowed.add(field.key()));
        Set<String> campaignOnly = new LinkedHashSet<>();
        FrontMatterField.of(Section.CAMPAIGNS).stream().filter(FrontMatterField::campaignOnly)
                .forEach(field -> campaignOnly.add(field.key()));
        Fields fields = new Fields(file, frontMatter, section, languages);
        for (Map.Entry<String, YamlFields.Field> field : frontMatter.fields().entrySet()) {
            if (campaignOnly.contains(field.getKey()) && !isCampaign) {
                fields.problem(field.getValue().line(), "'" + field.getKey() + "' is only for campaigns;"
                        + " move the file to content/campaigns/ or remove the field");
            } else if (!allowed.contains(field.getKey())) {
                fields.problem(field.getValue().line(), "unknown field '" + field.getKey() + "'"
                        + Suggestion.didYouMean(field.getKey(), allowed) + "; the fields are: " + String.join(", ", allowed));
            }
        }
        String title = fields.text(FrontMatterField.TITLE);
        PartialDate date = fields.date();
        Document.Status status = fields.status();
        Language original = fields.original();
        List<String> countries = fields.countries();
        List<String> tags = fields.list(FrontMatterField.TAGS);
        List<String> cases = fields.list(FrontMatterField.CASES);
        String summary = fields.text(FrontMatterField.SUMMARY);
        String place = fields.text(FrontMatterField.PLACE);
        String event = fields.text(FrontMatterField.EVENT);
        Instant embargo = fields.embargo();
        List<String> aliases = fields.aliases(name.language(),
                Urls.section(name.language(), name.key().section()) + "old-name/");
        String slug = fields.text(FrontMatterField.SLUG);
        if (slug != null && !SourceName.SLUG.matcher(slug).matches()) {
            fields.problem(fields.line("slug"), "slug '" + slug + "' must use only small Latin letters, digits and hyphens,"
                    + " for example: slug: " + SourceName.suggestSlug(slug));
        }

        Campaign campaign = isCampaign ? fields.campaign(cases) : null;

        int offset = frontMatter.bodyLine();
        MarkdownRenderer.Rendered body;
        try {
            body = markdown.render(frontMatter.body(), name.language());
        } catch (MarkdownRenderer.TooDeep tooDeep) {
            fields.problem(offset + tooDeep.line(), tooDeep.getMessage());
            throw new ContentException(fields.problems);
        }
        for (MarkdownRenderer.Reference heading : body.titleHeadings()) {
            fields.problem(offset + heading.line(), "'# " + heading.text() + "' would be a second page title (the title"
                    + " comes from 'title:'); write '## " + heading.text() + "' instead");
        }
        List<Document.Link> links = new ArrayList<>();
        for (MarkdownRenderer.Reference link : body.links()) {
            String problem = LinkRules.linkProblem(link.text());
            if (problem != null) {
                fields.problem(offset + link.line(), problem);
            }
            links.add(new Document.Link(offset + link.line(), link.text(), false));
        }
        for (MarkdownRenderer.Reference picture : body.images()) {
            String problem = LinkRules.imageProblem(picture.text());
            if (problem != null) {
                fields.problem(offset + picture.line(), problem);
            }
            links.add(new Document.Link(offset + picture.line(), picture.text(), true));
        }
        fields.throwIfAny();

        Map<String, Integer> lines = new HashMap<>();
        frontMatter.fields().forEach((key, field) -> lines.put(key, field.line()));
        YamlFields.Field aliasField = frontMatter.fields().get("aliases");
        for (int i = 0; i < aliases.size(); i++) {
            lines.put("aliases/" + i, aliasField.itemLine(i));
        }
        return new Document(file, name.key(), slug == null ? name.key().slug() : slug, name.language(), title, date,
                status, original, countries, tags, summary, place, event, cases, aliases, embargo, body.html(), links,
                lines, campaign);
    }

    /** Typed access to front-matter fields that records every problem instead of stopping at the first. */
    private static final class Fields {
        private final String file;
        private final FrontMatter frontMatter;
        private final Section section;
        private final Languages languages;
        private final List<Problem> problems = new ArrayList<>();

        Fields(String file, FrontMatter frontMatter, Section section, Languages languages) {
            this.file = file;
            this.frontMatter = frontMatter;
            this.section = section;
            this.languages = languages;
        }

        /** The field's text: reported missing when the contract says this section must have it. */
        String text(FrontMatterField field) {
            return field.requiredIn(section) ? requiredText(field.key(), field.example()) : optionalText(field.key());
        }

        List<String> list(FrontMatterField field) {
            return list(field.key(), field.example());
        }

        void problem(int line, String message) {
            problems.add(new Problem(file, line, message));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new ContentException(problems);
            }
        }

        int line(String name) {
            YamlFields.Field field = frontMatter.fields().get(name);
            return field == null ? 1 : field.line();
        }

        private JsonNode value(String name) {
            YamlFields.Field field = frontMatter.fields().get(name);
            return field == null || field.value().isNull() ? null : field.value();
        }

        private String missing(String name, String example) {
            // Also what a web editor sees when one language's side of a document was left empty.
            problem(1, "the required field '" + name + "' is missing; add it between the two '---' lines at the top"
                    + " of the file, e.g. " + example + " (in the web editor: fill it in for this file's language)");
            return null;
        }

        String requiredText(String name, String example) {
            JsonNode value = value(name);
            if (value == null || value.asText().isBlank()) {
                return missing(name, example);
            }
            if (!value.isValueNode()) {
                problem(line(name), "'" + name + "' must be plain text; put it in double quotes: " + example);
                return null;
            }
            return value.asText().strip();
        }

        String optionalText(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isValueNode()) {
                problem(line(name), "'" + name + "' must be plain text; put it in double quotes");
                return null;
            }
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }

        PartialDate date() {
            return date("date", text(FrontMatterField.DATE));
        }

        /** A campaign: whom to write to, the letter, when it runs; what a visitor needs to act. */
        Campaign campaign(List<String> cases) {
            if (cases.isEmpty() && FrontMatterField.CASES.requiredIn(section)) {
                problem(1, "a campaign must name the case(s) it is for, e.g. " + FrontMatterField.CASES.example());
            }
            PartialDate opens = date("opens", text(FrontMatterField.OPENS));
            String closesText = text(FrontMatterField.CLOSES);
            PartialDate closes = closesText == null ? null : date("closes", closesText);
            String stateText = text(FrontMatterField.STATE);
            Campaign.State state = Campaign.State.OPEN;
            if ("closed".equals(stateText)) {
                state = Campaign.State.CLOSED;
            } else if (stateText != null && !stateText.equals("open")) {
                problem(line("state"), "state '" + stateText + "' is not known; write 'state: open' while people can"
                        + " still act, or 'state: closed' with an 'outcome:' once it is over");
            }
            String outcome = text(FrontMatterField.OUTCOME);
            if (state == Campaign.State.CLOSED && outcome == null) {
                problem(line("state"), "a closed campaign must say how it ended: add outcome: \"…\"");
            }
            String subject = text(FrontMatterField.LETTER_SUBJECT);
            String letter = text(FrontMatterField.LETTER);
            JsonNode supporters = value("supporters");
            boolean count = supporters != null && supporters.isIntegralNumber() && supporters.canConvertToInt()
                    && supporters.intValue() >= 0;
            if (supporters != null && !count) {
                problem(line("supporters"), "supporters must be a whole number of people, 0 or more, e.g. supporters: 120");
            }
            String respondByText = text(FrontMatterField.RESPOND_BY);
            PartialDate respondBy = respondByText == null ? null : date("respond_by", respondByText);
            return new Campaign(addressees(), opens, closes, state, outcome, subject, letter,
                    count ? supporters.intValue() : null, respondBy, updates());
        }

        /** Dated news in the file's language; each needs its date, for the page, the feed and the other language. */
        private List<Campaign.Update> updates() {
            String example = FrontMatterField.UPDATES.example();
            JsonNode value = value("updates");
            List<Campaign.Update> updates = new ArrayList<>();
            if (value == null) {
                return updates;
            }
            if (!value.isArray()) {
                problem(line("updates"), "updates must be a list, written as " + example);
                return updates;
            }
            for (JsonNode item : value) {
                String dateText = item.path("date").asText("").strip();
                String text = item.path("text").asText("").strip();
                if (dateText.isEmpty() || text.isEmpty()) {
                    problem(line("updates"), "each update needs a 'date:' and a 'text:', written as " + example);
                    continue;
                }
                PartialDate date = PartialDate.parse(dateText);
                if (date == null || !date.isKnown()) {
                    problem(line("updates"), "update date '" + dateText + "' is not a date; write it as YYYY-MM-DD"
                            + " (2026-01-20), or only YYYY-MM or YYYY when the source gives no more");
                    continue;
                }
                updates.add(new Campaign.Update(date, text));
            }
            return updates;
        }

        private List<Campaign.Addressee> addressees() {
            String example = FrontMatterField.ADDRESSEES.example();
            JsonNode value = value("addressees");
            if ((value == null || !value.isArray() || value.isEmpty()) && FrontMatterField.ADDRESSEES.requiredIn(section)) {
                problem(line("addressees"), "a campaign needs at least one addressee, written as " + example);
                return List.of();
            }
            List<Campaign.Addressee> addressees = new ArrayList<>();
            for (JsonNode item : value) {
                String name = item.path("name").asText("").strip();
                String email = item.path("email").asText("").strip();
                if (name.isEmpty()) {
                    problem(line("addressees"), "each addressee needs a name, written as " + example);
                }
                if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                    problem(line("addressees"), "'" + email + "' is not an e-mail address; leave 'email' out if it is not known");
                }
                addressees.add(new Campaign.Addressee(name, blankToNull(item.path("office").asText("")),
                        blankToNull(item.path("address").asText("")), blankToNull(email)));
            }
            return addressees;
        }

        private static String blankToNull(String text) {
            return text.isBlank() ? null : text.strip();
        }

        private PartialDate date(String name, String text) {
            if (text == null) {
                return PartialDate.UNKNOWN;
            }
            String advice = "; write the date as YYYY-MM-DD (2025-12-15), or only YYYY-MM or YYYY when the source"
                    + " gives no more, or 'unknown' when it gives none";
            PartialDate date = PartialDate.parse(text);
            if (date == null) {
                boolean wellFormed = DATE.matcher(text).matches();
                problem(line(name), "'" + text + "' is not " + (wellFormed ? "a real date" : "a date") + advice);
                return PartialDate.UNKNOWN;
            }
            return date;
        }

        Document.Status status() {
            String text = text(FrontMatterField.STATUS);
            if (text == null) {
                return Document.Status.DRAFT;
            }
            return switch (text) {
                case "published" -> Document.Status.PUBLISHED;
                case "draft" -> Document.Status.DRAFT;
                default -> {
                    problem(line("status"), "status '" + text + "' is not known; write 'status: published' to publish"
                            + " or 'status: draft' to keep it off the site");
                    yield Document.Status.DRAFT;
                }
            };
        }

        Language original() {
            String name = FrontMatterField.ORIGINAL.key();
            String text = text(FrontMatterField.ORIGINAL);
            if (text == null) {
                return languages.first();
            }
            return languages.byCode(text).orElseGet(() -> {
                List<String> choices = new ArrayList<>();
                for (Language language : languages.all()) {
                    choices.add("'" + name + ": " + language.code() + "' if " + (choices.isEmpty()
                            ? "the document was written in " : "in ") + language.englishName());
                }
                problem(line(name), name + " '" + text + "' is not one of the site's languages; write "
                        + Languages.spelled(choices));
                return languages.first();
            });
        }

        List<String> list(String name, String example) {
            JsonNode value = value(name);
            if (value == null) {
                return List.of();
            }
            if (value.isValueNode()) {
                return List.of(value.asText().strip());
            }
            if (!value.isArray()) {
                problem(line(name), "'" + name + "' must be a list in square brackets, e.g. " + example);
                return List.of();
            }
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                if (item.isValueNode()) {
                    items.add(item.asText().strip());
                } else {
                    problem(line(name), "each item of '" + name + "' must be a single word, e.g. " + example);
                }
            });
            return items;
        }

        /** The page's old addresses, as the site writes addresses; each checked on its own line. */
        List<String> aliases(Language language, String oldName) {
            List<String> written = list("aliases", "aliases: [" + oldName + "]");
            YamlFields.Field field = frontMatter.fields().get("aliases");
            List<String> aliases = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                String problem = AliasRules.problem(written.get(i), language, oldName, languages);
                if (problem != null) {
                    problem(field.itemLine(i), problem);
                } else {
                    aliases.add(AliasRules.address(written.get(i)));
                }
            }
            return aliases;
        }

        List<String> countries() {
            List<String> codes = list(FrontMatterField.COUNTRIES);
            for (String code : codes) {
                if (!COUNTRY_CODES.contains(code)) {
                    String upper = code.toUpperCase(Locale.ROOT);
                    String advice = COUNTRY_CODES.contains(upper)
                            ? "; write country codes in capital letters: " + upper
                            : "; use the ISO 3166 two-letter code, e.g. KZ Kazakhstan, KG Kyrgyzstan, UZ Uzbekistan,"
                                    + " TJ Tajikistan, TM Turkmenistan, BY Belarus, RU Russia";
                    problem(line("countries"), "unknown country code '" + code + "'" + advice);
                }
            }
            return codes;
        }

        Instant embargo() {
            String text = text(FrontMatterField.EMBARGO);
            if (text == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                problem(line("embargo"), "embargo '" + text + "' must be a moment with its time zone, e.g."
                        + " embargo: 2026-12-01T09:00:00+05:00 (not published before 9:00 Almaty time)");
                return null;
            }
        }
    }
}
