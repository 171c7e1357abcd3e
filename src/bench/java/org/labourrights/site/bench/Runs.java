package org.labourrights.site.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The repeated runs of one build at one size. The median is the figure to compare (a shared
 * machine's load spoils single runs); the minimum is the closest to the build's own cost; the peak
 * RSS is the highest of any run, since the bar is a limit.
 */
final class Runs {

    private final List<TimedProcess.Run> runs = new ArrayList<>();

    void add(TimedProcess.Run run) {
        runs.add(run);
    }

    TimedProcess.Run last() {
        return runs.get(runs.size() - 1);
    }

    double medianSeconds() {
        return median(runs.stream().map(TimedProcess.Run::seconds).toList());
    }

    double minSeconds() {
        return runs.stream().mapToDouble(TimedProcess.Run::seconds).min().orElseThrow();
    }

    /** -1 when the CPU time could not be measured. */
    double medianCpuSeconds() {
        return median(runs.stream().map(TimedProcess.Run::cpuSeconds).toList());
    }

    /** -1 when the peak could not be measured. */
    long maxPeakRss() {
        return runs.stream().mapToLong(TimedProcess.Run::peakRssBytes).max().orElseThrow();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
