package org.labourrights.site.model;

import java.util.List;

/**
 * What makes a document of {@code content/campaigns/} a solidarity campaign: whom to write to,
 * the letter to send, when it runs and, once closed, how it ended.
 *
 * @param supporters how many supported it through the site's form, as counted by the editors
 *                   from Netlify's form submissions; null until they record a count
 */
public record Campaign(List<Addressee> addressees, PartialDate opens, PartialDate closes, State state, String outcome,
                       String letterSubject, String letter, Integer supporters) {

    public enum State { OPEN, CLOSED }

    /** Someone the letter is addressed to; office, postal address and e-mail only where known. */
    public record Addressee(String name, String office, String address, String email) { }

    public Campaign {
        addressees = List.copyOf(addressees);
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public List<String> emails() {
        return addressees.stream().map(Addressee::email).filter(e -> e != null && !e.isBlank()).toList();
    }
}
