package org.labourrights.site.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.labourrights.site.build.SiteBuild;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;
import org.labourrights.site.jbake.SiteBake;

/**
 * {@code BuildBenchmark <project> <bench folder> <docs per language>...}: how long the site build
 * takes, and how much memory and output it makes, for synthetic corpora of the given sizes.
 * Sizes may be given as separate arguments or comma-separated (1000,2000,10000).
 *
 * <p>Each size N gets a corpus in {@code <bench>/corpus-N} (made once, then reused) and is built
 * into {@code <bench>/site-N} with {@link SiteBuild}, in this JVM, one size after the other: JBake
 * keeps static state, so bakes cannot overlap. The first build of a run also pays for class
 * loading and JIT compilation, as a real {@code ./mvnw package} does.
 *
 * <p>Run it with {@code ./mvnw -B -q compile exec:exec@bench -Dbench.docs=2000}.
 */
public final class BuildBenchmark {

    /** One size's figures. */
    private record Row(int docsPerLanguage, int documents, double seconds, long pages, long heapSampled,
                       long heapPoolPeakSum, long rssPeak, boolean rssSinceStart, long files, long bytes) {

        double docsPerSecond() {
            return documents / seconds;
        }
    }

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
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Site build benchmark: Java %s, max heap %s, %d CPUs; sizes %s docs per language%n",
                System.getProperty("java.version"), mb(runtime.maxMemory()), runtime.availableProcessors(), sizes);

        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            try {
                rows.add(run(project, bench, size));
            } catch (ContentException e) {
                // The generator must only write valid content: these are its bugs, shown as the build reports them.
                System.err.println("The corpus of " + size + " docs per language has " + e.problems().size()
                        + " content problems (the generator must be fixed):");
                e.problems().stream().limit(30).map(Problem::toString).forEach(System.err::println);
                System.exit(1);
            }
        }
        printTable(rows);
    }

    private static Row run(Path project, Path bench, int size) throws Exception {
        Path corpus = bench.resolve("corpus-" + size);
        Path site = bench.resolve("site-" + size);

        long generationStart = System.nanoTime();
        boolean generated = SyntheticCorpus.ensure(project, corpus, size);
        System.out.printf(Locale.ROOT, "%n[%d docs per language] corpus %s %s%s%n", size, corpus,
                generated ? "generated" : "reused", generated ? String.format(Locale.ROOT, " in %.1f s",
                        (System.nanoTime() - generationStart) / 1e9) : "");

        // SiteBuild replaces an existing site by renaming and then deletes the old one: the
        // deletion is not the build's work, so the previous site goes before the clock starts.
        Folders.delete(site);
        collectGarbage();

        MemoryProbe probe = MemoryProbe.start();
        long start = System.nanoTime();
        SiteBake.Result result = SiteBuild.build(corpus, site, Instant.now(), null);
        double seconds = (System.nanoTime() - start) / 1e9;
        MemoryProbe.Peaks peaks = probe.stop();

        Folders.Size output = Folders.size(site);
        int documents = 2 * size;
        if (result.documents() != documents) {
            System.out.printf(Locale.ROOT, "  note: the build rendered %d documents, the corpus has %d%n",
                    result.documents(), documents);
        }
        Row row = new Row(size, documents, seconds, result.pages(), peaks.heapSampled(), peaks.heapPoolPeakSum(),
                peaks.rssPeak(), peaks.rssSinceStart(), output.files(), output.bytes());
        System.out.printf(Locale.ROOT, "  %d documents built in %.2f s (%.0f docs/s); peak heap %s (pool peaks sum %s);"
                        + " peak RSS %s%s; %d pages; output %d files, %d bytes%n",
                row.documents(), row.seconds(), row.docsPerSecond(), mb(row.heapSampled()), mb(row.heapPoolPeakSum()),
                mb(row.rssPeak()), row.rssSinceStart() ? " (since JVM start)" : "", row.pages(), row.files(),
                row.bytes());
        return row;
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

    /** Garbage from corpus generation or the previous build should not be collected during the next one. */
    private static void collectGarbage() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static void printTable(List<Row> rows) {
        String format = "%10s %9s %9s %8s %8s %11s %11s %10s %9s %12s%n";
        System.out.printf(Locale.ROOT, "%n" + format, "docs/lang", "documents", "build s", "docs/s", "pages",
                "peak heap", "pool peaks", "peak RSS", "out files", "out bytes");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, format, row.docsPerLanguage(), row.documents(),
                    String.format(Locale.ROOT, "%.2f", row.seconds()), String.format(Locale.ROOT, "%.0f", row.docsPerSecond()),
                    row.pages(), mb(row.heapSampled()), mb(row.heapPoolPeakSum()),
                    mb(row.rssPeak()) + (row.rssSinceStart() ? "*" : ""), row.files(), row.bytes());
        }
        System.out.println("documents: .ru.md and .en.md files together; peak heap: sampled every 5 ms;"
                + " pool peaks: sum of the heap pools' peaks (an upper bound); peak RSS: VmHWM"
                + (rows.stream().anyMatch(Row::rssSinceStart) ? " (* = since JVM start, could not be reset)" : "")
                + "; MB: 2^20 bytes.");
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
