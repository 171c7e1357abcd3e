package org.labourrights.site.bench;

import java.util.List;
import org.labourrights.site.model.Language;

/**
 * One synthetic solidarity campaign, a document pair in {@code content/campaigns/}, decided down
 * to its texts. {@code closes} and {@code outcome} are null while it is open; {@code supporters}
 * is null until editors record a count. Dates are days, as written in front matter.
 *
 * @param cases the cases the campaign is for; the first is the one it is named after
 * @param body  the Markdown text in both languages
 */
record PlannedCampaign(String slug, Language original, List<PlannedCase> cases, List<String> tags, String opens,
                       String closes, RuEn outcome, List<Addressee> addressees, Integer supporters,
                       RuEn title, RuEn summary, RuEn letterSubject, RuEn letter, RuEn body) {

    /** Someone to write to; office, address and e-mail only where known (null otherwise). */
    record Addressee(RuEn name, RuEn office, String address, String email) { }

    PlannedCampaign {
        cases = List.copyOf(cases);
        tags = List.copyOf(tags);
        addressees = List.copyOf(addressees);
    }

    boolean isOpen() {
        return closes == null;
    }

    PlannedCase subject() {
        return cases.get(0);
    }
}
