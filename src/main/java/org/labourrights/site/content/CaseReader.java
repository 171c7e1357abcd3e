package org.labourrights.site.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseEvent;
import org.labourrights.site.model.CaseRelation;
import org.labourrights.site.model.CaseSource;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.Charge;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.EventType;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Letters;
import org.labourrights.site.model.OutsideSource;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.StatusAsOf;
import org.labourrights.site.model.Texts;

/**
 * Reads one {@code content/cases/<id>.yaml} into a {@link Case}: first its form against the JSON
 * Schema, then the rules a schema cannot state ({@link CaseRules}); every problem of the file is
 * reported at once, each at its line. What needs the other files (documents that exist, parents,
 * ids used twice) is checked by {@link CaseChecks}.
 *
 * <p>The {@code private:} block is removed from the tree before anything is built from it, and its
 * lines are dropped too: nothing written there can reach a page, an export or the search index.
 */
public final class CaseReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PRIVATE = "private";

    private final Languages languages;

    /** @param languages the site's: an alias of a case begins with one of their prefixes */
    public CaseReader(Languages languages) {
        this.languages = languages;
    }

    /**
     * @param file the path shown in messages, e.g. content/cases/erzhan-elshibayev.yaml; its name
     *             without .yaml must be the case's id
     */
    public Case read(String file, String yamlText) {
        return fromStore(file, check(file, yamlText));
    }

    /**
     * A checked case as JBake's content store keeps it: the public part of its tree as JSON (the
     * {@code private:} block is gone for good, and a hidden name is replaced by what the site
     * shows) and the line of each value, for later messages.
     *
     * @param hiddenName the real name of a case shown by initials or pseudonym, kept only to warn
     *                   about documents that write it; null when the name is shown in full
     */
    public record Stored(String json, Map<String, Integer> lines, HiddenName hiddenName) {
        public Stored {
            lines = Map.copyOf(lines);
        }
    }

    /** Checks a case file against the schema and the rules, and drops its private block. */
    public Stored check(String file, String yamlText) {
        String yaml = ContentText.checked(yamlText, file);
        YamlLines lines = YamlLines.of(file, yaml);
        JsonNode root = parse(file, yaml);
        List<Problem> problems = new ArrayList<>(lines.duplicates());
        problems.addAll(CaseSchema.of(languages).check(file, root, lines));
        problems.addAll(CaseRules.check(file, root, lines, languages));
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        ObjectNode publicPart = (ObjectNode) root;
        publicPart.remove(PRIVATE);
        HiddenName hidden = null;
        String display = root.path("name_display").asText("full");
        if (!display.equals("full")) {
            // From here on the real name exists nowhere but in the warning check: every page, export
            // and index is made from records that only know the initials or the pseudonym.
            hidden = CaseRules.hiddenName(root);
            ObjectNode initials = YAML.createObjectNode();
            root.path("name").fields().forEachRemaining(entry ->
                    initials.put(entry.getKey(), Case.initials(entry.getValue().asText())));
            JsonNode shown = display.equals("pseudonym") ? root.get("pseudonym").deepCopy() : initials;
            publicPart.set("name", shown);
        }
        return new Stored(root.toString(), lines.without("/" + PRIVATE), hidden);
    }

    /** The case from what {@link #check} stored; the tree has passed the checks already. */
    public static Case fromStore(String file, Stored stored) {
        try {
            return build(file, YAML.readTree(stored.json()), stored.lines());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored case is not JSON: " + file, e);
        }
    }

    /**
     * Reads every case file of a folder (usually content/cases), reporting the problems of all of
     * them together. A missing folder means no cases.
     *
     * @param shownAs how the folder is named in messages, e.g. "content/cases"
     */
    public List<Case> readFolder(Path folder, String shownAs) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        List<Case> cases = new ArrayList<>();
        for (Path path : files) {
            String name = path.getFileName().toString();
            String file = shownAs + "/" + name;
            if (!name.endsWith(".yaml")) {
                if (!name.startsWith(".")) {
                    problems.add(new Problem(file, 1, "a case file must end in .yaml: rename it to "
                            + CaseRules.idFromFileName(name) + ".yaml"));
                }
                continue;
            }
            try {
                cases.add(read(file, ContentText.read(path, file)));
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();
        return cases;
    }

    private static JsonNode parse(String file, String yaml) {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ContentException(new Problem(file, 1, "the file is empty; a case file begins with"
                        + " 'id: " + CaseRules.idFromFileName(file) + "' — see the other files in content/cases/"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw YamlLines.notYaml(file, e);
        }
    }

    /** The tree has passed the schema and the rules, so types and values are as they require. */
    private static Case build(String file, JsonNode root, Map<String, Integer> lines) {
        String display = text(root, "name_display");
        return new Case(
                root.get("id").asText(),
                root.get("kind").asText().equals("person") ? Case.Kind.PERSON : Case.Kind.ORGANISATION,
                texts(root.get("name")),
                list(root.get("variants"), JsonNode::asText),
                display == null ? Case.NameDisplay.FULL : Case.NameDisplay.valueOf(display.toUpperCase(java.util.Locale.ROOT)),
                texts(root.get("pseudonym")),
                root.get("country").asText(),
                CaseStatus.fromYaml(root.get("status").asText()).orElseThrow(),
                root.has("status_since") ? CaseRules.parseDate(root.get("status_since")) : null,
                root.has("status_as_of") ? statusAsOf(root.get("status_as_of")) : null,
                texts(root.get("role")),
                texts(root.get("organisation")),
                list(root.get("charges"), CaseReader::charge),
                texts(root.get("sentence")),
                list(root.get("events"), CaseReader::event),
                list(root.get("demands"), CaseReader::texts),
                list(root.get("sources"), CaseReader::source),
                list(root.get("documents"), CaseReader::documentKey),
                text(root, "photo"),
                root.path("photo_consent").asBoolean(false),
                root.has("embargo") ? OffsetDateTime.parse(root.get("embargo").asText()).toInstant() : null,
                list(root.get("affiliates"), CaseReader::texts),
                text(root, "parent"),
                list(root.get("relations"), CaseReader::relation),
                list(root.get("aliases"), alias -> AliasRules.address(alias.asText().strip())),
                root.has("letters") ? letters(root.get("letters")) : null,
                file,
                lines);
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A text in each language the file writes it in, in the file's order. */
    private static Texts texts(JsonNode value) {
        if (value == null) {
            return null;
        }
        Map<String, String> byCode = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> byCode.put(entry.getKey(), entry.getValue().asText().strip()));
        return new Texts(byCode);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        if (array != null) {
            array.forEach(element -> items.add(item.apply(element)));
        }
        return items;
    }

    private static Charge charge(JsonNode value) {
        return new Charge(text(value, "code"), text(value, "article"), text(value, "part"), texts(value.get("wording")));
    }

    private static CaseEvent event(JsonNode value) {
        PartialDate date = CaseRules.parseDate(value.get("date"));
        EventType type = EventType.fromYaml(value.get("type").asText()).orElseThrow();
        return new CaseEvent(date, type, texts(value.get("text")), list(value.get("sources"), CaseReader::documentKey));
    }

    private static CaseSource source(JsonNode value) {
        OutsideSource outside = value.has("url") ? new OutsideSource(value.get("url").asText(),
                value.get("title").asText().strip(), texts(value.get("title_translation")),
                value.get("publisher").asText().strip(),
                value.has("date") ? CaseRules.parseDate(value.get("date")) : PartialDate.UNKNOWN,
                value.get("language").asText(), text(value, "archive")) : null;
        return new CaseSource(outside == null ? documentKey(value.get("document")) : null, outside,
                texts(value.get("note")), !value.path("does_not_confirm_status").asBoolean(false));
    }

    private static Letters letters(JsonNode value) {
        return new Letters(value.get("address").asText().strip(), list(value.get("languages"), JsonNode::asText),
                Letters.Reach.valueOf(value.get("reach").asText().toUpperCase(java.util.Locale.ROOT)),
                texts(value.get("guidance")), source(value.get("source")));
    }

    private static CaseRelation relation(JsonNode value) {
        return new CaseRelation(CaseRelation.Kind.fromYaml(value.get("kind").asText()).orElseThrow(),
                value.get("case").asText(), documentKey(value.get("source")));
    }

    private static StatusAsOf statusAsOf(JsonNode value) {
        return new StatusAsOf(CaseRules.parseDate(value.get("date")), documentKey(value.get("source")), true);
    }

    /** "statements/6th-conference-2022-kazakhstan"; the schema's pattern has checked the section. */
    private static DocumentKey documentKey(JsonNode value) {
        String[] parts = value.asText().split("/", 2);
        return new DocumentKey(Section.fromSlug(parts[0]).orElseThrow(), parts[1]);
    }
}
