package org.labourrights.site.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.labourrights.site.model.Campaign;

/**
 * The ways a visitor can act on a campaign from a static page: an e-mail already written (a
 * {@code mailto:} link, RFC 6068) and plain share links. Plain links only: a share widget would
 * tell the social network who reads the page before anyone clicks.
 */
public record CampaignActions(String mailto, List<ShareLink> share) {

    /** A place to share the page, by its name and the address that opens it there. */
    public record ShareLink(String network, String url) { }

    public static CampaignActions of(Campaign campaign, String title, String pageUrl) {
        String recipients = String.join(",", campaign.emails().stream().map(CampaignActions::encodeAddress).toList());
        String mailto = "mailto:" + recipients + "?subject=" + encode(campaign.letterSubject())
                + "&body=" + encode(campaign.letter());
        String text = encode(title);
        String url = encode(pageUrl);
        return new CampaignActions(mailto, List.of(
                new ShareLink("email", "mailto:?subject=" + text + "&body=" + encode(title + "\n" + pageUrl)),
                new ShareLink("telegram", "https://t.me/share/url?url=" + url + "&text=" + text),
                new ShareLink("whatsapp", "https://wa.me/?text=" + encode(title + " " + pageUrl)),
                new ShareLink("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                new ShareLink("x", "https://x.com/intent/post?url=" + url + "&text=" + text)));
    }

    /**
     * Percent-encoded UTF-8 as mail programs expect it in a mailto: link: spaces as %20 (a '+'
     * would reach the letter as a plus sign) and every line break as CRLF, %0D%0A.
     */
    static String encode(String text) {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        return URLEncoder.encode(crlf, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodeAddress(String email) {
        return encode(email).replace("%40", "@");
    }
}
