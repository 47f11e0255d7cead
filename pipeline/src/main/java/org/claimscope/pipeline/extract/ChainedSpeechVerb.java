package org.claimscope.pipeline.extract;

import java.util.Set;

/**
 * An English verb of saying that hangs off another verb of its clause: "Moran dodged questions about Patel before
 * saying", "Lowe laughed it off by interjecting", "Sherry smiled and said", "Trent was prompted to say", "Nash said,
 * adding". Its speaker is the subject of the verb it hangs off; the nearest noun before it is that verb's object or
 * sits in an adjunct ("about Patel", "by Senator Burke").
 */
final class ChainedSpeechVerb {

    /** Prepositions that attach a gerund to the clause before: "before saying", "by interjecting". */
    private static final Set<String> LINKS = Set.of("before", "after", "by", "upon", "while", "without");
    /** Coordinators of two verbs with one subject: "smiled and said", "declined to comment but said". */
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** How far back the verb it hangs off may stand. */
    private static final int MAX_DISTANCE = 25;

    private final DocumentView doc;
    private final MentionParser np;
    private final TokenPredicates tokens;
    private final SubjectFinder subjects;

    ChainedSpeechVerb(DocumentView doc, MentionParser np, TokenPredicates tokens, SubjectFinder subjects) {
        this.doc = doc;
        this.np = np;
        this.tokens = tokens;
        this.subjects = subjects;
    }

    /**
     * The speaker of the verb of saying at {@code v} when it hangs off an earlier verb of its sentence (which starts at
     * {@code first}); null when it does not, or when that verb's subject is not found.
     */
    Mention speaker(int v, int first) {
        int j = v - 1;
        while (j > first && isAdverb(j) && j > v - 3) {
            j--; // "and then said", "and later added"
        }
        if (j <= first) {
            return null;
        }
        if (DocumentView.isQuoteMark(doc.word(j)) && j - 1 > first && ",".equals(doc.word(j - 1))) {
            j--; // "said on MSNBC's “Morning Joe,” adding": the comma inside the closing mark
        }
        String pos = doc.token(v).pos();
        String link = doc.lower(j);
        boolean gerund = "VBG".equals(pos);
        boolean chained = gerund && LINKS.contains(link)
                || "VB".equals(pos) && "to".equals(link) // "was prompted to say", "went on to say"
                || COORDINATORS.contains(link) && pos != null && pos.startsWith("VB"); // the tagger may read "joked" as VBN
        boolean afterComma = gerund && ",".equals(link); // "Nefzi said, adding": only after a verb of saying
        if (!chained && !afterComma) {
            return null;
        }
        int head = headVerb(j, first);
        if (head < 0 || afterComma && !np.isSpeechVerb(head)) {
            return null;
        }
        Mention m = subjects.subjectOf(head, first);
        if (m == null && np.isSpeechVerb(head)) {
            m = np.afterVerb(head, j); // "“…,” said Graham on radio, adding, “…”"
        }
        return m == null || m.isZero() || m.endToken() > head && !np.isSpeechVerb(head) ? null : m;
    }

    /**
     * The nearest finite verb before {@code j} in the sentence, outside quotes, or -1. A relative clause set off by
     * commas or dashes is stepped over: in "protesters looped the streets - where the Panthers played - while
     * chanting", the protesters chant.
     */
    private int headVerb(int j, int first) {
        for (int k = j - 1; k >= Math.max(first, j - MAX_DISTANCE); k--) {
            if (";".equals(doc.word(k))) {
                return -1;
            }
            if (doc.quoteOf(k) < 0 && tokens.isFiniteVerb(k)) {
                int opener = relativeClauseOpener(k, first);
                if (opener < 0) {
                    return k;
                }
                k = opener; // go on before the comma or dash that opens the relative clause
            }
        }
        return -1;
    }

    /** The comma or dash before "where/which/who …" that holds verb {@code k}, or -1 if {@code k} is in no such clause. */
    private int relativeClauseOpener(int k, int first) {
        for (int d = k - 1; d > first; d--) {
            String w = doc.word(d);
            if (SETTERS_OFF.contains(w)) {
                return RELATIVES.contains(doc.lower(d + 1)) ? d : -1;
            }
            if (doc.token(d).pos() != null && doc.token(d).pos().startsWith("VB") && d < k) {
                return -1; // another verb first: k heads its own clause
            }
        }
        return -1;
    }

    private static final Set<String> SETTERS_OFF = Set.of(",", "-", "—", "–", "(");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "where", "when");

    private boolean isAdverb(int k) {
        String pos = doc.token(k).pos();
        return pos != null && pos.startsWith("RB");
    }
}
