package org.claimscope.pipeline.extract;

import org.claimscope.model.Span;

/**
 * A stretch of text between quote marks (or after a dialogue dash). {@code open}/{@code close} are the
 * offsets of the marks themselves (close == content end when the quote runs to the paragraph end).
 * {@code answer}: an answer paragraph of a printed interview, the interviewee's words without marks, or a turn of
 * a transcript ({@link TranscriptTurns}), its speaker's words after the label.
 */
public record QuotedSpan(int open, int close, Span content, boolean answer) {

    public QuotedSpan(int open, int close, Span content) {
        this(open, close, content, false);
    }

    public int wordCount(String text) {
        return (int) content.of(text).codePoints().filter(Character::isWhitespace).count() + 1;
    }
}
