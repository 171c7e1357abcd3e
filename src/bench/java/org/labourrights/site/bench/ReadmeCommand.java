package org.labourrights.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The README's build command as an editor or Netlify runs it, {@code ./mvnw -B -o package}, in a
 * copy of the project whose content is the corpus: Maven, its plugins, the Decap tarball from
 * npm's cache and the site's own JVM, over an existing {@code target/site} (the usual case) or a
 * fresh one. The copy holds the build files and sources of the project and hard links to the
 * corpus's files, so making it costs no copy of the corpus.
 */
final class ReadmeCommand {

    /** What the site's JVM says it took, and its stages: the rest of the wall time is Maven's and the JVMs' start. */
    record Breakdown(double siteSeconds, String stages) {
        static final Breakdown NONE = new Breakdown(-1, "");
    }

    private static final Pattern BUILT = Pattern.compile("Built \\d+ documents into \\d+ files .* in ([0-9.]+) s");
    private static final Pattern STAGES = Pattern.compile("time per stage: (.*)");
    /** What Maven needs of the project to run `package`; content, templates and assets come from the corpus. */
    private static final List<String> BUILD_FILES = List.of("pom.xml", "mvnw", ".mvn", "src/main", "package.json",
            "package-lock.json");

    private ReadmeCommand() {
    }

    /** The project copy for {@code corpus}, made again when the project's build files changed. */
    static Path prepare(Path project, Path corpus, Path copy) throws IOException {
        for (String part : List.of("content", "templates", "assets")) {
            Folders.delete(copy.resolve(part));
            link(corpus.resolve(part), copy.resolve(part));
        }
        for (String file : BUILD_FILES) {
            Path source = project.resolve(file);
            if (Files.isDirectory(source)) {
                Folders.delete(copy.resolve(file));
                Folders.copy(source, copy.resolve(file));
            } else if (Files.exists(source)) {
                Files.createDirectories(copy.resolve(file).getParent());
                Files.copy(source, copy.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return copy;
    }

    /** Hard links: the same files, no copying, and a build that reads them sees what the corpus holds. */
    private static void link(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createLink(target, source);
                }
            }
        }
    }

    /**
     * One run of the command in {@code copy}. {@code overExisting}: the previous run's site stays in
     * target/site, as on a developer's machine or in Netlify's cached build; otherwise it is deleted
     * first, before the clock starts, with its mirror copy and the folders earlier builds replaced
     * (target/.site-old-…), as on a new checkout, which has none for the build to delete.
     */
    static TimedProcess.Run run(Path copy, boolean overExisting, Path log) throws IOException, InterruptedException {
        if (!overExisting) {
            Folders.deleteSite(copy.resolve("target/site"));
        }
        return TimedProcess.run(List.of("bash", "-c", "cd '" + copy + "' && exec ./mvnw -B -o package"), log);
    }

    /**
     * Edits one document of the copy as an editor would before a rebuild: the corpus's text with
     * a sentence naming the round, so that each round's edit is new. The copy's file is a link to
     * the corpus's: it is replaced, never written into.
     */
    static void editOneDocument(Path copy, Path corpus, int round) throws IOException {
        Path edited;
        try (Stream<Path> files = Files.list(corpus.resolve("content/statements"))) {
            edited = files.filter(file -> file.getFileName().toString().endsWith(".en.md")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("the corpus has no statement in English"));
        }
        Path target = copy.resolve(corpus.relativize(edited).toString());
        Path saved = target.resolveSibling(target.getFileName() + ".saving");
        Files.writeString(saved, Files.readString(edited, StandardCharsets.UTF_8)
                + "\nA sentence an editor added before rebuild " + round + ".\n", StandardCharsets.UTF_8);
        Files.move(saved, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static Breakdown breakdown(TimedProcess.Run run) throws IOException {
        String out = Files.readString(run.stdout(), StandardCharsets.UTF_8);
        Matcher built = BUILT.matcher(out);
        if (!built.find()) {
            return Breakdown.NONE;
        }
        Matcher stages = STAGES.matcher(out);
        return new Breakdown(Double.parseDouble(built.group(1)), stages.find() ? stages.group(1).strip() : "");
    }

    static String describe(TimedProcess.Run run, Breakdown breakdown) {
        if (breakdown.siteSeconds() < 0) {
            return String.format(Locale.ROOT, "%.2f s", run.seconds());
        }
        return String.format(Locale.ROOT, "%.2f s = site JVM's build %.2f s + Maven, plugins and JVM starts %.2f s",
                run.seconds(), breakdown.siteSeconds(), run.seconds() - breakdown.siteSeconds());
    }
}
