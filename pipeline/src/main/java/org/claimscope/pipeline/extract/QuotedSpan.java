package org.claimscope.pipeline.extract;

import org.claimscope.model.Span;

/**
 * A stretch of text between quote marks (or after a dialogue dash). {@code open}/{@code close} are the
 * offsets of the marks themselves (close == content end when the quote runs to the paragraph end).
 */
public record QuotedSpan(int open, int close, Span content) {

    public int wordCount(String text) {
        return (int) content.of(text).codePoints().filter(Character::isWhitespace).count() + 1;
    }
}
