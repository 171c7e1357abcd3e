package org.labourrights.site.pipeline;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The moment a build judges embargoes by: now, unless {@code SITE_NOW} (an ISO timestamp) says
 * otherwise, so that a test or an editor can preview what the site will show at a given time.
 */
public final class BuildClock {

    private BuildClock() {
    }

    public static Instant now() {
        String fixed = System.getenv("SITE_NOW");
        return fixed == null || fixed.isBlank() ? Instant.now() : OffsetDateTime.parse(fixed).toInstant();
    }
}
