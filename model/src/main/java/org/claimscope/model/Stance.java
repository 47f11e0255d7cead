package org.claimscope.model;

/**
 * A belief, piece of evidence or position the article attributes to a source without reporting its words: not a
 * quote, so kept apart from {@link Quote}s. {@code text} is exactly {@code span} of the article text; {@code source}
 * is the speaker who holds it (null when the text names no one) and {@code cue} the verb that attributes it.
 */
public record Stance(String id, StanceKind kind, String text, Span span, SpeakerRef source, Cue cue) {
}
