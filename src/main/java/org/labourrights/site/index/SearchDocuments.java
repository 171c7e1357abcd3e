package org.labourrights.site.index;

import java.util.List;
import org.labourrights.site.index.analysis.HtmlText;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Texts;
import org.labourrights.site.model.Urls;

/** What search finds: the site's public documents (newest first), then its public cases. */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    /** Documents, then cases, each in both languages. The documents' HTML is converted to text on every core. */
    public static List<SearchDocument> of(Site site) {
        List<SearchDocument> all = new java.util.ArrayList<>(site.documents().parallelStream().map(SearchDocuments::of).toList());
        for (Case c : site.cases()) {
            for (Language language : site.languages().all()) {
                all.add(of(c, language));
            }
        }
        return all;
    }

    /**
     * A case as a visitor finds it: by the name its page shows (other spellings only when the full
     * name is public), its role, timeline and the Mission's demands.
     */
    public static SearchDocument of(Case c, Language language) {
        StringBuilder text = new StringBuilder();
        if (c.nameDisplay() == Case.NameDisplay.FULL) {
            text.append(String.join("; ", c.variants())).append('\n');
        }
        for (Texts part : new Texts[] {c.organisation(), c.sentence()}) {
            if (part != null) {
                text.append(part.in(language)).append('\n');
            }
        }
        c.charges().forEach(charge -> text.append(charge.wording().in(language)).append('\n'));
        // The role is the summary; the body carries the rest, each text once.
        c.events().forEach(event -> text.append(event.text().in(language)).append('\n'));
        c.demands().forEach(demand -> text.append(demand.in(language)).append('\n'));
        c.affiliates().forEach(affiliate -> text.append(affiliate.in(language)).append('\n'));
        String latest = c.events().stream().map(e -> e.date()).filter(d -> d.isKnown())
                .max(java.util.Comparator.naturalOrder()).map(d -> d.iso()).orElse("unknown");
        // Every year of its timeline, as the case list narrowed by year counts it (/cases/year/2022/).
        List<String> years = c.events().stream().map(e -> e.date()).filter(d -> d.isKnown()).map(d -> d.year())
                .distinct().sorted(java.util.Comparator.reverseOrder()).map(String::valueOf).toList();
        return new SearchDocument(language.code() + ":cases/" + c.id(), language, Urls.caseUrl(language, c.id()),
                "case", c.displayName(language), latest, c.role() == null ? "" : c.role().in(language), text.toString(),
                c.country() == null ? List.of() : List.of(c.country()), c.status().yaml(), years, List.of());
    }

    public static SearchDocument of(Document document) {
        HtmlText.Sections body = HtmlText.toSections(document.bodyHtml());
        String date = document.date().iso();
        return new SearchDocument(
                document.language().code() + ":" + document.key(),
                document.language(),
                Urls.document(document),
                document.section().slug(),
                document.title(),
                date,
                document.summary(),
                body.text(),
                document.countries(),
                "",
                SearchDocument.yearOf(date),
                body.headings());
    }
}
