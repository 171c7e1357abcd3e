package org.labourrights.site.jbake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the bake did and where its time went, for the build's summary line and the benchmark. */
final class RenderStats {
    final AtomicInteger documents = new AtomicInteger();
    final AtomicInteger pages = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();
    volatile boolean ran;
    volatile long bakeStart;
    private final Map<String, Long> phases = new LinkedHashMap<>();

    /** Records the wall time from {@code startNanos} until now under {@code phase}. */
    synchronized void time(String phase, long startNanos) {
        phases.merge(phase, System.nanoTime() - startNanos, Long::sum);
    }

    /** Each phase's wall time in milliseconds, in the order the phases ran. */
    synchronized Map<String, Long> phaseMillis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        phases.forEach((phase, nanos) -> millis.put(phase, nanos / 1_000_000));
        return millis;
    }
}
