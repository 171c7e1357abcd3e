package org.labourrights.site.admin;

import java.util.List;
import java.util.Optional;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.StatusAsOf;
import org.labourrights.site.model.Urls;
import org.labourrights.site.render.MarkupText;
import org.labourrights.site.render.Messages;

/**
 * {@code /admin/cases/}: the public cases whose status "needs checking" (see
 * {@link org.labourrights.site.model.StatusReview}), oldest first, each with the date and the
 * document its status rests on and the file to update. Like every page of /admin/ it is
 * published, so it shows names only as the case pages do.
 */
final class CaseCheckPage {

    static final String URL = "/admin/cases/";

    private CaseCheckPage() {
    }

    /** The cases to check, the longest unconfirmed first; undated ones before all. */
    static List<Case> due(Site site) {
        return site.cases().stream().filter(site::needsChecking)
                .sorted(java.util.Comparator.comparing((Case c) -> site.statusAsOf(c).map(StatusAsOf::date)
                        .orElse(org.labourrights.site.model.PartialDate.UNKNOWN)).thenComparing(Case::id))
                .toList();
    }

    static String html(Site site, Messages messages) {
        // The editors' pages are written in English, the Mission's working language.
        Language editors = messages.languages().international();
        List<Case> due = due(site);
        int months = site.statusReview().months();
        StringBuilder html = new StringBuilder();
        html.append(EditorsPage.start("Cases to check"));
        html.append("<p>Made by the last build. A case is listed when its status can still change (it is not")
                .append(" a death, an acquittal, a rehabilitation or a dissolution) and no source of the case file")
                .append(" confirms it within the last ").append(months).append(" months (<code>status_check_months</code>")
                .append(" in <code>content/data/site.yaml</code>). Its public page says that the Mission has no newer")
                .append(" information. When a newer document states the status, cite it under <code>sources:</code>")
                .append(" or give it as <code>status_as_of:</code>; see also <a href=\"/admin/translations/\">what to")
                .append(" translate next</a>.</p>\n");
        html.append("<h2>Status not confirmed for more than ").append(months).append(" months (").append(due.size())
                .append(")</h2>\n");
        if (due.isEmpty()) {
            html.append("<p>Every status that can change has a source of the last ").append(months)
                    .append(" months.</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Status</th>"
                    + "<th scope=\"col\">As of</th><th scope=\"col\">Last source</th><th scope=\"col\">File</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (Case c : due) {
                Optional<StatusAsOf> asOf = site.statusAsOf(c);
                html.append("<tr><td><a href=\"").append(MarkupText.escape(Urls.caseUrl(editors, c.id())))
                        .append("\">").append(MarkupText.escape(c.displayName(editors))).append("</a></td><td>")
                        .append(MarkupText.escape(messages.text(editors, "status." + c.status().yaml())))
                        .append("</td><td>")
                        .append(asOf.map(a -> MarkupText.escape(messages.date(editors, a.date())))
                                .orElse("no dated source"))
                        .append("</td><td>").append(asOf.map(a -> source(site, a)).orElse(""))
                        .append("</td><td><code>").append(MarkupText.escape(c.sourcePath()))
                        .append("</code></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append(EditorsPage.end());
        return html.toString();
    }

    private static String source(Site site, StatusAsOf asOf) {
        if (asOf.outside() != null) {
            return "<a href=\"" + MarkupText.escape(asOf.outside().url()) + "\" rel=\"noopener noreferrer\""
                    + " referrerpolicy=\"no-referrer\">" + MarkupText.escape(asOf.outside().title()) + "</a> ("
                    + MarkupText.escape(asOf.outside().publisher()) + ")";
        }
        Optional<Document> document = site.findAny(asOf.source());
        return document.map(d -> "<a href=\"" + MarkupText.escape(Urls.document(d)) + "\" lang=\""
                + d.language().code() + "\">" + MarkupText.escape(d.title()) + "</a>")
                .orElse(MarkupText.escape(asOf.source().toString()));
    }
}
