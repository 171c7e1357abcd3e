package org.labourrights.site.model;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to write to a person in prison: the address as its source gives it, in its own script; the
 * languages a letter may be in; whether a stranger's letter reaches the person; a few words of
 * advice; and where the address comes from. Never on a case whose name is hidden: an address
 * says who and where a person is.
 */
public record Letters(String address, List<String> languages, Reach reach, Texts guidance, CaseSource source) implements Serializable {

    /** Whether letters from people the prisoner does not know get through. */
    public enum Reach {
        YES, ONLY_FROM_LISTED_SENDERS, NO, UNKNOWN;

        public String yaml() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Letters {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(source, "source");
        languages = List.copyOf(languages);
    }

    /** The address line by line, as it is written on the envelope. */
    public List<String> addressLines() {
        return address.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
