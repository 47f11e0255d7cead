package org.claimscope.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a stance attributes to its source. belief: what the source thinks, expects, hopes or fears ("Economists
 * expect …", "The convention is expected to …"); evidence: what a poll, study or record shows ("The poll shows …");
 * position: what the source wants, calls for, backs, opposes, praises or criticizes ("She has called for a recount",
 * "Christie endorsed Trump"); message: what the source announced, cited, mentioned or discussed, named by a noun
 * phrase rather than reported in words ("The department announced a new 266% tariff"); question: a question the source
 * asked, reported ("She asked whether the contract was reviewed"), which states nothing a claim could hold.
 */
public enum StanceKind {
    BELIEF, EVIDENCE, POSITION, MESSAGE, QUESTION;

    /** Whether the verb's object may be the content, not only a clause: "endorsed Trump", "announced a tariff". */
    public boolean takesObject() {
        return this == POSITION || this == MESSAGE;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
