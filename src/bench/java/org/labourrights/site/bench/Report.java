package org.labourrights.site.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's closing tables: time, memory and CPU, output, and the bar per size. */
final class Report {

    private Report() {
    }

    static void print(List<BuildBenchmark.SizeResult> results, boolean withHugo, double barRatio, long barRss) {
        time(results, withHugo, barRatio);
        memory(results, withHugo);
        output(results, withHugo);
        verdicts(results, withHugo, barRatio, barRss);
    }

    private static void time(List<BuildBenchmark.SizeResult> results, boolean withHugo, double barRatio) {
        System.out.printf(Locale.ROOT, "%nWall time in seconds: median of the runs (minimum); s/1k = median per 1,000 documents,"
                + " flat if the cost grows linearly%n");
        String format = "%9s %9s %6s %5s | %8s %8s %6s | %8s %8s %6s | %9s %9s %5s%n";
        System.out.printf(Locale.ROOT, format, "docs/lang", "documents", "cases", "camp.", "ours", "(min)", "s/1k",
                "hugo", "(min)", "s/1k", "ours/hugo", "(min/min)", "≤" + (int) barRatio + "×");
        for (BuildBenchmark.SizeResult r : results) {
            double thousands = 2 * r.docsPerLanguage() / 1000.0;
            Runs ours = r.ours();
            Runs hugo = withHugo ? r.hugo() : null;
            double ratio = hugo == null ? Double.NaN : ours.medianSeconds() / hugo.medianSeconds();
            System.out.printf(Locale.ROOT, format, r.docsPerLanguage(), 2 * r.docsPerLanguage(), r.cases(), r.campaigns(),
                    s(ours.medianSeconds()), s(ours.minSeconds()), s(ours.medianSeconds() / thousands),
                    hugo == null ? "-" : s(hugo.medianSeconds()), hugo == null ? "-" : s(hugo.minSeconds()),
                    hugo == null ? "-" : s(hugo.medianSeconds() / thousands),
                    hugo == null ? "-" : String.format(Locale.ROOT, "%.1f×", ratio),
                    hugo == null ? "-" : String.format(Locale.ROOT, "%.1f×", ours.minSeconds() / hugo.minSeconds()),
                    hugo == null ? "-" : ratio <= barRatio ? "yes" : "no");
        }
    }

    private static void memory(List<BuildBenchmark.SizeResult> results, boolean withHugo) {
        System.out.printf(Locale.ROOT, "%nPeak RSS (highest of the runs) and CPU time (user + system, median);"
                + " CPU/wall above 1 means more than one core at work%n");
        String format = "%9s | %10s %8s %8s | %10s %8s %8s%n";
        System.out.printf(Locale.ROOT, format, "docs/lang", "ours RSS", "CPU s", "CPU/wall", "hugo RSS", "CPU s", "CPU/wall");
        for (BuildBenchmark.SizeResult r : results) {
            Runs hugo = withHugo ? r.hugo() : null;
            System.out.printf(Locale.ROOT, format, r.docsPerLanguage(), mb(r.ours().maxPeakRss()), cpu(r.ours()),
                    parallelism(r.ours()), hugo == null ? "-" : mb(hugo.maxPeakRss()), hugo == null ? "-" : cpu(hugo),
                    hugo == null ? "-" : parallelism(hugo));
        }
    }

    private static void output(List<BuildBenchmark.SizeResult> results, boolean withHugo) {
        System.out.printf(Locale.ROOT, "%nOutput of the last run (our search index: the Lucene index's browser export, which"
                + " Hugo does not make) and preparation time (not part of either build)%n");
        String format = "%9s | %9s %7s %8s %13s | %9s %7s %8s | %9s %9s%n";
        System.out.printf(Locale.ROOT, format, "docs/lang", "ours HTML", "files", "MB", "search index", "hugo HTML", "files",
                "MB", "corpus s", "hugo-proj s");
        for (BuildBenchmark.SizeResult r : results) {
            BuildBenchmark.Output ours = r.ourOutput();
            BuildBenchmark.Output hugo = withHugo ? r.hugoOutput() : null;
            System.out.printf(Locale.ROOT, format, r.docsPerLanguage(), ours.htmlPages(), ours.files(), mbNumber(ours.bytes()),
                    r.searchIndex().files() + " / " + mbNumber(r.searchIndex().bytes()),
                    hugo == null ? "-" : hugo.htmlPages(), hugo == null ? "-" : hugo.files(),
                    hugo == null ? "-" : mbNumber(hugo.bytes()),
                    r.corpusSeconds() < 0 ? "reused" : s(r.corpusSeconds()),
                    r.hugoProjectSeconds() < 0 ? "-" : s(r.hugoProjectSeconds()));
        }
        System.out.println("documents: .ru.md and .en.md files (our build also counts the campaigns' files:"
                + " it reported " + results.stream().map(r -> String.valueOf(r.builtDocuments()))
                .reduce((a, b) -> a + ", " + b).orElse("") + "); Hugo's HTML includes its redirect stubs (/ and"
                + " each list's page/1/); MB: 2^20 bytes.");
    }

    private static void verdicts(List<BuildBenchmark.SizeResult> results, boolean withHugo, double barRatio, long barRss) {
        System.out.println();
        for (BuildBenchmark.SizeResult r : results) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d docs per language: ", r.docsPerLanguage()));
            if (withHugo) {
                double ratio = r.ours().medianSeconds() / r.hugo().medianSeconds();
                line.append(String.format(Locale.ROOT, "ours takes %.1f× Hugo's wall time: %s; ", ratio,
                        ratio < 1 ? "beats Hugo" : ratio <= barRatio ? "within the bar of " + barRatio + "×"
                                : "OVER the bar of " + barRatio + "×"));
            }
            long rss = r.ours().maxPeakRss();
            line.append("peak RSS ").append(mb(rss)).append(rss < 0 ? " (unknown)" : rss < barRss ? " < 1 GB" : " OVER 1 GB");
            System.out.println(line);
        }
        if (!withHugo) {
            System.out.println("Hugo was not found, so there is no ratio: `apt-get install hugo` (Debian) for the comparison.");
        }
    }

    private static String cpu(Runs runs) {
        return runs.medianCpuSeconds() < 0 ? "n/a" : s(runs.medianCpuSeconds());
    }

    private static String parallelism(Runs runs) {
        return runs.medianCpuSeconds() < 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f", runs.medianCpuSeconds() / runs.medianSeconds());
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    private static String mbNumber(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
