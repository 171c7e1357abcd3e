package org.labourrights.site.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Watches memory while one build runs.
 *
 * <p>Heap: a thread samples the heap in use every few milliseconds. The JVM's own per-pool peaks
 * are reported as well, but their sum overstates the peak (eden, survivor and old generation peak
 * at different moments), so it is only an upper bound.
 *
 * <p>Process: Linux's VmHWM is the resident set's high-water mark since the process started, so
 * a later build would inherit an earlier one's peak. Writing 5 to /proc/self/clear_refs resets it
 * to the current RSS; where that is refused, the figure is cumulative and marked so.
 */
final class MemoryProbe {

    /** What one build used at most. */
    record Peaks(long heapSampled, long heapPoolPeakSum, long rssPeak, boolean rssSinceStart) { }

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final boolean rssReset;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long heapMax;

    private MemoryProbe() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        rssReset = resetRssPeak();
        heapMax = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Resets the peaks and starts sampling. */
    static MemoryProbe start() {
        return new MemoryProbe();
    }

    Peaks stop() throws InterruptedException {
        running = false;
        sampler.join();
        record(memory.getHeapMemoryUsage().getUsed());
        long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Peaks(heapMax, poolPeaks, rssPeakBytes(), !rssReset);
    }

    private void sample() {
        while (running) {
            record(memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(long used) {
        if (used > heapMax) {
            heapMax = used;
        }
    }

    private static boolean resetRssPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** VmHWM in bytes, or -1 where /proc is not there (not Linux). */
    static long rssPeakBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return Long.parseLong(kilobytes) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
