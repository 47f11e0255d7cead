package org.claimscope.model;

/** A stretch of speech attributed (or not) to a speaker. {@code text} is exactly {@code span} of the article text. */
public record Quote(String id, QuoteKind kind, String text, Span span, SpeakerRef speaker, Cue cue) {
}
