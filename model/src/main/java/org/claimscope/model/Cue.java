package org.claimscope.model;

/** The words that mark speech: "disse", "according to", "afirmou que", or ":" for colon-introduced quotes. */
public record Cue(String text, Span span) {
}
