package org.labourrights.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code BuildBenchmark <project> <bench folder> <docs per language>...}: the full site build of a
 * synthetic corpus, timed against Hugo building the same pages, in one run.
 *
 * <p>For each size N (documents per language; several as separate arguments or 1000,2000,…) the
 * corpus ({@link SyntheticCorpus}: 2N documents, N/5 cases, N/100 campaigns) is made once in
 * {@code <bench>/corpus-N} and reused while the generator is unchanged; the Hugo project
 * ({@link HugoProject}) is written from it into {@code <bench>/hugo-N}. Then, alternately, each
 * build runs {@code bench.runs} times as a child process into a fresh folder:
 * <ul>
 *   <li>ours exactly as production runs it: {@code java <bench.jvm> -cp <runtime classpath>
 *       org.labourrights.site.cli.SiteCommand build <corpus> <bench>/site-N}: everything included
 *       (pages, lists, feeds, sitemap, open data, the Lucene index and its browser export);</li>
 *   <li>{@code hugo --quiet --source <bench>/hugo-N --destination <bench>/hugo-site-N}, which
 *       builds no search index.</li>
 * </ul>
 * Each run's wall time, CPU time and peak RSS are measured ({@link TimedProcess}); the report gives
 * median and minimum, the ratio ours/Hugo, the output of each, and the machine and its load.
 *
 * <p>Settings, as system properties (the pom passes {@code -Dbench.jvm}, {@code -Dbench.runs},
 * {@code -Dbench.hugo} through; an unset one arrives as "${…}" and means the default):
 * {@code bench.jvm} the JVM flags of our build (default: those of the pom's {@code site}
 * execution), {@code bench.runs} runs per build and size (default 3), {@code bench.hugo} the Hugo
 * executable (default: {@code hugo} on the PATH; Debian: {@code apt-get install hugo}).
 *
 * <p>Run it with {@code ./mvnw -q test-compile exec:exec@bench -Dbench.docs=1000,2000,5000,10000}.
 */
public final class BuildBenchmark {

    /** The JVM flags of the pom's {@code site} execution, which is how production builds the site. */
    static final String SITE_JVM_FLAGS = "-XX:+UseSerialGC -Xmx1536m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8";
    private static final String SITE_MAIN = "org.labourrights.site.cli.SiteCommand";
    private static final Pattern BUILT = Pattern.compile("Built (\\d+) documents into (\\d+) files");
    /** The issue's bar: at most twice Hugo's wall time, under 1 GB of peak RSS. */
    private static final double BAR_RATIO = 2.0;
    private static final long BAR_RSS = 1L << 30;

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BuildBenchmark <project folder> <bench folder> <docs per language>[,<docs>...]...");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path bench = Path.of(args[1]).toAbsolutePath().normalize();
        List<Integer> sizes = sizes(args);
        List<String> jvmFlags = Arrays.asList(setting("bench.jvm", SITE_JVM_FLAGS).strip().split("\\s+"));
        int runs = Integer.parseInt(setting("bench.runs", "3"));
        Hugo hugo = Hugo.find(setting("bench.hugo", "hugo"));

        System.out.println("Build benchmark: our site build against Hugo, on the same synthetic corpus");
        System.out.println("  machine: " + Machine.describe());
        System.out.println("  load average before: " + Machine.load());
        System.out.println("  ours: java " + String.join(" ", jvmFlags) + " -cp <runtime classpath> " + SITE_MAIN
                + " build <corpus> <site>   (Java " + System.getProperty("java.version") + ")");
        System.out.println("  hugo: " + (hugo == null
                ? "NOT FOUND: no comparison (install it with `apt-get install hugo`, or give -Dbench.hugo=<path>)"
                : hugo.version() + ": hugo --quiet --source <project> --destination <site>"));
        System.out.printf(Locale.ROOT, "  %d runs of each per size, alternating; peaks by %s; sizes %s docs per language%n",
                runs, TimedProcess.method(), sizes);

        List<SizeResult> results = new ArrayList<>();
        try {
            for (int size : sizes) {
                results.add(measure(project, bench, size, jvmFlags, runs, hugo));
            }
        } catch (BuildFailed e) {
            // Figures of a build that did not finish mean nothing; those of the sizes before it still do.
            System.err.println(e.getMessage());
            if (!results.isEmpty()) {
                Report.print(results, hugo != null, BAR_RATIO, BAR_RSS);
            }
            System.exit(1);
        }
        System.out.println();
        System.out.println("  load average after: " + Machine.load());
        Report.print(results, hugo != null, BAR_RATIO, BAR_RSS);
    }

    /** A build that failed, with the start of its error output. */
    private static final class BuildFailed extends Exception {
        private static final long serialVersionUID = 1L;

        BuildFailed(String message) {
            super(message);
        }
    }

    /** Everything measured for one size. {@code hugo} and {@code hugoOutput} are null without Hugo. */
    record SizeResult(int docsPerLanguage, int cases, int campaigns, double corpusSeconds, double hugoProjectSeconds,
                      Runs ours, Runs hugo, Output ourOutput, Output hugoOutput, Output searchIndex,
                      int builtDocuments) { }

    /** What a build wrote: every file, the HTML pages among them, and their bytes. */
    record Output(long files, long htmlPages, long bytes) {
        static Output of(Path folder) throws IOException {
            Folders.Size size = Folders.size(folder);
            return new Output(size.files(), Folders.count(folder, ".html"), size.bytes());
        }
    }

    private static SizeResult measure(Path project, Path bench, int size, List<String> jvmFlags, int runs, Hugo hugo)
            throws IOException, InterruptedException, BuildFailed {
        Path corpus = bench.resolve("corpus-" + size);
        long start = System.nanoTime();
        boolean generated = SyntheticCorpus.ensure(project, corpus, size);
        double corpusSeconds = generated ? seconds(start) : -1;
        int cases = SyntheticCorpus.cases(size);
        int campaigns = SyntheticCorpus.campaigns(size);
        System.out.printf(Locale.ROOT, "%n[%d docs per language] corpus: %d documents, %d cases, %d campaigns; %s%n",
                size, 2 * size, cases, campaigns, generated
                        ? String.format(Locale.ROOT, "generated in %.1f s", corpusSeconds) : "reused from " + corpus);

        Path hugoProject = bench.resolve("hugo-" + size);
        double hugoProjectSeconds = -1;
        if (hugo != null) {
            start = System.nanoTime();
            HugoProject.write(project, corpus, hugoProject);
            hugoProjectSeconds = seconds(start);
            System.out.printf(Locale.ROOT, "  Hugo project written in %.1f s (not part of either build's time)%n",
                    hugoProjectSeconds);
        }

        Path site = bench.resolve("site-" + size);
        Path hugoSite = bench.resolve("hugo-site-" + size);
        Path logs = bench.resolve("logs");
        Runs ours = new Runs();
        Runs theirs = hugo == null ? null : new Runs();
        for (int run = 1; run <= runs; run++) {
            TimedProcess.Run our = runOurs(jvmFlags, corpus, site, logs.resolve("ours-" + size + "-" + run));
            ours.add(our);
            String line = String.format(Locale.ROOT, "  run %d: ours %s", run, figures(our));
            if (theirs != null) {
                TimedProcess.Run hugoRun = runHugo(hugo, hugoProject, hugoSite, logs.resolve("hugo-" + size + "-" + run));
                theirs.add(hugoRun);
                line += String.format(Locale.ROOT, "; hugo %s; ratio %.1f×", figures(hugoRun), our.seconds() / hugoRun.seconds());
            }
            System.out.println(line + "; load " + Machine.load());
        }
        readmeCommand(project, corpus, bench.resolve("project-" + size), logs, size, runs, hugo, hugoProject, hugoSite);
        Output searchIndex = Files.isDirectory(site.resolve("search")) ? Output.of(site.resolve("search")) : new Output(0, 0, 0);
        return new SizeResult(size, cases, campaigns, corpusSeconds, hugoProjectSeconds, ours, theirs, Output.of(site),
                theirs == null ? null : Output.of(hugoSite), searchIndex, builtDocuments(ours));
    }

    /**
     * What a user waits for: the README's command in a copy of the project whose content is the
     * corpus, alternating with Hugo: over the site the previous run left after one document was
     * edited (the usual rebuild, on an editor's machine or in Netlify's cached builds), over it
     * again with nothing changed (the site is up to date: what checking that costs), and into a
     * fresh target/site. The first run compiles the copy and is reported apart. Skipped with
     * {@code -Dbench.readme=false}.
     */
    private static void readmeCommand(Path project, Path corpus, Path copy, Path logs, int size, int runs, Hugo hugo,
                                      Path hugoProject, Path hugoSite)
            throws IOException, InterruptedException, BuildFailed {
        if (setting("bench.readme", "true").equals("false")) {
            return;
        }
        ReadmeCommand.prepare(project, corpus, copy);
        System.out.println("  the README's command, ./mvnw -B -o package, in " + copy + ":");
        TimedProcess.Run first = ReadmeCommand.run(copy, false, logs.resolve("readme-" + size + "-first"));
        if (!first.succeeded()) {
            failed("./mvnw -B -o package", first);
        }
        System.out.printf(Locale.ROOT, "    first run (compiles the copy, not compared): %s%n",
                ReadmeCommand.describe(first, ReadmeCommand.breakdown(first)));
        Runs edited = new Runs();
        Runs unchanged = new Runs();
        Runs fresh = new Runs();
        Runs theirs = hugo == null ? null : new Runs();
        for (int run = 1; run <= runs; run++) {
            ReadmeCommand.editOneDocument(copy, corpus, run);
            TimedProcess.Run oneEdit = ReadmeCommand.run(copy, true, logs.resolve("readme-" + size + "-edited-" + run));
            TimedProcess.Run upToDate = ReadmeCommand.run(copy, true, logs.resolve("readme-" + size + "-unchanged-" + run));
            TimedProcess.Run clean = ReadmeCommand.run(copy, false, logs.resolve("readme-" + size + "-fresh-" + run));
            for (TimedProcess.Run r : List.of(oneEdit, upToDate, clean)) {
                if (!r.succeeded()) {
                    failed("./mvnw -B -o package", r);
                }
            }
            edited.add(oneEdit);
            unchanged.add(upToDate);
            fresh.add(clean);
            ReadmeCommand.Breakdown breakdown = ReadmeCommand.breakdown(oneEdit);
            String line = String.format(Locale.ROOT, "    run %d: one document edited, over the existing site %s (peak RSS %s);"
                    + " nothing changed %.2f s (peak RSS %s); into a fresh target/site %.2f s", run,
                    ReadmeCommand.describe(oneEdit, breakdown), Report.mb(oneEdit.peakRssBytes()), upToDate.seconds(),
                    Report.mb(upToDate.peakRssBytes()), clean.seconds());
            if (theirs != null) {
                TimedProcess.Run hugoRun = runHugo(hugo, hugoProject, hugoSite,
                        logs.resolve("hugo-readme-" + size + "-" + run));
                theirs.add(hugoRun);
                line += String.format(Locale.ROOT, "; hugo %.2f s; ratio edited/hugo %.2f×, unchanged/hugo %.2f×",
                        hugoRun.seconds(), oneEdit.seconds() / hugoRun.seconds(), upToDate.seconds() / hugoRun.seconds());
            }
            System.out.println(line + "; load " + Machine.load());
            if (run == runs && !breakdown.stages().isEmpty()) {
                System.out.println("      where the site JVM's time went: " + breakdown.stages());
            }
        }
        System.out.printf(Locale.ROOT, "    median: one document edited %.2f s, nothing changed %.2f s, fresh %.2f s%s;"
                        + " peak RSS %s (the largest process: Maven's JVM or the site's)%n",
                edited.medianSeconds(), unchanged.medianSeconds(), fresh.medianSeconds(), theirs == null ? ""
                        : String.format(Locale.ROOT, ", hugo %.2f s: ratio %.2f× after one edit (bar ≤ 1.0×, goal 0.5×),"
                                + " %.2f× with nothing changed", theirs.medianSeconds(),
                                edited.medianSeconds() / theirs.medianSeconds(), unchanged.medianSeconds() / theirs.medianSeconds()),
                Report.mb(Math.max(Math.max(edited.maxPeakRss(), unchanged.maxPeakRss()), fresh.maxPeakRss())));
    }

    /** Our build as production runs it: a JVM of its own, the runtime classpath, SiteCommand build. */
    private static TimedProcess.Run runOurs(List<String> jvmFlags, Path corpus, Path site, Path log)
            throws IOException, InterruptedException, BuildFailed {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SITE_MAIN, "build", corpus.toString(),
                site.toString()));
        // Deleting the previous output is not a build's work: it happens before the clock starts.
        Folders.deleteSite(site);
        TimedProcess.Run run = TimedProcess.run(command, log);
        if (!run.succeeded()) {
            failed("our build", run);
        }
        return run;
    }

    private static TimedProcess.Run runHugo(Hugo hugo, Path project, Path site, Path log)
            throws IOException, InterruptedException, BuildFailed {
        Folders.delete(site);
        // Hugo's cache of processed assets would spare it the fingerprinting in later runs; ours starts without its stamp.
        Folders.delete(project.resolve("resources"));
        TimedProcess.Run run = TimedProcess.run(List.of(hugo.executable(), "--quiet", "--source", project.toString(),
                "--destination", site.toString()), log);
        if (!run.succeeded()) {
            failed("hugo", run);
        }
        return run;
    }

    private static String figures(TimedProcess.Run run) {
        return String.format(Locale.ROOT, "%.2f s (CPU %s, peak RSS %s)", run.seconds(),
                run.cpuSeconds() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f s", run.cpuSeconds()),
                Report.mb(run.peakRssBytes()));
    }

    /** The number of documents our build says it built, from its last line of output. */
    private static int builtDocuments(Runs ours) throws IOException {
        Matcher m = BUILT.matcher(Files.readString(ours.last().stdout(), StandardCharsets.UTF_8));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * A failed build ends the benchmark. Our build lists content problems on its error output, as
     * it does for editors: in a synthetic corpus they are the generator's bugs, to be fixed there.
     */
    private static void failed(String name, TimedProcess.Run run) throws IOException, BuildFailed {
        StringBuilder message = new StringBuilder(name + " failed with exit code " + run.exitCode()
                + "; the first lines of its error output, " + run.stderr() + ":");
        try (var lines = Files.lines(run.stderr(), StandardCharsets.UTF_8)) {
            lines.limit(30).forEach(line -> message.append('\n').append(line));
        }
        throw new BuildFailed(message.toString());
    }

    /** A system property, or the default when it is unset, blank, or an unresolved Maven "${…}". */
    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }

    /** Accepts "2000", "1000,2000,10000" and several such arguments. */
    private static List<Integer> sizes(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (String part : args[i].split(",")) {
                if (!part.isBlank()) {
                    sizes.add(Integer.parseInt(part.strip()));
                }
            }
        }
        return sizes;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The Hugo executable and what it says its version is. */
    record Hugo(String executable, String version) {

        /** @return null when there is no such executable, or it does not run */
        static Hugo find(String executable) {
            try {
                Process process = new ProcessBuilder(executable, "version").redirectErrorStream(true).start();
                String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return process.waitFor() == 0 ? new Hugo(executable, version.replaceFirst(" BuildDate=.*", "")) : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
