package org.claimscope.pipeline.extract;

import org.claimscope.model.QuoteKind;
import org.claimscope.model.Span;
import org.claimscope.model.StanceKind;

/**
 * A piece of speech found by the rules, before speakers are resolved: its content, the phrase that
 * names its speaker (null when the text names none), and the cue. {@code quote} is the index of the
 * quoted span for direct speech, -1 for reported speech. {@code continues} points at the attribution
 * this one continues (a quote with no cue of its own right after a speaker's quote), or -1. {@code stance}
 * is null for speech, or the kind of stance a verb like "think" or "call for" attributes instead of words.
 */
record Attribution(Span content, QuoteKind kind, Mention speaker, Span cue, int quote, int continues,
                   StanceKind stance) {

    /** Speech. */
    Attribution(Span content, QuoteKind kind, Mention speaker, Span cue, int quote, int continues) {
        this(content, kind, speaker, cue, quote, continues, null);
    }

    Attribution withContinuation(int previous) {
        return new Attribution(content, kind, speaker, cue, quote, previous, stance);
    }

    Attribution asStance(StanceKind k) {
        return new Attribution(content, kind, speaker, cue, quote, continues, k);
    }
}
