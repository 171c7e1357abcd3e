package org.labourrights.site.jbake;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the rendering tool did, for the build's summary line and the benchmark. */
final class RenderStats {
    final AtomicInteger documents = new AtomicInteger();
    final AtomicInteger pages = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();
    volatile boolean ranFirst;
}
