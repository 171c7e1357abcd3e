package org.labourrights.site.render;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labourrights.site.content.SiteAssembler;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;

/**
 * What the pages are drawn from: the public site, the tag vocabulary and the settings. A change
 * of the settings or the vocabulary redraws every page.
 */
public record SiteData(Site site, Map<String, Tag> vocabulary, SiteSettings settings) {

    /** The public site from every record read: checked as a whole, drafts and embargoes left out. */
    public static SiteData assemble(List<Document> documents, List<Case> cases, Map<String, Tag> vocabulary,
                                    SiteSettings settings, Instant now) {
        return new SiteData(new SiteAssembler(settings.languages(), vocabulary, now, settings.statusCheckMonths()).assemble(documents, cases), vocabulary, settings);
    }

    /**
     * The site after documents were edited in place, patched instead of assembled again; empty
     * when one of the edits changes what the site-wide checks look at (see
     * {@link SiteAssembler#editInPlace}).
     */
    public Optional<SiteData> editInPlace(Map<Document, Document> edited, Instant now) {
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        SiteAssembler assembler = new SiteAssembler(settings.languages(), vocabulary, now, settings.statusCheckMonths());
        Site patched = site;
        for (Map.Entry<Document, Document> edit : edited.entrySet()) {
            Optional<Site> next = assembler.editInPlace(patched, edit.getKey(), edit.getValue());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            patched = next.get();
        }
        Collection<Document> after = edited.values();
        if (!assembler.pairsAgree(patched, after)) {
            return Optional.empty();
        }
        return Optional.of(new SiteData(patched, vocabulary, settings));
    }
}
