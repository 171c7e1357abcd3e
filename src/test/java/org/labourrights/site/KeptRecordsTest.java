package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Set;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labourrights.site.cli.SiteCommand;
import org.labourrights.site.files.Fingerprint;
import org.labourrights.site.fixtures.DocumentText;
import org.labourrights.site.fixtures.HostileInputs;
import org.labourrights.site.pipeline.SiteBuild;

/**
 * A build over an earlier build's site parses only the content files that changed since, and
 * keeps the records of the others; it takes the pages that show what they showed, and the mirror
 * copies of unchanged files; whatever the edits and their order, its site, its mirror copy and its
 * warnings are byte for byte a clean build's.
 */
class KeptRecordsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String ABOUT = "content/pages/about.en.md";
    private static final String BELARUS = "content/statements/6th-conference-2022-belarus";
    private static final String KAZAKHSTAN = "content/statements/6th-conference-2022-kazakhstan";
    private static final String KHARKOVA = "content/cases/larisa-kharkova.yaml";
    private static final String HIDDEN_CASE = "content/cases/kz-case-77.yaml";
    private static final String NAMING = "content/statements/naming.en.md";

    /**
     * An edit an editor makes, when it can be made, and how many files the build after it must
     * read: the edited ones, or every file when what reads them changed (-1).
     */
    private record Edit(String name, Predicate<ProjectCopy> possible, ToIntFunction<ProjectCopy> apply) { }

    private static final List<Edit> EDITS = List.of(
            new Edit("a body edited", p -> true, p -> {
                p.write(ABOUT, p.read(ABOUT) + "\nOne more sentence of the page.\n");
                return 1;
            }),
            new Edit("a title and a date changed", p -> true, p -> {
                Matcher before = Pattern.compile("day (\\d+)").matcher(p.read(BELARUS + ".en.md"));
                int day = before.find() ? Integer.parseInt(before.group(1)) % 28 + 1 : 1;
                p.write(BELARUS + ".en.md", p.read(BELARUS + ".en.md").replaceFirst("(?m)^title: .*$",
                        "title: \"Belarus, day " + day + "\""));
                for (String language : List.of(".en.md", ".ru.md")) {
                    p.write(BELARUS + language, p.read(BELARUS + language).replaceFirst("(?m)^date: .*$",
                            String.format("date: 2023-01-%02d", day)));
                }
                return 2;
            }),
            new Edit("countries and tags changed", p -> true, p -> {
                for (String language : List.of(".en.md", ".ru.md")) {
                    String text = p.read(KAZAKHSTAN + language);
                    p.write(KAZAKHSTAN + language, text.contains("countries: [KZ]\n")
                            ? text.replace("countries: [KZ]\n", "countries: [KZ, KG]\n").replace(", zhanaozen]", "]")
                            : text.replace("countries: [KZ, KG]\n", "countries: [KZ]\n").replace("political-prisoners]",
                            "political-prisoners, zhanaozen]"));
                }
                return 2;
            }),
            new Edit("two documents added", p -> true, p -> {
                for (int n = 1; n <= 2; n++) {
                    p.write("content/statements/kept-" + n + ".en.md", DocumentText.statement("Statement " + n + " of two added")
                            .with("date", "2026-11-0" + n).toString());
                }
                return 2;
            }),
            new Edit("a document deleted", p -> !added(p).isEmpty(), p -> {
                delete(added(p).get(0));
                return 0;
            }),
            new Edit("a document renamed", p -> !added(p).isEmpty(), p -> {
                Path file = added(p).get(added(p).size() - 1);
                move(file, file.resolveSibling(file.getFileName().toString().replace(".en.md", "-renamed.en.md")));
                return 1;
            }),
            new Edit("a case edited", p -> true, p -> {
                String text = p.read(KHARKOVA);
                p.write(KHARKOVA, text.contains("against her.") ? text.replace("against her.", "against her, at once.")
                        : text.replace("against her, at once.", "against her."));
                return 1;
            }),
            new Edit("a case shown by initials added", p -> !Files.exists(p.root().resolve(HIDDEN_CASE)), p -> {
                p.write(HIDDEN_CASE, HostileInputs.hiddenCase("kz-case-77", "Задержана.", "Detained."));
                return 1;
            }),
            new Edit("a text naming the person behind the initials", p -> Files.exists(p.root().resolve(HIDDEN_CASE)), p -> {
                p.write(NAMING, naming(Files.exists(p.root().resolve(NAMING)) ? p.read(NAMING).length() : 0));
                return 1;
            }),
            new Edit("the style sheet changed, and no content file", p -> true, p -> {
                String css = p.read("assets/css/site.css");
                p.write("assets/css/site.css", css + "\n/* edited at " + css.length() + " characters */\n");
                return 0;
            }),
            new Edit("a template changed, and no content file", p -> true, p -> {
                String template = p.read("templates/document.ftlh");
                p.write("templates/document.ftlh", template + "<!-- edited at " + template.length() + " characters -->\n");
                return 0;
            }),
            new Edit("an interface message changed, and no content file", p -> true, p -> {
                String messages = p.read("templates/i18n/en.properties");
                p.write("templates/i18n/en.properties", messages.replaceFirst("(?m)^site\\.short=(.*)$",
                        "site.short=$1 (" + messages.length() + ")"));
                return 0;
            }),
            new Edit("the tag vocabulary changed", p -> true, p -> {
                String tags = p.read("content/data/tags.yaml");
                p.write("content/data/tags.yaml", tags + "\nkept-" + tags.length() + ": {ru: проверка, en: check}\n");
                return -1;
            }));

    @ParameterizedTest(name = "every kind of edit, in the order of seed {0}")
    @ValueSource(longs = {1, 2})
    void aBuildAfterEachEditReadsOnlyWhatChangedAndMakesACleanBuildsSite(long seed, @TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        SiteBuild build = new SiteBuild(SiteCommand.CONTENT);
        SiteBuild.Result first = build.build(project.root(), site, NOW, null);
        assertEquals(0, first.records().kept(), "a first build has nothing to keep");
        List<Edit> remaining = new ArrayList<>(EDITS);
        Collections.shuffle(remaining, new Random(seed));
        List<String> done = new ArrayList<>();
        for (int step = 0; !remaining.isEmpty(); step++) {
            // Each edit once, in the seed's order, an edit of added documents once there are some.
            Edit edit = remaining.stream().filter(e -> e.possible().test(project)).findFirst().orElseThrow();
            remaining.remove(edit);
            int reads = edit.apply().applyAsInt(project);
            done.add(edit.name());

            SiteBuild.Result over = build.build(project.root(), site, NOW, null);
            Path fresh = work.resolve("clean-" + step + "/site");
            SiteBuild.Result clean = build.build(project.root(), fresh, NOW, null);

            String after = "after " + String.join(", then ", done);
            assertFalse(over.upToDate(), after);
            assertEquals(reads < 0 ? clean.records().read() : reads, over.records().read(), after);
            assertEquals(clean.records().read(), over.records().read() + over.records().kept(), after);
            assertEquals(reads != 0, over.stages().containsKey("open store"), after + ": whether JBake's store was opened");
            assertEquals(Set.of(), differing(fresh, site), after + ": the files of the site that differ from a clean build's");
            assertEquals(Set.of(), differing(SiteBuild.mirrorOf(fresh), SiteBuild.mirrorOf(site)), after + ": of the mirror");
            assertEquals(clean.warnings(), over.warnings(), after);
            assertEquals(0, clean.mirror().kept(), "a build beside no site has no mirror to keep files from");
            assertEquals(0, clean.pages().taken(), "nor pages to take");
            if (edit.name().equals("a body edited")) {
                assertTrue(over.mirror().kept() > over.mirror().files() / 2, after + ": most of the mirror is kept, "
                        + over.mirror().kept() + " of " + over.mirror().files() + " files");
                assertTrue(over.pages().taken() > over.pages().rendered(), after + ": most pages are taken, "
                        + over.pages().taken() + " against " + over.pages().rendered() + " rendered");
            }
        }
    }

    @Test
    void theRealNameBehindInitialsIsKeptWithItsCaseSoALaterTextNamingItIsStillWarnedAbout(@TempDir Path work) {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        project.write(HIDDEN_CASE, HostileInputs.hiddenCase("kz-case-77", "Задержана.", "Detained."));
        Path site = work.resolve("target/site");
        SiteBuild build = new SiteBuild(SiteCommand.CONTENT);
        build.build(project.root(), site, NOW, null);

        project.write(NAMING, naming(1));
        SiteBuild.Result over = build.build(project.root(), site, NOW, null);

        assertEquals(1, over.records().read(), "the new statement, and not the case");
        assertTrue(over.warnings().stream().anyMatch(w -> w.file().equals(NAMING) && w.message().contains("kz-case-77")),
                over.warnings().toString());
    }

    /** A statement on the case shown by initials that writes the real name, the {@code n}-th time it is saved. */
    private static String naming(int n) {
        return DocumentText.statement("On a detention").with("cases", "[kz-case-77]")
                .body("The Mission asks after her (" + n + ").\n\nZarina Testova was detained.\n").toString();
    }

    @Test
    void keptRecordsThatAreDamagedOrHoldAnythingButRecordsAreNotUsed(@TempDir Path work) throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        Path site = work.resolve("target/site");
        SiteBuild build = new SiteBuild(SiteCommand.CONTENT);
        build.build(project.root(), site, NOW, null);
        Path kept = work.resolve("target/.site.records");
        assertTrue(Files.size(kept) > 0, "the records are kept beside the site, not in it");
        byte[] whole = Files.readAllBytes(kept);

        Files.write(kept, java.util.Arrays.copyOf(whole, whole.length / 2));
        project.write(ABOUT, project.read(ABOUT) + "\nA sentence after the records were cut short.\n");
        SiteBuild.Result afterCut = build.build(project.root(), site, NOW, null);

        project.write(ABOUT, project.read(ABOUT) + "\nA sentence after the records were replaced.\n");
        // The same head and the edited file's digest, so that only the record is foreign: an object that is none.
        DataInputStream head = new DataInputStream(new ByteArrayInputStream(whole));
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(foreign);
        out.writeUTF(head.readUTF());
        out.writeUTF(head.readUTF());
        out.writeInt(1);
        out.writeUTF(ABOUT);
        out.writeUTF(Fingerprint.of(project.root().resolve(ABOUT)));
        out.writeInt(1);
        out.writeLong(foreign.size() + Long.BYTES);
        ObjectOutputStream part = new ObjectOutputStream(out);
        part.writeInt(1);
        part.writeUTF(ABOUT);
        part.writeUTF(Fingerprint.of(project.root().resolve(ABOUT)));
        part.writeObject(URI.create("https://example.org/not-a-record"));
        part.writeObject(null);
        part.flush();
        Files.write(kept, foreign.toByteArray());
        SiteBuild.Result afterForeign = build.build(project.root(), site, NOW, null);

        assertEquals(0, afterCut.records().kept());
        assertEquals(0, afterForeign.records().kept());
        Path fresh = work.resolve("clean/site");
        build.build(project.root(), fresh, NOW, null);
        assertEquals(ProjectCopy.fingerprint(fresh), ProjectCopy.fingerprint(site));
        try (Stream<Path> published = Stream.concat(Files.walk(site), Files.walk(SiteBuild.mirrorOf(site)))) {
            assertTrue(published.noneMatch(f -> f.getFileName().toString().endsWith(".records")));
        }
    }

    /** The files that one folder holds and the other lacks or holds with other bytes. */
    private static Set<String> differing(Path one, Path other) {
        Map<String, String> first = ProjectCopy.fingerprint(one);
        Map<String, String> second = ProjectCopy.fingerprint(other);
        Set<String> names = new TreeSet<>(first.keySet());
        names.addAll(second.keySet());
        names.removeIf(name -> Objects.equals(first.get(name), second.get(name)));
        return names;
    }

    /** The statements the edits added, in the order of their names. */
    private static List<Path> added(ProjectCopy project) {
        try (Stream<Path> files = Files.list(project.root().resolve("content/statements"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("kept-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
