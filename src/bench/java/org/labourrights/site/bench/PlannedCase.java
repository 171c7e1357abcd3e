package org.labourrights.site.bench;

import java.util.List;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.EventType;

/**
 * One synthetic case, decided down to its texts: everything {@link CaseFile} writes into
 * {@code content/cases/<id>.yaml}. Optional fields are null (or empty lists), as in a real file
 * where the sources are silent. Dates are as written in YAML: 2019-04-17, 2019-04 or 2019.
 *
 * @param display    full, initials or pseudonym, as the {@code name_display} field spells it
 * @param documents  the documents that name this case in their {@code cases:} front matter, and
 *                   that the case lists back under {@code documents:}
 * @param parent     the id of the organisation this case belongs to, or null
 * @param privateNote staff notes, written under {@code private:} (the build must drop them), or null
 */
record PlannedCase(int index, String id, boolean person, boolean female, RuEn name, List<String> variants,
                   String display, RuEn pseudonym, CountryWords country, CaseStatus status, String statusSince,
                   RuEn role, RuEn organisation, List<CaseBank.ChargeWords> charges, RuEn sentence,
                   List<Event> events, List<RuEn> demands, List<Source> sources, List<PlannedPair> documents,
                   List<RuEn> affiliates, String parent, String privateNote) {

    /** An event of the timeline and the documents it is stated in. */
    record Event(String date, EventType type, RuEn text, List<PlannedPair> sources) {
        Event {
            sources = List.copyOf(sources);
        }
    }

    /** A document the facts come from, with what it supports (or null). */
    record Source(PlannedPair document, RuEn note) { }

    PlannedCase {
        variants = List.copyOf(variants);
        charges = List.copyOf(charges);
        events = List.copyOf(events);
        demands = List.copyOf(demands);
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
        affiliates = List.copyOf(affiliates);
    }

    /** Campaigns, letters and titles show the name, so only cases that publish it in full may have one. */
    boolean showsFullName() {
        return display.equals("full");
    }

    /** How a case file names a document: its section and file name, statements/free-speech-kz-00012. */
    static String documentKey(PlannedPair pair) {
        return pair.section().slug() + "/" + pair.slug();
    }
}
