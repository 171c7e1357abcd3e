package org.labourrights.site.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * A project folder with the real templates, assets and data files and, for {@code docsPerLanguage}
 * N, synthetic content that follows the content contract, so the site build treats it exactly like
 * the Mission's own: N document pairs ({@code <section>/<slug>.ru.md} and {@code .en.md}), N/5 case
 * files ({@code cases/<id>.yaml}, cited by and citing those documents) and N/100 campaign pairs
 * ({@code campaigns/<slug>.ru.md}), at least one of each. At N = 5,000 that is the corpus:
 * 10,000 documents, 1,000 cases, 50 campaigns.
 *
 * <p>The output is deterministic: fixed seeds, fixed material, no clock. A marker file names what
 * the documents depend on (the size, the generator version and the tag vocabulary they draw on),
 * so that a benchmark can reuse the documents it made before and knows to remake them when this
 * code or the vocabulary changes (bump {@link #GENERATOR_VERSION} when the output changes).
 */
public final class SyntheticCorpus {

    static final int GENERATOR_VERSION = 5;
    static final String MARKER = "synthetic-corpus.properties";
    private static final long PLAN_SEED = 20_251_122L;
    private static final long BODY_SEED = 7_305_561L;
    // Cases and campaigns draw from seeds of their own, so the documents are the same as before them.
    private static final long CASE_SEED = 3_141_592L;
    private static final long CAMPAIGN_SEED = 2_718_281L;
    private static final String DATA = "content/data";
    private static final String TAGS = DATA + "/tags.yaml";

    private SyntheticCorpus() {
    }

    /**
     * Makes {@code folder} a corpus of this size, unless its marker shows it already is one.
     *
     * @return true if the corpus was generated, false if the existing one was reused
     */
    public static boolean ensure(Path projectRoot, Path folder, int docsPerLanguage) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(markerText(projectRoot, docsPerLanguage))) {
            // Templates, assets and data files change along with the code being measured; only
            // the generated documents are worth keeping.
            copyProjectFiles(projectRoot, folder);
            return false;
        }
        generate(projectRoot, folder, docsPerLanguage);
        return true;
    }

    /** How many case files a corpus of this size has: one for every five document pairs. */
    public static int cases(int docsPerLanguage) {
        return Math.max(1, docsPerLanguage / 5);
    }

    /** How many campaigns (document pairs in content/campaigns/) a corpus of this size has. */
    public static int campaigns(int docsPerLanguage) {
        return Math.max(1, docsPerLanguage / 100);
    }

    /** Writes the corpus into {@code folder}, replacing whatever was there. */
    public static void generate(Path projectRoot, Path folder, int docsPerLanguage) throws IOException {
        if (docsPerLanguage < 1) {
            throw new IllegalArgumentException("a corpus needs at least one document per language");
        }
        Folders.delete(folder);
        Files.createDirectories(folder);
        copyProjectFiles(projectRoot, folder);

        List<String> tags = tagKeys(folder.resolve(TAGS));
        List<PlannedPair> pairs = new CorpusPlanner(new Random(PLAN_SEED), tags).plan(docsPerLanguage);
        List<PlannedCase> cases = new CasePlanner(new Draws(new Random(CASE_SEED)), pairs).plan(cases(docsPerLanguage));
        List<PlannedCampaign> campaigns = new CampaignPlanner(new Draws(new Random(CAMPAIGN_SEED)), tags)
                .plan(cases, campaigns(docsPerLanguage));
        Path content = folder.resolve("content");
        writeDocuments(content, pairs, casesNamedBy(cases));
        for (PlannedCase c : cases) {
            write(content.resolve("cases").resolve(c.id() + ".yaml"), CaseFile.text(c));
        }
        for (PlannedCampaign campaign : campaigns) {
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                write(content.resolve("campaigns").resolve(campaign.slug() + "." + language.code() + ".md"),
                        CampaignFile.text(campaign, language));
            }
        }
        // Written last: a generation that failed halfway leaves no marker and is redone next time.
        Files.writeString(folder.resolve(MARKER), markerText(projectRoot, docsPerLanguage), StandardCharsets.UTF_8);
    }

    private static void writeDocuments(Path content, List<PlannedPair> pairs, Map<PlannedPair, List<String>> caseIds)
            throws IOException {
        Random bodyRandom = new Random(BODY_SEED);
        BodyComposer composer = new BodyComposer(bodyRandom);
        for (PlannedPair pair : pairs) {
            BodyComposer.Body body = composer.compose(pair, linkTarget(pairs, pair, bodyRandom));
            for (Language language : Languages.RUSSIAN_AND_ENGLISH.all()) {
                write(content.resolve(pair.section().slug()).resolve(pair.slug() + "." + language.code() + ".md"),
                        DocumentFile.text(pair, language, body, caseIds.getOrDefault(pair, List.of())));
            }
        }
    }

    /** A document names in its front matter the cases that list it under {@code documents:}: the links go both ways. */
    private static Map<PlannedPair, List<String>> casesNamedBy(List<PlannedCase> cases) {
        Map<PlannedPair, List<String>> named = new HashMap<>();
        for (PlannedCase c : cases) {
            for (PlannedPair document : c.documents()) {
                named.computeIfAbsent(document, d -> new ArrayList<>()).add(c.id());
            }
        }
        return named;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The real project's templates, assets and data files, replacing any earlier copy. */
    private static void copyProjectFiles(Path projectRoot, Path folder) throws IOException {
        for (String part : List.of("templates", "assets", DATA)) {
            Folders.delete(folder.resolve(part));
            Folders.copy(projectRoot.resolve(part), folder.resolve(part));
        }
    }

    /** Any other document of the corpus: every pair is published in both languages, so the link resolves. */
    private static PlannedPair linkTarget(List<PlannedPair> pairs, PlannedPair from, Random random) {
        if (pairs.size() < 2) {
            return null;
        }
        int other = random.nextInt(pairs.size() - 1);
        return pairs.get(other >= from.index() ? other + 1 : other);
    }

    /** The tag vocabulary's keys, in file order, so the choice of tags is deterministic. */
    private static List<String> tagKeys(Path tagsYaml) throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(tagsYaml.toFile());
        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
            throw new IllegalStateException(tagsYaml + " lists no tags");
        }
        return keys;
    }

    private static String markerText(Path projectRoot, int docsPerLanguage) throws IOException {
        byte[] tags = Files.readAllBytes(projectRoot.resolve(TAGS));
        String tagsHash;
        try {
            tagsHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tags));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        return "docs-per-language=" + docsPerLanguage + "\ngenerator-version=" + GENERATOR_VERSION
                + "\ntags-sha256=" + tagsHash + "\n";
    }
}
