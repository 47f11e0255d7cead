package org.claimscope.pipeline.extract;

import org.claimscope.model.Span;

/** Reported speech a rule found: the content's tokens [from, to), its speaker (null for no one) and the cue. */
record FoundSpeech(int from, int to, Mention speaker, Span cue) {
}
