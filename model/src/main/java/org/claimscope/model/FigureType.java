package org.claimscope.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum FigureType {
    MONEY, PERCENT, NUMBER, QUANTITY, DURATION;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
