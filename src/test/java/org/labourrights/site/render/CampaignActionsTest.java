package org.labourrights.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourrights.site.model.Campaign;
import org.labourrights.site.model.PartialDate;

class CampaignActionsTest {

    static Campaign campaign(List<Campaign.Addressee> addressees) {
        return new Campaign(addressees, new PartialDate(2022, 11, 15), null, Campaign.State.OPEN, null,
                "Освободите Ержана Елшибаева", "Правительству Республики Казахстан\n\nПрошу вас & немедленно: освободить.",
                null, null, List.of());
    }

    @Test
    void theMailtoLinkCarriesSubjectAndLetterAsUtf8WithCrlfLineBreaks() {
        CampaignActions actions = CampaignActions.of(campaign(List.of(
                new Campaign.Addressee("Office", null, null, "office@example.org"),
                new Campaign.Addressee("Second", null, null, "second@example.org"))), "T", "https://site/ru/x/");

        String mailto = actions.mailto();
        assertTrue(mailto.startsWith("mailto:office@example.org,second@example.org?subject="), mailto);
        assertTrue(mailto.contains("%0D%0A%0D%0A"), "blank line between paragraphs as CRLF CRLF: " + mailto);
        assertTrue(!mailto.contains("+") && !mailto.contains(" "), "spaces must be %20, never '+': " + mailto);
        String body = mailto.substring(mailto.indexOf("&body=") + 6);
        assertEquals("Правительству Республики Казахстан\r\n\r\nПрошу вас & немедленно: освободить.",
                URLDecoder.decode(body, StandardCharsets.UTF_8));
        String subject = mailto.substring(mailto.indexOf("subject=") + 8, mailto.indexOf("&body="));
        assertEquals("Освободите Ержана Елшибаева", URLDecoder.decode(subject, StandardCharsets.UTF_8));
    }

    @Test
    void withoutAKnownAddressTheVisitorFillsInTheRecipient() {
        CampaignActions actions = CampaignActions.of(campaign(List.of(
                new Campaign.Addressee("Правительство Республики Казахстан", null, null, null))), "T", "https://site/x/");
        assertTrue(actions.mailto().startsWith("mailto:?subject="), actions.mailto());
    }

    @Test
    void shareLinksArePlainAddressesThatCarryThePage() {
        CampaignActions actions = CampaignActions.of(campaign(List.of()), "Свободу Ержану Елшибаеву",
                "https://site/ru/campaigns/free/");
        assertEquals(List.of("email", "telegram", "whatsapp", "facebook", "x"),
                actions.share().stream().map(CampaignActions.ShareLink::network).toList());
        for (CampaignActions.ShareLink link : actions.share()) {
            URI uri = URI.create(link.url());
            String decoded = URLDecoder.decode(link.url(), StandardCharsets.UTF_8);
            assertTrue(decoded.contains("https://site/ru/campaigns/free/"), link.url());
            assertTrue(uri.getScheme().equals("https") || uri.getScheme().equals("mailto"), link.url());
        }
    }
}
