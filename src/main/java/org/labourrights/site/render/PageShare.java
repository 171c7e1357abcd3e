package org.labourrights.site.render;

import org.labourrights.site.cards.ShareCard;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.PartialDate;

/**
 * How a page appears when its link is shared: its Open Graph type, the day it was published
 * (only when the page gives a whole day: a month is never turned into a guessed day), and its
 * card. A card says only what its page shows, in the page's language: a document's or campaign's
 * title, kind and date; a case's name as the case page shows it (initials or pseudonym when the
 * case asks) with its status; every other page of a language shares one card with the site's
 * introduction.
 *
 * @param published the day as {@code yyyy-mm-dd}, or null
 */
public record PageShare(String type, String published, ShareCard card) {

    public static PageShare of(Page page, Messages messages) {
        Language language = page.language();
        if (language == null) {
            // The language chooser and the root 404 are for every language: the Mission's name in each.
            Language international = messages.languages().international();
            return new PageShare("website", null, new ShareCard("", "", messages.text(international, "site.name"),
                    String.join(" · ", messages.languages().others(international).stream()
                            .map(other -> messages.text(other, "site.name")).toList())));
        }
        String siteName = messages.text(language, "site.name");
        if (page.data().get("doc") instanceof Document doc) {
            PartialDate date = doc.date();
            return new PageShare("article", date.precision() == PartialDate.Precision.DAY ? date.iso() : null,
                    new ShareCard(messages.text(language, "type." + doc.section().slug()),
                            date.isKnown() ? messages.date(language, date) : "", doc.title(), siteName));
        }
        if (page.data().get("case") instanceof Case c && page.template().equals("case.ftlh")) {
            String status = messages.text(language, "type.case") + " · "
                    + messages.text(language, "status." + c.status().yaml());
            PartialDate since = c.statusSince();
            return new PageShare("article", null, new ShareCard(status,
                    since != null && since.isKnown() ? messages.date(language, since) : "",
                    c.displayName(language), siteName));
        }
        return new PageShare("website", null,
                new ShareCard("", "", messages.text(language, "site.intro"), siteName));
    }
}
