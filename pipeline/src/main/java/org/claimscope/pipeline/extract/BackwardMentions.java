package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * The speaker phrase that ends right before a verb, read backwards: over parentheses, appositions and a name's
 * short affiliation, to a group or a role and its adjectives.
 */
final class BackwardMentions extends ParserPart {

    /** What sets off an apposition: "Neil Ashworth — ‘the Prof’ to his players — said". */
    private static final Set<String> SEPARATORS = Set.of(",", "—", "–");

    /**
     * How long one comma-separated segment before the verb may be: "Douglas Holtz-Eakin, an economic adviser to
     * Republicans and former director of the nonpartisan Congressional Budget Office, wrote" runs to 14 tokens.
     */
    private static final int APPOSITION_TOKENS = 20;

    private final MentionParser np;
    private final PremodifiedName premodified;

    BackwardMentions(DocumentView doc, LanguageResources lex, MentionParser np, PremodifiedName premodified) {
        super(doc, lex);
        this.np = np;
        this.premodified = premodified;
    }

    /**
     * "The United Auto Workers union", "the Nvidia board": an organization's name right before a lower-case noun of
     * what it is. The noun only says what kind of body the named one is, so the name is the speaker (a bare "the
     * union" would be resolved to an antecedent whose name holds "union", and "United Auto Workers" holds none).
     */
    private Mention organizationBeforeItsNoun(int end, int floor) {
        int noun = end - 1;
        if (noun - 1 <= floor || doc.token(noun).isCapitalized() || !lex.sources().orgNouns().contains(doc.lower(noun))
                || !"ORGANIZATION".equals(doc.token(noun - 1).ner())) {
            return null;
        }
        int k = noun - 1;
        while (k > floor && "ORGANIZATION".equals(doc.token(k - 1).ner())) {
            k--;
        }
        Mention named = np.forward(k, noun);
        return named != null && named.kind() == Mention.Kind.NAME
                && named.type() == org.claimscope.model.SpeakerType.ORGANIZATION && named.endToken() == noun ? named : null;
    }

    /** The speaker phrase that ends right before token {@code end}, looking back no further than floor. */
    Mention backward(int end, int floor) {
        if (end - 1 > floor && ")".equals(doc.word(end - 1))) {
            // "The Office for Budget Responsibility (OBR) said"
            for (int c = end - 2; c > Math.max(floor, end - 8); c--) {
                if ("(".equals(doc.word(c))) {
                    return backward(c, floor);
                }
            }
        }
        Mention best = null;
        for (int start = end - 1; start >= Math.max(floor, end - 9); start--) {
            Mention m = np.forward(start, end);
            if (m != null && m.endToken() == end) {
                best = m;
            }
            if (DocumentView.isPunct(doc.word(start)) && !"'s".equals(doc.word(start))) {
                break;
            }
        }
        if (best == null || best.kind() == Mention.Kind.ORG_NOUN && best.endToken() - best.firstToken() == 1) {
            Mention named = organizationBeforeItsNoun(end, floor);
            if (named != null) {
                return named;
            }
        }
        if (best == null) {
            best = groupBefore(end, floor);
        }
        if (best == null) {
            // "O dirigente sindical adiantou": a role and its adjectives right before the verb
            for (int start = Math.max(floor, end - 6); start < end - 1 && best == null; start++) {
                Mention m = np.forward(start, end);
                if (m != null && m.kind() == Mention.Kind.ROLE && end - m.endToken() <= 2 && lowercaseWords(m.endToken(), end)) {
                    best = m;
                }
            }
        }
        if (best == null) {
            best = nameWithAffiliation(end, floor);
        }
        if (best != null && best.kind() == Mention.Kind.ROLE && "en".equals(lex.language())) {
            Mention named = premodified.nameBeforeRole(best, floor);
            if (named != null) {
                return named; // "Anthony Anton, president and CEO of the association stated"
            }
        }
        if (best == null && end - 1 > floor && SEPARATORS.contains(doc.word(end - 1))) {
            // Appositions before the verb: "a presidente do banco, Sofia Antunes, afirmou", "Sam Altman, CEO
            // da OpenAI, disse", "Jane Doe, 52, a teacher at X, told", "O deputado X, do Bloco, afirmou":
            // walk back over the comma-separated segments to the first that names someone and is no complement.
            int segmentEnd = end - 1;
            Mention described = null;
            for (int segments = 0; segments < 4 && segmentEnd > floor; segments++) {
                int c = segmentEnd - 1;
                while (c > Math.max(floor, segmentEnd - APPOSITION_TOKENS) && !SEPARATORS.contains(doc.word(c))) {
                    c--;
                }
                // ", que reúne empresas como a X,", ", da empresa Clima Sul,", ", who voted against it,"
                String opener = doc.lower(SEPARATORS.contains(doc.word(c)) ? c + 1 : c);
                boolean aside = lex.grammar().relativePronouns().contains(opener) || lex.grammar().affiliationPreps().contains(opener)
                        || lex.grammar().datives().contains(opener) || lex.grammar().adjunctPreps().contains(opener)
                        || lex.grammar().indefinites().contains(opener) && segments == 0 && c > floor + 1;
                Mention m = aside ? null : backward(segmentEnd, floor);
                // "Sam Reyes, a senior analyst at X, said": the indefinite role describes the name before it
                boolean describes = m != null && m.kind() == Mention.Kind.ROLE && m.role().indefinite();
                if (m != null && !isComplement(m) && !describes) {
                    return m;
                }
                if (describes && described == null) {
                    described = m; // the subject itself if no name comes before: "Uma fonte da empresa, que …,"
                }
                if (c <= floor || !SEPARATORS.contains(doc.word(c))) {
                    break;
                }
                segmentEnd = c;
            }
            return described;
        }
        return best;
    }

    /** "Especialistas ouvidos pela reportagem", "Os diretores de escolas contactados pelo Expresso": a group. */
    Mention groupBefore(int end, int floor) {
        for (int start = Math.max(floor, end - 8); start < end - 1; start++) {
            Mention m = np.forward(start, end);
            if (m != null && m.kind() == Mention.Kind.GROUP && noPunctuation(m.endToken(), end)) {
                return m;
            }
        }
        return null;
    }

    /** Nouns for the body that runs something: its words are the words of what it runs. */
    private static final java.util.Set<String> ORGANS = java.util.Set.of("organização", "direção", "direcção",
            "diretoria", "administração", "gestão", "coordenação", "assessoria", "organizers", "organisers");

    /**
     * "O sindicato dos professores afirmou", "A associação de defesa do consumidor alertou": an organization noun whose
     * lower-case complement runs up to {@code end}; the noun is the subject, not the words that describe it.
     */
    Mention organizationWithComplement(int end, int floor) {
        for (int start = Math.max(floor, end - 8); start < end - 2; start++) {
            Mention m = np.forward(start, end);
            if (m != null && m.kind() == Mention.Kind.ORG_NOUN && m.endToken() < end && m.endToken() - m.firstToken() <= 2
                    && lex.grammar().affiliationPreps().contains(doc.lower(m.endToken()))
                    && lowercaseWords(m.endToken(), end) && end - m.endToken() <= 5) {
                if (ORGANS.contains(doc.lower(m.endToken() - 1))) {
                    // "A organização do festival informou": the body that runs the festival speaks for it
                    for (int k = m.endToken() + 1; k < end; k++) {
                        Mention owner = np.forward(k, end);
                        if (owner != null && owner.kind() == Mention.Kind.ORG_NOUN && owner.endToken() == end) {
                            return owner;
                        }
                    }
                }
                return m;
            }
        }
        return null;
    }

    /** "Sen. Mitch Calloway of Kentucky", "Paulo Mendes (PT-RS)": a name and its short affiliation before end. */
    Mention nameWithAffiliation(int end, int floor) {
        // "Analyst Priya Raman of Northbridge Capital", "Daniela Ortega of the nonprofit Rio Grande Defense Project"
        for (int start = Math.max(floor, end - 13); start < end - 2; start++) {
            Mention m = np.forward(start, end);
            if (m != null && m.kind() == Mention.Kind.NAME && m.endToken() < end
                    && lex.grammar().affiliationPreps().contains(doc.lower(m.endToken())) && noPunctuation(m.endToken(), end)
                    && end - m.endToken() <= 8) {
                return m;
            }
        }
        return null;
    }

    private boolean lowercaseWords(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = doc.word(k);
            if (DocumentView.isPunct(w) || doc.token(k).isCapitalized() || lex.speech().isSpeechVerb(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean noPunctuation(int from, int to) {
        for (int k = from; k < to; k++) {
            if (DocumentView.isPunct(doc.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the phrase hangs off a larger noun phrase ("a gerência da startup", "as palavras do CEO"),
     * so it cannot be the subject of the verb that follows it.
     */
    boolean isComplement(Mention m) {
        if (m.kind() == Mention.Kind.PRONOUN) {
            return false;
        }
        String first = doc.lower(m.firstToken());
        int b = m.firstToken() - 1;
        if (b > 0 && "the".equals(doc.lower(b))) {
            b--; // "Maya Lindgren of the Vancouver Tenants Union"
        }
        String before = doc.lower(b);
        return lex.grammar().affiliationPreps().contains(first) || lex.grammar().affiliationPreps().contains(before)
                || NounPhrases.BY.contains(first) || NounPhrases.BY.contains(before) || lex.grammar().datives().contains(before);
    }
}
