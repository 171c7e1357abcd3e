package org.labourrights.site.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.PartialDate;

/**
 * Reads one {@code content/<section>/<slug>.<lang>.md} file into a {@link Document}, checking
 * everything that can be checked from the file alone. What needs the other files (translation
 * pairs, links, tags) is checked by {@link SiteAssembler}.
 */
public final class DocumentReader {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of(
            "title", "date", "status", "original", "countries", "tags", "summary", "place", "event", "cases",
            "embargo", "slug"));
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private final MarkdownRenderer markdown;

    public DocumentReader(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param file the path to show in messages, e.g. content/statements/x.en.md
     * @param path the path relative to content/, e.g. statements/x.en.md
     */
    public Document read(String file, String path, String text) {
        SourceName name = SourceName.parse(file, path);
        FrontMatter frontMatter = FrontMatter.parse(file, text);
        Fields fields = new Fields(file, frontMatter);
        for (Map.Entry<String, YamlFields.Field> field : frontMatter.fields().entrySet()) {
            if (!FIELDS.contains(field.getKey())) {
                fields.problem(field.getValue().line(), "unknown field '" + field.getKey() + "'"
                        + Suggestion.didYouMean(field.getKey(), FIELDS) + "; the fields are: " + String.join(", ", FIELDS));
            }
        }
        String title = fields.requiredText("title", "title: \"The document's title\"");
        PartialDate date = fields.date();
        Document.Status status = fields.status();
        Language original = fields.language("original");
        List<String> countries = fields.countries();
        List<String> tags = fields.list("tags", "tags: [trade-unions, strikes]");
        List<String> cases = fields.list("cases", "cases: [erzhan-elshibayev]");
        String summary = fields.optionalText("summary");
        String place = fields.optionalText("place");
        String event = fields.optionalText("event");
        Instant embargo = fields.embargo();
        String slug = fields.optionalText("slug");
        if (slug != null && !SourceName.SLUG.matcher(slug).matches()) {
            fields.problem(fields.line("slug"), "slug '" + slug + "' must use only small Latin letters, digits and hyphens,"
                    + " for example: slug: " + SourceName.suggestSlug(slug));
        }

        MarkdownRenderer.Rendered body = markdown.render(frontMatter.body(), name.language());
        int offset = frontMatter.bodyLine();
        for (MarkdownRenderer.Reference heading : body.titleHeadings()) {
            fields.problem(offset + heading.line(), "'# " + heading.text() + "' would be a second page title (the title"
                    + " comes from 'title:'); write '## " + heading.text() + "' instead");
        }
        fields.throwIfAny();

        List<Document.Link> links = body.links().stream()
                .map(link -> new Document.Link(offset + link.line(), link.text()))
                .toList();
        Map<String, Integer> lines = new HashMap<>();
        frontMatter.fields().forEach((key, field) -> lines.put(key, field.line()));
        return new Document(file, name.key(), slug == null ? name.key().slug() : slug, name.language(), title, date,
                status, original, countries, tags, summary, place, event, cases, embargo, body.html(), links, lines);
    }

    /** Typed access to front-matter fields that records every problem instead of stopping at the first. */
    private static final class Fields {
        private final String file;
        private final FrontMatter frontMatter;
        private final List<Problem> problems = new ArrayList<>();

        Fields(String file, FrontMatter frontMatter) {
            this.file = file;
            this.frontMatter = frontMatter;
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
            problem(1, "the required field '" + name + "' is missing; add it to the front matter, e.g. " + example);
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
            String text = requiredText("date", "date: 2025-12-15");
            if (text == null) {
                return PartialDate.UNKNOWN;
            }
            if (text.equals("unknown")) {
                return PartialDate.UNKNOWN;
            }
            Matcher m = DATE.matcher(text);
            String advice = "; write the date as YYYY-MM-DD (2025-12-15), or only YYYY-MM or YYYY when the source"
                    + " gives no more, or 'unknown' when it gives none";
            if (!m.matches()) {
                problem(line("date"), "'" + text + "' is not a date" + advice);
                return PartialDate.UNKNOWN;
            }
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            try {
                if (month != 0) {
                    LocalDate.of(year, month, Math.max(day, 1));
                }
            } catch (DateTimeException e) {
                problem(line("date"), "'" + text + "' is not a real date" + advice);
                return PartialDate.UNKNOWN;
            }
            return new PartialDate(year, month, day);
        }

        Document.Status status() {
            String text = requiredText("status", "status: published");
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

        Language language(String name) {
            String text = requiredText(name, name + ": ru");
            if (text == null) {
                return Language.RU;
            }
            return Language.fromCode(text).orElseGet(() -> {
                problem(line(name), name + " '" + text + "' is not one of the site's languages; write '" + name
                        + ": ru' if the document was written in Russian or '" + name + ": en' if in English");
                return Language.RU;
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

        List<String> countries() {
            List<String> codes = list("countries", "countries: [KZ, KG]");
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
            String text = optionalText("embargo");
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
