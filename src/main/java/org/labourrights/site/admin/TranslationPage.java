package org.labourrights.site.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Urls;
import org.labourrights.site.render.MarkupText;
import org.labourrights.site.render.Messages;
import org.labourrights.site.translation.TranslationWork;

/**
 * {@code /admin/translations/}: the {@link TranslationReport} as a page for editors. Plain HTML
 * and one stylesheet, no script; kept out of search engines like the rest of /admin/.
 */
final class TranslationPage {

    static final String URL = "/admin/translations/";

    private final Messages messages;
    /** The editors' pages are written in English, the Mission's working language. */
    private final Language editors;
    private final StringBuilder html = new StringBuilder();

    private TranslationPage(Messages messages) {
        this.editors = messages.languages().international();
        this.messages = messages;
    }

    static String html(TranslationReport report, Messages messages) {
        return new TranslationPage(messages).render(report);
    }

    private String render(TranslationReport report) {
        html.append(EditorsPage.start("What to translate next"));
        html.append("""
                <p>Made by the last build from what the public site shows: drafts, texts under embargo and the
                private notes of case files are not listed. To write a translation, open the document in the
                <a href="/admin/">editor</a> and switch its language to the missing one.</p>
                """);
        missing(report);
        outdated(report);
        untranslated(report);
        html.append(EditorsPage.end());
        return html.toString();
    }

    private void missing(TranslationReport report) {
        heading("Documents in one language only", report.missing().size());
        if (report.missing().isEmpty()) {
            html.append("<p>Every published document is published in both languages.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Date</th>"
                + "<th scope=\"col\">Missing</th><th scope=\"col\">File to write</th></tr></thead>\n<tbody>\n");
        for (TranslationWork.Missing<Document> entry : report.missing()) {
            html.append("<tr><td>").append(link(entry.present())).append("</td><td>")
                    .append(MarkupText.escape(messages.date(editors, entry.present().date()))).append("</td><td>")
                    .append(entry.missing().englishName()).append("</td><td><code>")
                    .append(MarkupText.escape(entry.fileToWrite())).append("</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void outdated(TranslationReport report) {
        heading("Translations older than their original", report.outdated().size());
        switch (report.history()) {
            case ABSENT -> {
                html.append("<p class=\"notice\">This build had no git history (the site was built outside a git"
                        + " repository), so it cannot tell which translations are older than their original. A build"
                        + " from a full clone of the repository lists them here.</p>\n");
                return;
            }
            case SHALLOW -> {
                html.append("<p class=\"notice\">This build ran on a shallow clone of the repository, which keeps"
                        + " only the latest commit, so it cannot tell which translations are older than their"
                        + " original. A build from a full clone lists them here.</p>\n");
                return;
            }
            case COMPLETE -> { }
        }
        if (report.outdated().isEmpty()) {
            html.append("<p>No translation was last changed before its original.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">Original</th><th scope=\"col\">Original changed</th>"
                + "<th scope=\"col\">Translation changed</th><th scope=\"col\">File to update</th></tr></thead>\n<tbody>\n");
        for (TranslationWork.Outdated<Document> entry : report.outdated()) {
            html.append("<tr><td>").append(link(entry.original())).append("</td><td>")
                    .append(MarkupText.escape(day(entry.originalCommitted()))).append("</td><td>")
                    .append(MarkupText.escape(day(entry.translationCommitted()))).append("</td><td><code>")
                    .append(MarkupText.escape(entry.translation().sourcePath())).append("</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void untranslated(TranslationReport report) {
        heading("Case texts that look untranslated", report.untranslated().size());
        if (report.untranslated().isEmpty()) {
            html.append("<p>Every text of the published case files is written in both languages.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Where</th>"
                + "<th scope=\"col\">Why</th><th scope=\"col\">File</th></tr></thead>\n<tbody>\n");
        for (TranslationReport.Untranslated entry : report.untranslated()) {
            String id = entry.of().id();
            html.append("<tr><td><a href=\"").append(MarkupText.escape(Urls.caseUrl(editors, id))).append("\">")
                    .append(MarkupText.escape(entry.of().displayName(editors))).append("</a></td><td>")
                    .append(MarkupText.escape(entry.field())).append(" (").append(entry.language().code()).append(")</td><td>")
                    .append(MarkupText.escape(entry.reason())).append("</td><td><code>content/cases/")
                    .append(MarkupText.escape(id)).append(".yaml</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void heading(String text, int count) {
        html.append("<h2>").append(MarkupText.escape(text)).append(" (").append(count).append(")</h2>\n");
    }

    private static String link(Document document) {
        return "<a href=\"" + MarkupText.escape(Urls.document(document)) + "\" lang=\"" + document.language().code() + "\">"
                + MarkupText.escape(document.title()) + "</a>";
    }

    private String day(long epochSeconds) {
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
        return messages.date(editors, PartialDate.of(date));
    }
}
