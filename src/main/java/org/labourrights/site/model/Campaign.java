package org.labourrights.site.model;

import java.io.Serializable;
import java.util.List;

/**
 * What makes a document of {@code content/campaigns/} a solidarity campaign: whom to write to,
 * the letter to send, when it runs and, once closed, how it ended.
 *
 * @param supporters how many supported it through the site's form, as counted by the editors
 *                   from Netlify's form submissions; null until they record a count
 * @param respondBy  the date by which action is needed (an urgent action), or null
 * @param updates    what happened since it opened, in the order written; the page and the
 *                   campaign's feed show them newest first
 */
public record Campaign(List<Addressee> addressees, PartialDate opens, PartialDate closes, State state, String outcome,
                       String letterSubject, String letter, Integer supporters, PartialDate respondBy,
                       List<Update> updates) implements Serializable {

    public enum State { OPEN, CLOSED }

    /** Someone the letter is addressed to; office, postal address and e-mail only where known. */
    public record Addressee(String name, String office, String address, String email) implements Serializable { }

    /** A dated piece of news about the campaign, in the language of its file. */
    public record Update(PartialDate date, String text) implements Serializable { }

    public Campaign {
        addressees = List.copyOf(addressees);
        updates = List.copyOf(updates);
    }

    /** Newest first, as the page and the feed show them; equal dates keep the order written. */
    public List<Update> updatesNewestFirst() {
        List<Update> sorted = new java.util.ArrayList<>(updates);
        sorted.sort(java.util.Comparator.comparing(Update::date).reversed());
        return sorted;
    }

    /** Whether the date to act by is behind us on {@code today}: even its last day has gone. */
    public boolean deadlinePassed(java.time.LocalDate today) {
        return respondBy != null && respondBy.isKnown() && respondBy.lastDay().isBefore(today);
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public List<String> emails() {
        return addressees.stream().map(Addressee::email).filter(e -> e != null && !e.isBlank()).toList();
    }
}
