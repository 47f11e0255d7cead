package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * English descriptions that a person's name follows after a comma: "his wife, Gabriela Lenz", "another Twitter user,
 * Jane Baxter", "the Linkflow chief executive, Jeff Warner,", "his best friend at college, Bruce Tully". The name is
 * who the description is; without it the phrase names no one, so the speaker would be lost.
 */
final class DescribedPerson {

    /** Words that open such a description besides determiners: "another", "his", "her", "their". */
    private static final Set<String> OPENERS = Set.of("another", "his", "her", "their", "its", "our", "my");
    /** Prepositions that may tie the description to a place or body: "friend at college", "head of Acme". */
    private static final Set<String> TIES = Set.of("at", "of", "for", "from");
    private static final int MAX_WORDS = 8;

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;

    DescribedPerson(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
    }

    /**
     * The first token of the person's name when a description opens at {@code i} (determiner or possessive, then
     * describing words with a common noun, no person) and is followed by a comma and the name, which then closes
     * (comma, end, relative clause, affiliation, verb of saying); else -1.
     */
    int nameAt(int i, int limit) {
        String opener = doc.lower(i);
        if (i >= limit || !OPENERS.contains(opener) && !lex.grammar().determiners().contains(opener)) {
            return -1;
        }
        if (i > 0 && TokenPredicates.PREPOSITIONS.contains(doc.lower(i - 1))) {
            return -1; // "In a statement Thursday, Rep. X said": an adjunct, and the name opens the clause
        }
        boolean commonNoun = false;
        for (int k = i + 1; k < Math.min(limit, i + 1 + MAX_WORDS); k++) {
            String w = doc.word(k);
            String pos = doc.token(k).pos();
            if (",".equals(w)) {
                return commonNoun && nounAt(k - 1) ? apposedName(k + 1, limit) : -1;
            }
            if (pos == null || "PERSON".equals(np.nerAt(k)) || doc.quoteOf(k) >= 0) {
                return -1; // "a friend of Mary Doe, John …" may be Mary's kin: leave it
            }
            if (TIES.contains(doc.lower(k))) {
                int object = k + 1 < limit && lex.grammar().determiners().contains(doc.lower(k + 1)) ? k + 2 : k + 1;
                if (object >= limit || np.roleHeadEnd(object, limit) > object) {
                    return -1; // "a spokesman for the mayor, X": X may be the mayor
                }
                continue;
            }
            if (MentionParser.POSSESSIVE_MARKS.contains(w)) {
                continue;
            }
            boolean describing = pos.startsWith("NN") && !lex.speech().documentNouns().contains(w)
                    || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("VBG");
            if (!describing || DocumentView.isPunct(w)) {
                return -1;
            }
            commonNoun |= pos.startsWith("NN") && !doc.token(k).isCapitalized();
        }
        return -1;
    }

    private boolean nounAt(int k) {
        String pos = doc.token(k).pos();
        return pos != null && pos.startsWith("NN");
    }

    /** The name after the comma (titles allowed first) when it closes the apposition; else -1. */
    private int apposedName(int n, int limit) {
        for (int t = 0; t < 2 && n < limit && !"PERSON".equals(np.nerAt(n)); t++) {
            int e = np.roleHeadEnd(n, limit);
            n = e > n ? e : lex.names().honorifics().contains(doc.lower(n)) ? n + 1 : n;
        }
        if (n >= limit || !"PERSON".equals(np.nerAt(n))) {
            return -1;
        }
        int end = np.nameEnd(n, limit);
        if (end >= limit) {
            return n;
        }
        String w = doc.lower(end);
        boolean closes = ",".equals(w) || ".".equals(w) || "(".equals(w) || "-LRB-".equals(w)
                || lex.grammar().relativePronouns().contains(w) || lex.grammar().affiliationPreps().contains(w)
                || np.isSpeechVerb(end);
        return closes ? n : -1;
    }
}
