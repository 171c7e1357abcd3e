package org.labourrights.site.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A charge brought in a case. {@code code} (the law), {@code article} and {@code part} are null
 * when the documents do not give them; {@code wording} is what the charge says.
 */
public record Charge(String code, String article, String part, Texts wording) implements Serializable {

    public Charge {
        Objects.requireNonNull(wording, "wording");
    }
}
