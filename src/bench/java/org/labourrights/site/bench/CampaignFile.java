package org.labourrights.site.bench;

import java.util.stream.Collectors;
import org.labourrights.site.model.Language;

/**
 * The text of one synthetic {@code content/campaigns/<slug>.ru.md} or {@code .en.md}: the usual
 * front matter, the campaign's own fields (as in content/campaigns/), then the body.
 */
final class CampaignFile {

    private CampaignFile() {
    }

    static String text(PlannedCampaign campaign, Language language) {
        StringBuilder text = new StringBuilder(4 * 1024);
        text.append("---\n");
        text.append("title: ").append(quoted(campaign.title().in(language))).append('\n');
        text.append("date: ").append(campaign.opens()).append('\n');
        text.append("status: published\n");
        text.append("original: ").append(campaign.original().code()).append('\n');
        text.append("countries: [").append(campaign.cases().stream().map(c -> c.country().code()).distinct()
                .collect(Collectors.joining(", "))).append("]\n");
        text.append("tags: [").append(String.join(", ", campaign.tags())).append("]\n");
        text.append("cases: [").append(campaign.cases().stream().map(PlannedCase::id)
                .collect(Collectors.joining(", "))).append("]\n");
        text.append("summary: ").append(quoted(campaign.summary().in(language))).append('\n');
        text.append("opens: ").append(campaign.opens()).append('\n');
        if (campaign.isOpen()) {
            text.append("state: open\n");
        } else {
            text.append("state: closed\n");
            text.append("closes: ").append(campaign.closes()).append('\n');
            text.append("outcome: ").append(quoted(campaign.outcome().in(language))).append('\n');
        }
        text.append("addressees:\n");
        for (PlannedCampaign.Addressee addressee : campaign.addressees()) {
            text.append("  - name: ").append(quoted(addressee.name().in(language))).append('\n');
            if (addressee.office() != null) {
                text.append("    office: ").append(quoted(addressee.office().in(language))).append('\n');
            }
            if (addressee.address() != null) {
                text.append("    address: ").append(quoted(addressee.address())).append('\n');
            }
            if (addressee.email() != null) {
                text.append("    email: ").append(quoted(addressee.email())).append('\n');
            }
        }
        text.append("letter_subject: ").append(quoted(campaign.letterSubject().in(language))).append('\n');
        // A literal block, as editors write letters: blank lines separate its paragraphs.
        text.append("letter: |\n");
        for (String line : campaign.letter().in(language).split("\n", -1)) {
            text.append(line.isEmpty() ? "" : "  " + line).append('\n');
        }
        if (campaign.supporters() != null) {
            text.append("supporters: ").append(campaign.supporters()).append('\n');
        }
        text.append("---\n\n");
        text.append(campaign.body().in(language));
        return text.toString();
    }

    private static String quoted(String value) {
        return DocumentFile.quoted(value);
    }
}
