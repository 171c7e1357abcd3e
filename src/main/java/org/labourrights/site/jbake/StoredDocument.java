package org.labourrights.site.jbake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.labourrights.site.model.Campaign;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Section;

/**
 * A {@link Document} as JBake's content store keeps it: plain strings, lists and maps, since the
 * store is a database. Both directions live here, so the two cannot drift apart.
 */
final class StoredDocument {

    static final String TYPE = "document";

    private StoredDocument() {
    }

    static DocumentModel toModel(Document document, Instant now) {
        DocumentModel model = new DocumentModel();
        model.setType(TYPE);
        // JBake's own renderers, were any switched on, would see only what the public may see.
        model.setStatus(document.isPublicAt(now) ? "published" : "draft");
        model.setTitle(document.title());
        model.setDate(document.date().isKnown()
                ? Date.from(document.date().firstDay().atStartOfDay(ZoneOffset.UTC).toInstant()) : null);
        model.setBody(document.bodyHtml());
        model.put("source_path", document.sourcePath());
        model.put("section", document.section().slug());
        model.put("slug", document.slug());
        model.put("url_slug", document.urlSlug());
        model.put("lang", document.language().code());
        model.put("date_iso", document.date().iso());
        model.put("doc_status", document.status().name());
        model.put("original", document.original().code());
        model.put("countries", new ArrayList<>(document.countries()));
        model.put("topics", new ArrayList<>(document.tags()));
        model.put("cases", new ArrayList<>(document.cases()));
        model.put("aliases", new ArrayList<>(document.aliases()));
        putIfPresent(model, "summary", document.summary());
        putIfPresent(model, "place", document.place());
        putIfPresent(model, "event", document.event());
        putIfPresent(model, "embargo", document.embargo() == null ? null : document.embargo().toString());
        model.put("links", document.links().stream().filter(l -> !l.picture()).map(l -> l.line() + " " + l.target()).toList());
        model.put("pictures", document.links().stream().filter(Document.Link::picture)
                .map(l -> l.line() + " " + l.target()).toList());
        model.put("field_lines", new HashMap<>(document.fieldLines()));
        if (document.campaign() != null) {
            putCampaign(model, document.campaign());
        }
        return model;
    }

    private static void putCampaign(DocumentModel model, Campaign campaign) {
        model.put("campaign_state", campaign.state().name());
        model.put("campaign_opens", campaign.opens().iso());
        putIfPresent(model, "campaign_closes", campaign.closes() == null ? null : campaign.closes().iso());
        putIfPresent(model, "campaign_outcome", campaign.outcome());
        model.put("campaign_subject", campaign.letterSubject());
        model.put("campaign_letter", campaign.letter());
        if (campaign.supporters() != null) {
            model.put("campaign_supporters", campaign.supporters());
        }
        List<Map<String, String>> addressees = new ArrayList<>();
        for (Campaign.Addressee a : campaign.addressees()) {
            Map<String, String> fields = new HashMap<>();
            fields.put("name", a.name());
            fields.put("office", a.office() == null ? "" : a.office());
            fields.put("address", a.address() == null ? "" : a.address());
            fields.put("email", a.email() == null ? "" : a.email());
            addressees.add(fields);
        }
        model.put("campaign_addressees", addressees);
        putIfPresent(model, "campaign_respond_by", campaign.respondBy() == null ? null : campaign.respondBy().iso());
        List<Map<String, String>> updates = new ArrayList<>();
        for (Campaign.Update update : campaign.updates()) {
            updates.add(Map.of("date", update.date().iso(), "text", update.text()));
        }
        model.put("campaign_updates", updates);
    }

    private static Campaign campaign(DocumentModel model) {
        if (model.get("campaign_state") == null) {
            return null;
        }
        List<Campaign.Addressee> addressees = new ArrayList<>();
        if (model.get("campaign_addressees") instanceof Collection<?> stored) {
            for (Object item : stored) {
                Map<?, ?> fields = (Map<?, ?>) item;
                addressees.add(new Campaign.Addressee(emptyToNull(fields.get("name")), emptyToNull(fields.get("office")),
                        emptyToNull(fields.get("address")), emptyToNull(fields.get("email"))));
            }
        }
        List<Campaign.Update> updates = new ArrayList<>();
        if (model.get("campaign_updates") instanceof Collection<?> stored) {
            for (Object item : stored) {
                Map<?, ?> fields = (Map<?, ?>) item;
                updates.add(new Campaign.Update(parseDate(fields.get("date").toString()), fields.get("text").toString()));
            }
        }
        String closes = string(model, "campaign_closes");
        String respondBy = string(model, "campaign_respond_by");
        Object supporters = model.get("campaign_supporters");
        return new Campaign(addressees, parseDate(string(model, "campaign_opens")),
                closes == null ? null : parseDate(closes), Campaign.State.valueOf(string(model, "campaign_state")),
                string(model, "campaign_outcome"), string(model, "campaign_subject"), string(model, "campaign_letter"),
                supporters == null ? null : ((Number) supporters).intValue(),
                respondBy == null ? null : parseDate(respondBy), updates);
    }

    private static String emptyToNull(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    static Document fromModel(DocumentModel model, Languages languages) {
        return new Document(
                string(model, "source_path"),
                new DocumentKey(Section.fromSlug(string(model, "section")).orElseThrow(), string(model, "slug")),
                string(model, "url_slug"),
                languages.byCode(string(model, "lang")).orElseThrow(),
                model.getTitle(),
                parseDate(string(model, "date_iso")),
                Document.Status.valueOf(string(model, "doc_status")),
                languages.byCode(string(model, "original")).orElseThrow(),
                strings(model, "countries"),
                strings(model, "topics"),
                string(model, "summary"),
                string(model, "place"),
                string(model, "event"),
                strings(model, "cases"),
                strings(model, "aliases"),
                model.get("embargo") == null ? null : Instant.parse(string(model, "embargo")),
                model.getBody(),
                java.util.stream.Stream.concat(strings(model, "links").stream().map(l -> link(l, false)),
                        strings(model, "pictures").stream().map(l -> link(l, true))).toList(),
                lines(model.get("field_lines")),
                campaign(model));
    }

    private static void putIfPresent(DocumentModel model, String key, String value) {
        if (value != null) {
            model.put(key, value);
        }
    }

    private static String string(DocumentModel model, String key) {
        Object value = model.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> strings(DocumentModel model, String key) {
        Object value = model.get(key);
        List<String> list = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> list.add(item.toString()));
        }
        return list;
    }

    private static Document.Link link(String stored, boolean picture) {
        int space = stored.indexOf(' ');
        return new Document.Link(Integer.parseInt(stored.substring(0, space)), stored.substring(space + 1), picture);
    }

    private static Map<String, Integer> lines(Object stored) {
        Map<String, Integer> lines = new HashMap<>();
        if (stored instanceof Map<?, ?> map) {
            map.forEach((k, v) -> lines.put(k.toString(), ((Number) v).intValue()));
        }
        return lines;
    }

    private static PartialDate parseDate(String iso) {
        return iso == null ? PartialDate.UNKNOWN : PartialDate.parse(iso);
    }
}
