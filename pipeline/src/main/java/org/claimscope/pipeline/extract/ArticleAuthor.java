package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;

/**
 * Who wrote a first-person article, as the article itself says: a byline paragraph that opens it ("By Charlotte
 * Meehan", "Por Ana Lima") or a short author's note near its end ("Charlotte Meehan is playwright-in-residence at …",
 * "Ana Lima é jornalista"). An op-ed's "I laughed and said, “…”" is that person speaking; with neither line, "I"
 * names no one.
 */
final class ArticleAuthor {

    /** Words that open a byline. */
    private static final Set<String> BY = Set.of("by", "por");
    /** Verbs that, right after a name, open an author's note. */
    private static final Set<String> NOTE_VERBS = Set.of("is", "was", "writes", "teaches", "directs", "é", "foi");
    /** How many paragraphs at either end are looked at. */
    private static final int EDGE_PARAGRAPHS = 3;
    /** An author's note is short; a longer paragraph is the story itself. */
    private static final int MAX_NOTE_WORDS = 80;

    private final DocumentView doc;
    private final MentionParser np;
    private Mention found;
    private boolean looked;

    ArticleAuthor(DocumentView doc, MentionParser np) {
        this.doc = doc;
        this.np = np;
    }

    /** The author's name as the article writes it, or null. */
    Mention name() {
        if (!looked) {
            looked = true;
            found = byline();
            if (found == null) {
                found = authorsNote();
            }
        }
        return found;
    }

    private Mention byline() {
        for (int p = 0; p < Math.min(EDGE_PARAGRAPHS, doc.paragraphs.size()); p++) {
            int[] t = tokensOf(p);
            if (t == null || t[1] - t[0] > 6 || !BY.contains(doc.lower(t[0]))) {
                continue;
            }
            Mention m = personAt(t[0] + 1, t[1]);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Mention authorsNote() {
        int n = doc.paragraphs.size();
        for (int p = n - 1; p >= Math.max(0, n - EDGE_PARAGRAPHS); p--) {
            int[] t = tokensOf(p);
            if (t == null || t[1] - t[0] > MAX_NOTE_WORDS) {
                continue;
            }
            Mention m = personAt(t[0], t[1]);
            if (m != null && m.endToken() < t[1] && NOTE_VERBS.contains(doc.lower(m.endToken()))) {
                return m;
            }
        }
        return null;
    }

    /** A person's name that starts exactly at {@code i}, outside any quote. */
    private Mention personAt(int i, int limit) {
        if (i >= limit || doc.quoteOf(i) >= 0 || !"PERSON".equals(np.nerAt(i))) {
            return null;
        }
        int end = np.nameEnd(i, limit);
        if (end <= i + 1) {
            return null; // a surname alone names no author
        }
        Span span = new Span(doc.token(i).begin(), doc.token(end - 1).end());
        return new Mention(Mention.Kind.NAME, i, end, span, span.of(doc.text), SpeakerType.PERSON, null,
                np.genderOf(i));
    }

    /** The first and end token of paragraph {@code p}, or null when it holds none. */
    private int[] tokensOf(int p) {
        Span para = doc.paragraphs.get(p);
        int first = doc.tokenAtOrAfter(para.start());
        int end = doc.tokenAtOrAfter(para.end());
        return first < end ? new int[] {first, end} : null;
    }
}
