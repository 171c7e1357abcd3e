package org.labourrights.site.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;
import org.labourrights.site.render.AssetPipeline;

/**
 * Turns a synthetic corpus into a Hugo project that builds the same site: the same Markdown
 * documents and campaigns (filename-based translations, as ours), a page per case and language made
 * from the case's YAML, and templates comparable to ours, kept in {@code src/bench/resources/bench/hugo}
 * (config, layouts, interface words).
 *
 * <p>Only what Hugo cannot read as we write it is changed, and no work of the build is done here:
 * dates known only to the month or year, or "unknown", become a full date Hugo can parse, with
 * the date as written kept in {@code datetext} for display; a case's bilingual texts are split
 * into its two language pages; each campaign gets its letter and thank-you pages as content files,
 * since Hugo makes one page per file. The templates do the rest (lists, lookups, counts).
 */
final class HugoProject {

    /** Where the Hugo side's config, layouts and interface words are kept, relative to the project. */
    static final String TEMPLATES = "src/bench/resources/bench/hugo";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    private final Path corpus;
    private final Path hugo;

    private HugoProject(Path corpus, Path hugo) {
        this.corpus = corpus;
        this.hugo = hugo;
    }

    /** Writes the Hugo project for {@code corpus} into {@code folder}, replacing whatever was there. */
    static void write(Path projectRoot, Path corpus, Path folder) throws IOException {
        Folders.delete(folder);
        Folders.copy(projectRoot.resolve(TEMPLATES), folder);
        // Hugo Pipes fingerprints from assets/, as our asset pipeline does from ours: the same files,
        // a joined script (js/search.js) as its one file.
        for (Map.Entry<String, byte[]> asset : AssetPipeline.contents(corpus.resolve("assets")).entrySet()) {
            Path target = folder.resolve("assets").resolve(asset.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, asset.getValue());
        }
        Files.createDirectories(folder.resolve("data"));
        Files.copy(corpus.resolve("content/data/tags.yaml"), folder.resolve("data/tags.yaml"));
        HugoProject project = new HugoProject(corpus, folder);
        project.writeCountries();
        project.writeDocuments();
        project.writeCases();
        project.writeSearchPages();
    }

    /**
     * Country names in both languages (our words for the Mission's countries, the JDK's for the
     * rest, as {@code Messages.country}), and the support form's list, sorted for each language.
     */
    private void writeCountries() throws IOException {
        ObjectNode root = YAML.createObjectNode();
        ObjectNode names = root.putObject("names");
        ObjectNode options = root.putObject("options");
        for (String code : Locale.getISOCountries()) {
            ObjectNode name = names.putObject(code);
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                name.put(language.code(), countryName(code, language));
            }
        }
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            Collator collator = Collator.getInstance(Locale.forLanguageTag(language.code()));
            List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
            codes.sort(Comparator.comparing(code -> countryName(code, language), collator));
            ArrayNode list = options.putArray(language.code());
            codes.forEach(code -> list.addObject().put("code", code).put("name", countryName(code, language)));
        }
        YAML.writeValue(hugo.resolve("data/countries.yaml").toFile(), root);
    }

    private static String countryName(String code, Language language) {
        return ProseBank.COUNTRIES.stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name().in(language))
                .orElseGet(() -> new Locale(language.code(), code).getDisplayCountry(new Locale(language.code())));
    }

    /** Every Markdown file of every section, campaigns included, with its dates made Hugo's. */
    private void writeDocuments() throws IOException {
        for (Section section : Section.values()) {
            Path folder = corpus.resolve("content").resolve(section.slug());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : markdownFiles(folder)) {
                String name = file.getFileName().toString();
                String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("\n---\n", 2);
                ObjectNode frontMatter = (ObjectNode) YAML.readTree(parts[0].substring("---\n".length()));
                hugoDates(frontMatter);
                Path target = hugo.resolve("content").resolve(section.slug()).resolve(name);
                page(target, frontMatter, parts[1]);
                if (section == Section.CAMPAIGNS) {
                    campaignPages(target, frontMatter);
                }
            }
        }
    }

    /** Hugo needs a full date or none; the date as written stays in datetext, for display. */
    private static void hugoDates(ObjectNode frontMatter) {
        String written = frontMatter.path("date").asText("unknown");
        frontMatter.put("datetext", written);
        if (written.equals("unknown")) {
            frontMatter.remove("date");
        } else {
            frontMatter.put("date", (written + "-01-01").substring(0, 10));
        }
    }

    /** A campaign's printable letter and thank-you page: /ru/campaigns/<slug>/letter/ and …/thanks/. */
    private void campaignPages(Path campaignFile, ObjectNode campaign) throws IOException {
        String fileName = campaignFile.getFileName().toString();
        String slug = fileName.substring(0, fileName.indexOf('.'));
        String languageAndExtension = fileName.substring(fileName.indexOf('.'));
        for (String kind : List.of("letter", "thanks")) {
            ObjectNode frontMatter = YAML.createObjectNode();
            frontMatter.put("title", kind.equals("letter") ? campaign.path("letter_subject").asText()
                    : campaign.path("title").asText());
            frontMatter.put("layout", kind);
            frontMatter.put("campaign", slug);
            // Like ours, these pages are in no list, feed or sitemap.
            frontMatter.putObject("_build").put("list", "never");
            page(campaignFile.resolveSibling(slug).resolve(kind + languageAndExtension), frontMatter, "");
        }
    }

    /** Each case file becomes a page per language: /ru/cases/<id>/ and /en/cases/<id>/. */
    private void writeCases() throws IOException {
        Path folder = corpus.resolve("content/cases");
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        // The case list, and the open data once (from the Russian list), as /data/cases.json and .csv on our site.
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            ObjectNode list = YAML.createObjectNode();
            ArrayNode outputs = list.putArray("outputs").add("html");
            if (language == Language.RU) {
                outputs.add("json").add("csv");
            }
            page(hugo.resolve("content/cases/_index." + language.code() + ".md"), list, "");
        }
        for (Path file : files) {
            JsonNode c = YAML.readTree(file.toFile());
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                page(hugo.resolve("content/cases").resolve(c.get("id").asText() + "." + language.code() + ".md"),
                        HugoCase.frontMatter(c, language, YAML), "");
            }
        }
    }

    private void writeSearchPages() throws IOException {
        for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
            ObjectNode frontMatter = YAML.createObjectNode();
            frontMatter.put("title", language == Language.RU ? "Поиск" : "Search");
            frontMatter.put("layout", "search");
            page(hugo.resolve("content/search." + language.code() + ".md"), frontMatter, "");
        }
    }

    private static void page(Path file, ObjectNode frontMatter, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n" + YAML.writeValueAsString(frontMatter) + "---\n" + body, StandardCharsets.UTF_8);
    }

    private static List<Path> markdownFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
