package org.labourrights.site.model;

/**
 * A relation as one of its two cases shows it: from the side it is written on ("leader of
 * BKDP") or from the other ({@code inverse}: the BKDP's page lists "leaders: Alexander Yaroshuk").
 * Co-defendants and relatives read the same from both sides.
 */
public record RelatedCase(CaseRelation.Kind kind, boolean inverse, Case other, DocumentKey source) {

    /** The interface text's key: {@code relation.leader_of} or {@code relation.leader_of.inverse}. */
    public String label() {
        boolean symmetric = !kind.toOrganisation();
        return "relation." + kind.yaml() + (inverse && !symmetric ? ".inverse" : "");
    }
}
