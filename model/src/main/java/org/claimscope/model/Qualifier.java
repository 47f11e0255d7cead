package org.claimscope.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a stated figure relates to its value: "mais de US$ 1 trilhão" is MORE_THAN 1e12. */
public enum Qualifier {
    MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, ABOUT, JUST_OVER, JUST_UNDER, UP_TO, BETWEEN;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
