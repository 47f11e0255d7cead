package org.claimscope.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** direct: all in quote marks; indirect: reported speech, no marks; mixed: reported speech with quoted parts. */
public enum QuoteKind {
    DIRECT, INDIRECT, MIXED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
