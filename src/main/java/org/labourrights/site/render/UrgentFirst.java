package org.labourrights.site.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.labourrights.site.model.Campaign;
import org.labourrights.site.model.Document;

/**
 * The order of the campaigns' list: open campaigns whose deadline is still ahead come first, the
 * nearest deadline first, since that is where a visitor's action counts now; then the rest, newest
 * first as every list.
 */
final class UrgentFirst {

    private UrgentFirst() {
    }

    static List<Document> of(List<Document> newestFirst, LocalDate today) {
        List<Document> urgent = new ArrayList<>();
        List<Document> rest = new ArrayList<>();
        for (Document document : newestFirst) {
            Campaign campaign = document.campaign();
            boolean counts = campaign != null && campaign.isOpen() && campaign.respondBy() != null
                    && campaign.respondBy().isKnown() && !campaign.deadlinePassed(today);
            (counts ? urgent : rest).add(document);
        }
        // A stable sort: equal deadlines keep the newest first.
        urgent.sort(Comparator.comparing(d -> d.campaign().respondBy()));
        urgent.addAll(rest);
        return urgent;
    }
}
