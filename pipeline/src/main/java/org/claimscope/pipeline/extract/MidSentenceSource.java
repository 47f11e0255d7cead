package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * "One of the decisions, according to a person close to the process, is to …", "She blamed the video while —
 * according to emails unearthed later — knowing …": a source phrase set off inside the sentence reports the whole
 * sentence around it. The source speaks when it is a speaker phrase; a document or poll names no one.
 */
final class MidSentenceSource {

    /** "according to early results of a survey conducted by X for Y": how long a source phrase may run. */
    private static final int SOURCE_PHRASE_WORDS = 25;
    private static final Set<String> OPENERS = Set.of(",", "—", "–", "(");
    private static final Set<String> CLOSERS = Set.of(",", "—", "–", ")");

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;
    private final TokenPredicates tokens;

    MidSentenceSource(DocumentView doc, MentionParser np, LanguageResources lex, TokenPredicates tokens) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.tokens = tokens;
    }

    /** The sentence [a, end) as what a source set off inside it reports, or null. */
    FoundSpeech find(int a, int end) {
        for (int c = a + 2; c < end - 3; c++) {
            if (!OPENERS.contains(doc.word(c)) || doc.quoteOf(c) >= 0) {
                continue;
            }
            int n = tokens.matchPhrase(c + 1, lex.speech().sourcePreps());
            if (n == 0) {
                continue;
            }
            int from = c + 1 + n;
            int close = -1;
            for (int k = from + 1; k < Math.min(end, from + SOURCE_PHRASE_WORDS) && close < 0; k++) {
                if (CLOSERS.contains(doc.word(k)) && doc.quoteOf(k) < 0) {
                    close = k;
                }
            }
            if (close < 0 || end - close < 3) {
                return null; // "…, according to X." closes the sentence: the trailing cue's case
            }
            Mention m = np.forward(from, close);
            Mention speaker = m != null && m.endToken() == close ? m : null;
            return new FoundSpeech(a, end, speaker, tokens.tokenSpan(c + 1, from));
        }
        return null;
    }
}
