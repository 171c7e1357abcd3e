package org.labourrights.site.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A tie between two cases that a document of the Mission states: Alexander Yaroshuk is the
 * president (a leader) of the BKDP. Written once, in one of the two case files; both pages show it,
 * each from its own side ("leader of BKDP" / "leaders: Alexander Yaroshuk").
 *
 * @param other  the id of the other case
 * @param source the document that states the tie
 */
public record CaseRelation(Kind kind, String other, DocumentKey source) implements Serializable {

    /** The closed list of ties; what each requires of the two cases is checked when the site is assembled. */
    public enum Kind {
        MEMBER_OF(true),
        LEADER_OF(true),
        AFFILIATE_OF(true),
        CO_DEFENDANT(false),
        RELATIVE_OF(false);

        private final boolean toOrganisation;

        Kind(boolean toOrganisation) {
            this.toOrganisation = toOrganisation;
        }

        /** Whether the other case must be an organisation (member of, leader of, affiliate of). */
        public boolean toOrganisation() {
            return toOrganisation;
        }

        /** As written in a case file: {@code member_of}. */
        public String yaml() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromYaml(String text) {
            return Arrays.stream(values()).filter(k -> k.yaml().equals(text)).findFirst();
        }
    }

    public CaseRelation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(source, "source");
    }
}
