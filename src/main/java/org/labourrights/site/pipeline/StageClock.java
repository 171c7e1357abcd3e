package org.labourrights.site.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a build's or an update's time went: each stage's wall time, in the order the stages ran,
 * for the build's summary line, the preview's log and the benchmarks. Stages that run beside
 * another (the search index while pages are drawn) are timed with {@link #time}.
 */
public final class StageClock {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the stage that began when the last one ended. */
    public synchronized void end(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - last, Long::sum);
        last = now;
    }

    /** Records a stage that ran from {@code startNanos} until now, beside the others. */
    public synchronized void time(String stage, long startNanos) {
        nanos.merge(stage, System.nanoTime() - startNanos, Long::sum);
    }

    /** Each stage's wall time in milliseconds, in the order the stages ran. */
    public synchronized Map<String, Long> millis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        nanos.forEach((stage, time) -> millis.put(stage, time / 1_000_000));
        return millis;
    }
}
