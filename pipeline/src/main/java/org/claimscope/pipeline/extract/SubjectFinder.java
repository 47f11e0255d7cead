package org.claimscope.pipeline.extract;

import static org.claimscope.pipeline.extract.TokenPredicates.IRREGULAR_PARTICIPLES;
import static org.claimscope.pipeline.extract.TokenPredicates.POSSESSIVES;
import static org.claimscope.pipeline.extract.TokenPredicates.PREPOSITIONS;
import static org.claimscope.pipeline.extract.TokenPredicates.isParticiple;

import java.util.Set;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Finds who a sentence is about: the subject of a sentence or of a verb, the document a statement comes from,
 * a name before a relative clause, an unnamed group, and the participial adjuncts that stand before them.
 */
final class SubjectFinder {

    /** Prepositions after which a noun phrase is not the subject ("Em teleconferência com analistas, …"). */
    private static final Set<String> GOVERNING = Set.of("com", "sem", "para", "por", "sobre", "entre", "contra",
            "pelo", "pela", "pelos", "pelas",
            "with", "without", "by", "from", "of", "against", "among", "con", "sin");
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "been", "be");
    private static final int MAX_GROUP_WORDS = 10;
    /** Noun-phrase tags besides nouns and adjectives: "About 4 in 10", "percent of those surveyed", "the party's". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "CD", "PRP$", "POS", "RB", "IN", "VBN");
    /** Not "and": "X and Y said" is one subject the mention rules did not read, not a group after a clause. */
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", "but", "while", "though", "although",
            "yet", "even");

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;
    private final TokenPredicates tokens;

    SubjectFinder(DocumentView doc, MentionParser np, LanguageResources lex, TokenPredicates tokens) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.tokens = tokens;
    }

    /**
     * The subject of a sentence with no speech verb, for colon-introduced quotes: the first phrase that
     * names someone and does not hang off another noun ("Altman está confiante: …", "Questionado sobre
     * X, o governante foi taxativo: …").
     */
    Mention sentenceSubject(int first, int end) {
        first = afterParticipialAdjunct(first, end); // after a dateline too: "WASHINGTON, Dec. 8 (UPI) — …"
        if (first + 1 < end && Set.of("as", "como").contains(doc.lower(first))) {
            Mention as = np.forward(first + 1, end); // "As Delacourt put it: “…”", "Como disse o ministro: «…»"
            if (as != null && as.kind() != Mention.Kind.GROUP) {
                return as;
            }
        }
        for (int k = first; k < end; k++) {
            if (doc.quoteOf(k) >= 0 || DocumentView.isQuoteMark(doc.word(k))) {
                continue; // "“…,” she said, adding that …": the subject comes after the quote
            }
            Mention m = np.forward(k, end);
            Mention leader = leaderOf(m, end);
            if (leader != null) {
                return leader;
            }
            if (m != null) {
                boolean governed = k > first && (lex.grammar().affiliationPreps().contains(doc.lower(k - 1))
                        || PREPOSITIONS.contains(doc.lower(k - 1)) || GOVERNING.contains(doc.lower(k - 1)));
                if (!np.isComplement(m) && !governed && !lex.grammar().datives().contains(doc.lower(k))) {
                    Mention owned = ownedByName(m, end);
                    return owned != null ? owned : m;
                }
                k = m.endToken() - 1;
            }
        }
        return null;
    }

    /**
     * English "Hillary Clinton's right-hand woman rallied supporters": the name only says whose; the subject is
     * someone unnamed (a group mention, which names no one). Null when no such possessed noun follows, or when it is
     * an organization that speaks for its owner ("Clinton's campaign said").
     */
    private Mention ownedByName(Mention m, int end) {
        int p = m.endToken();
        if (!"en".equals(lex.language()) || m.kind() != Mention.Kind.NAME || p >= end
                || !TokenPredicates.APOSTROPHE_S.contains(doc.word(p))) {
            return null;
        }
        int k = p + 1;
        int head = -1;
        while (k < end && doc.token(k).pos() != null && !doc.token(k).isCapitalized()
                && (doc.token(k).pos().startsWith("NN") || doc.token(k).pos().startsWith("JJ")
                || "HYPH".equals(doc.token(k).pos()) || "-".equals(doc.word(k)))) {
            if (doc.token(k).pos().startsWith("NN")) {
                head = k;
            }
            k++;
        }
        if (head < 0 || k >= end || !tokens.isFiniteVerb(k) && !np.isSpeechVerb(k)) {
            return null;
        }
        String noun = doc.lower(head);
        if (lex.sources().orgNouns().contains(noun) || lex.sources().spokespersonRoles().contains(noun)
                || np.isRoleWord(noun) || OWNED_SPEAKERS.contains(noun) || TokenPredicates.WRITTEN_PIECES.contains(noun)
                || lex.speech().documentNouns().contains(noun) || lex.speech().attributionNouns().contains(noun)
                || lex.speech().viewNouns().contains(noun)) {
            return null; // "Clinton's campaign", "Trump's spokeswoman", "Hoff's letter", "Clinton's response"
        }
        return new Mention(Mention.Kind.GROUP, m.firstToken(), head + 1, new org.claimscope.model.Span(
                doc.token(m.firstToken()).begin(), doc.token(head).end()),
                doc.text.substring(doc.token(m.firstToken()).begin(), doc.token(head).end()),
                org.claimscope.model.SpeakerType.OTHER, null, Gender.UNKNOWN);
    }

    /** Nouns after a name's possessive that speak for that person. */
    private static final Set<String> OWNED_SPEAKERS = Set.of("campaign", "office", "team", "camp", "lawyer",
            "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson", "aides", "staff",
            "response", "reply", "answer", "message", "speech", "remarks", "comments", "words", "website", "account");

    /**
     * "Perguntado se o time depende de Pezinho, o treinador foi irônico: …", "Asked about X, she said …": the
     * participial clause before the first comma names no speaker; the sentence proper starts after it.
     */
    int afterParticipialAdjunct(int first, int end) {
        first = Datelines.after(doc, first, end);
        String w = doc.lower(first);
        boolean participle = doc.token(first).isCapitalized() && w.length() > 5 && isParticiple(w) || "asked".equals(w);
        if (!participle && openingPhrase(first, end)) {
            participle = true;
        }
        if (!participle || np.isNameToken(first)) {
            return first;
        }
        for (int k = first + 1; k < end; k++) {
            if (",".equals(doc.word(k)) && doc.quoteOf(k) < 0) {
                return k + 1;
            }
        }
        return first;
    }

    /** How long an opening phrase before its comma may be. */
    private static final int OPENING_PHRASE_WORDS = 12;

    /**
     * English "Dashing into a luncheon, Senator X, …, said", "At the luncheon, Senator X, …, said": a sentence that
     * opens with a gerund, a participle or a preposition and reaches a comma with no finite verb (so not "When X
     * arrived,") opens with an adjunct, not with its subject.
     */
    private boolean openingPhrase(int first, int end) {
        String pos = doc.token(first).pos();
        if (!"en".equals(lex.language()) || pos == null
                || !(pos.equals("VBG") || pos.equals("VBN") || pos.equals("IN") && !"that".equals(doc.lower(first)))) {
            return false;
        }
        for (int k = first + 1; k < Math.min(end, first + OPENING_PHRASE_WORDS); k++) {
            if (",".equals(doc.word(k))) {
                return doc.quoteOf(k) < 0;
            }
            if (tokens.isFiniteVerb(k) || doc.quoteOf(k) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * "A defesa do empresário, conduzida pelo advogado X,", "The campaign, led by Y,": the person who leads the
     * body named first speaks for it.
     */
    private Mention leaderOf(Mention head, int end) {
        if (head == null || head.endToken() + 3 >= end || !",".equals(doc.word(head.endToken()))) {
            return null;
        }
        int p = head.endToken() + 1;
        String w = doc.lower(p);
        boolean participle = isParticiple(w) || IRREGULAR_PARTICIPLES.contains(w);
        if (!participle || !Set.of("pelo", "pela", "by").contains(doc.lower(p + 1))) {
            return null;
        }
        Mention leader = np.forward(p + 2, end);
        return leader != null && leader.kind() == Mention.Kind.NAME
                && leader.type() == org.claimscope.model.SpeakerType.PERSON ? leader : null;
    }

    Mention subjectOf(int verb, int floor) {
        Mention agent = passiveAgent(verb);
        if (agent != null) {
            return agent; // "Sanders was asked by host Bill Maher, …, “…?”": the one who asked
        }
        Mention quoted = quotedAsSaying(verb, floor);
        if (quoted != null) {
            return quoted;
        }
        // "X, que na véspera acusara …", "Smith, who later said …": the relative's antecedent speaks
        for (int k = verb - 1; k >= Math.max(floor + 1, verb - 5); k--) {
            if (lex.grammar().relativePronouns().contains(doc.lower(k)) && ",".equals(doc.word(k - 1))) {
                int start = afterParticipialAdjunct(floor, k);
                if (lex.grammar().indefinites().contains(doc.lower(start)) && !np.isNameToken(start + 1)) {
                    // "Uma pessoa próxima à magistrada, que pediu anonimato, disse": someone unnamed, not the
                    // magistrate the description mentions
                    return new Mention(Mention.Kind.GROUP, start, k - 1, tokens.tokenSpan(start, k - 1),
                            doc.text.substring(doc.token(start).begin(), doc.token(k - 2).end()),
                            org.claimscope.model.SpeakerType.OTHER, null, Gender.UNKNOWN);
                }
                Mention antecedent = np.backward(k - 1, floor);
                Mention opening = np.forward(afterParticipialAdjunct(floor, k), k);
                if (antecedent != null && antecedent.kind() != Mention.Kind.NAME && opening != null
                        && opening.kind() == Mention.Kind.NAME && opening.type() == org.claimscope.model.SpeakerType.PERSON
                        && opening.endToken() < k && ",".equals(doc.word(opening.endToken()))) {
                    return opening; // "Mark Delaney, chief investment officer at X, which oversees …, said"
                }
                if (antecedent != null && antecedent.kind() == Mention.Kind.ROLE && antecedent.firstToken() > floor + 1
                        && ",".equals(doc.word(antecedent.firstToken() - 1))) {
                    Mention named = np.backward(antecedent.firstToken() - 1, floor);
                    if (named != null && named.kind() == Mention.Kind.NAME) {
                        return named; // "Karen Whitlock, a former teacher, who called …": the named person
                    }
                }
                if (antecedent != null && antecedent.kind() != Mention.Kind.GROUP) {
                    return antecedent;
                }
                break;
            }
            if (DocumentView.isPunct(doc.word(k)) || np.isNameToken(k)) {
                break;
            }
        }
        if (verb - 3 > floor && "to".equals(doc.lower(verb - 1)) && "JJ".equals(doc.token(verb - 2).pos())
                && BE.contains(doc.lower(verb - 3))) {
            return subjectOf(verb - 3, floor); // "She was careful to stress that …": the subject of "was"
        }
        Mention document = documentSubject(floor, verb);
        if (document != null) {
            return document;
        }
        Mention relativeHead = nameBeforeRelative(floor, verb);
        if (relativeHead != null) {
            return relativeHead;
        }
        Mention apposed = apposedPersonWithAffiliation(verb, floor);
        if (apposed != null) {
            return apposed; // "His attorney, Daniela Ortega of the nonprofit X, said": the person, not her employer
        }
        Mention interrupted = beforeParticipialAside(verb, floor);
        if (interrupted != null) {
            return interrupted; // "Mr. Trump, asked about journalists killed under Mr. Putin, had said": Trump
        }
        Mention m = np.backward(verb, floor);
        if (m == null && verb - 1 > floor && !DocumentView.isPunct(doc.word(verb - 1))
                && !doc.token(verb - 1).isEntity() && (doc.lower(verb - 1).length() <= 7
                        || "RB".equals(doc.token(verb - 1).pos()))) { // "Trump jokingly said"
            m = np.backward(verb - 1, floor); // "Altman também disse", "she also said"
        }
        if (verb > floor + 4 && ",".equals(doc.word(verb - 1))) {
            Mention leader = leaderOf(np.forward(afterParticipialAdjunct(floor, verb), verb), verb);
            if (leader != null) {
                return leader;
            }
        }
        if (m != null && m.kind() == Mention.Kind.NAME && m.type() == org.claimscope.model.SpeakerType.ORGANIZATION
                && !np.isComplement(m)) {
            Mention person = np.nameWithAffiliation(verb, floor); // "Daniela Ortega of the nonprofit X said"
            if (person != null && person.type() == org.claimscope.model.SpeakerType.PERSON) {
                m = person;
            }
        }
        if (m == null || np.isComplement(m)) {
            // the phrase hangs off another noun, or there is none: the head of the subject stands further back
            Mention head = np.nameWithAffiliation(verb, floor); // "Analyst Priya Raman of Northbridge Capital called"
            if (head == null) {
                head = np.organizationWithComplement(verb, floor); // "O sindicato dos professores afirmou"
            }
            if (head == null) {
                head = np.groupBefore(verb, floor); // "Os diretores … contactados pelo Expresso dizem"
            }
            m = head;
        }
        Mention employer = groupsEmployer(m, floor);
        if (employer != null) {
            return employer; // "Goldman Sachs analysts wrote": the firm speaks through them
        }
        boolean commaBefore = ",".equals(doc.word(verb - 1)) || DocumentView.isQuoteMark(doc.word(verb - 1))
                && ",".equals(doc.word(verb - 2)) && doc.quoteOf(verb - 2) >= 0; // "…, who rates it “sell,” said"
        if (verb > floor + 2 && commaBefore) {
            int start = afterParticipialAdjunct(floor, verb);
            boolean commonNoun = false; // "One Democratic aide": a lower-case noun, not just a name
            for (int k = start + 1; k < verb && !",".equals(doc.word(k)); k++) {
                commonNoun |= !doc.token(k).isCapitalized() && !DocumentView.isPunct(doc.word(k));
            }
            if (lex.grammar().indefinites().contains(doc.lower(start)) && start + 1 < verb && commonNoun) {
                // "Uma pessoa próxima à magistrada, que pediu anonimato, disse", "Another analyst, who asked not to
                // be named, said": someone unnamed, not whoever the description mentions
                int c = start + 1;
                while (c < verb && !",".equals(doc.word(c))) {
                    c++;
                }
                Mention described = np.forward(start, c);
                boolean speaksFor = described != null && described.kind() == Mention.Kind.ROLE
                        && described.role().affiliation() != null; // "a spokeswoman for the council, who …": the council
                for (int k = start; k < c && !speaksFor; k++) {
                    speaksFor = lex.sources().spokespersonRoles().contains(doc.lower(k));
                }
                Mention named = c + 1 < verb && !speaksFor ? np.forward(c + 1, verb) : null;
                boolean appositionNames = named != null && named.kind() == Mention.Kind.NAME; // "Another parent, Robert Alvarez,"
                for (int k = c + 1; k < verb && !appositionNames; k++) {
                    appositionNames = "PERSON".equals(doc.token(k).ner()) || "ORGANIZATION".equals(doc.token(k).ner());
                }
                if (c > start + 1 && !appositionNames && !speaksFor) {
                    return new Mention(Mention.Kind.GROUP, start, c, tokens.tokenSpan(start, c),
                            doc.text.substring(doc.token(start).begin(), doc.token(c - 1).end()),
                            org.claimscope.model.SpeakerType.OTHER, null, Gender.UNKNOWN);
                }
            }
        }
        if (verb > floor + 2 && commaBefore && (m == null || m.type() != org.claimscope.model.SpeakerType.PERSON
                || m.kind() == Mention.Kind.ROLE)) { // "O economista X, … investigador do ISEG, considera": X
            // "Maya Hart, a hydrologist at the University of Bristol who has spent …, said": the sentence's
            // subject, not the last name inside its apposition
            int start = afterParticipialAdjunct(floor, verb);
            while (start + 1 < verb && (lex.names().honorifics().contains(doc.lower(start)) || ".".equals(doc.word(start)))) {
                start++; // "Dr Rosalind Hart, …"
            }
            Mention first = np.forward(start, verb);
            if (first != null && first.kind() == Mention.Kind.ROLE && first.endToken() + 1 < verb
                    && ",".equals(doc.word(first.endToken()))) {
                Mention named = np.forward(first.endToken() + 1, verb);
                if (named != null && named.kind() == Mention.Kind.NAME && named.type() != org.claimscope.model.SpeakerType.OTHER
                        && named.endToken() < verb && ",".equals(doc.word(named.endToken()))) {
                    return named; // "The mall's owner, Simon Property Group, said": the apposition names it
                }
            }
            if (first != null && (first.kind() == Mention.Kind.NAME && (first.type() == org.claimscope.model.SpeakerType.PERSON
                    || first.type() == org.claimscope.model.SpeakerType.ORGANIZATION // "Unison, the union, said"
                    || "PERSON".equals(doc.token(first.endToken() - 1).ner())) // "Dr Rosalind Hart"
                    || first.kind() == Mention.Kind.ROLE) && first.endToken() < verb
                    && ",".equals(doc.word(first.endToken())) && (m == null || first.firstToken() < m.firstToken())) {
                return first;
            }
        }
        return m;
    }

    /** Verbs whose passive names the speaker after "by" ("was claimed by a group" names who did a thing). */
    private static final Set<String> PASSIVE_SPEECH = Set.of("asked", "told", "questioned", "pressed", "quizzed",
            "challenged", "interrupted");

    /**
     * English "Trump was asked, “…?”": a verb of saying in the passive with no agent; its subject is the one spoken
     * to, and who spoke is not said.
     */
    boolean passiveWithoutAgent(int verb) {
        return "en".equals(lex.language()) && verb >= 1 && BE.contains(doc.lower(verb - 1))
                && PASSIVE_SPEECH.contains(doc.lower(verb)) && !"by".equals(doc.lower(verb + 1));
    }

    /** English "was asked by X", "were told by X": the agent of a verb of saying in the passive, or null. */
    private Mention passiveAgent(int verb) {
        if (!"en".equals(lex.language()) || verb < 1 || verb + 2 >= doc.size() || !BE.contains(doc.lower(verb - 1))
                || !"by".equals(doc.lower(verb + 1)) || !PASSIVE_SPEECH.contains(doc.lower(verb))) {
            return null;
        }
        int end = tokens.lastToken(doc.sentence(doc.sentenceOf(verb))) + 1;
        Mention m = np.forward(verb + 2, end);
        return m == null || m.isZero() || m.kind() == Mention.Kind.GROUP ? null : m;
    }

    /** The organization named right before a group noun ("Goldman Sachs analysts", "Barclays economists"), or null. */
    private Mention groupsEmployer(Mention m, int floor) {
        if (m == null || m.kind() != Mention.Kind.GROUP || m.firstToken() <= floor
                || !"ORGANIZATION".equals(doc.token(m.firstToken() - 1).ner())) {
            return null;
        }
        int k = m.firstToken() - 1;
        while (k > floor && "ORGANIZATION".equals(doc.token(k - 1).ner())) {
            k--;
        }
        Mention firm = np.forward(k, m.firstToken());
        return firm != null && firm.kind() == Mention.Kind.NAME
                && firm.type() == org.claimscope.model.SpeakerType.ORGANIZATION && firm.endToken() == m.firstToken()
                && lex.sources().groupNouns().contains(doc.lower(m.endToken() - 1)) ? firm : null;
    }

    /** Words that may stand between an aside's closing comma and the verb it leaves ("…, had said", "…, also said"). */
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "was", "is", "would", "will", "also",
            "then", "later", "again");

    /**
     * English: the name right before a participial aside between commas that ends just before the verb
     * ("X, asked about Y, said", "X, speaking to reporters in Z, said"), or null. The names inside the aside are
     * what it is about, not who speaks.
     */
    private Mention beforeParticipialAside(int verb, int floor) {
        if (!"en".equals(lex.language())) {
            return null;
        }
        int close = verb - 1;
        while (close > floor && AUXILIARIES.contains(doc.lower(close))) {
            close--;
        }
        if (close <= floor + 2 || !",".equals(doc.word(close))) {
            return null;
        }
        int open = close - 1;
        while (open > floor && open > close - 20 && !",".equals(doc.word(open)) && doc.quoteOf(open) < 0) {
            open--;
        }
        String pos = open + 1 < close ? doc.token(open + 1).pos() : null;
        if (!",".equals(doc.word(open)) || pos == null || !(pos.equals("VBN") || pos.equals("VBG") || pos.equals("VBD")) // the tagger reads "asked" as either
                || doc.token(open + 1).isCapitalized()) {
            return null;
        }
        int nameEnd = open;
        if (")".equals(doc.word(open - 1)) || "-RRB-".equals(doc.word(open - 1))) {
            for (int k = open - 2; k > floor && k >= open - 8; k--) {
                if ("(".equals(doc.word(k)) || "-LRB-".equals(doc.word(k))) {
                    nameEnd = k; // "Sen. Richard J. Durbin (D-Ill.), noting …, said"
                    break;
                }
            }
        }
        Mention m = np.backward(nameEnd, floor);
        // a name or a pronoun; an unnamed "A senior official, speaking on condition of anonymity, said" is left to
        // the rules for unnamed people
        return m != null && !m.isZero() && m.endToken() == nameEnd
                && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.PRONOUN) ? m : null;
    }

    /** A person's name with "of/at/from" and an affiliation between the last two commas before the verb, or null. */
    private Mention apposedPersonWithAffiliation(int verb, int floor) {
        if (verb - 1 <= floor || !",".equals(doc.word(verb - 1))) {
            return null;
        }
        int open = verb - 2;
        while (open > floor && open > verb - 16 && !",".equals(doc.word(open))) {
            open--;
        }
        if (!",".equals(doc.word(open))) {
            return null;
        }
        Mention p = np.forward(open + 1, verb - 1);
        return p != null && p.kind() == Mention.Kind.NAME && p.type() == org.claimscope.model.SpeakerType.PERSON
                && p.firstToken() == open + 1 && p.endToken() < verb - 1
                && lex.grammar().affiliationPreps().contains(doc.lower(p.endToken())) ? p : null;
    }

    /**
     * "The agency quoted General X, the district's commander, as saying …": the one quoted, not the medium;
     * "X was quoted as saying …": the subject of the passive. Null when the verb is no such "saying".
     */
    private Mention quotedAsSaying(int verb, int floor) {
        if (!"saying".equals(doc.lower(verb)) || verb - 2 <= floor || !"as".equals(doc.lower(verb - 1))) {
            return null;
        }
        if ("quoted".equals(doc.lower(verb - 2))) {
            return verb - 3 > floor && BE.contains(doc.lower(verb - 3)) ? subjectOf(verb - 3, floor) : null;
        }
        for (int k = verb - 3; k > floor && k >= verb - 16; k--) {
            if ("quoted".equals(doc.lower(k))) {
                Mention m = np.forward(k + 1, verb - 1);
                return m == null || m.isZero() ? null : m;
            }
        }
        return null;
    }

    /**
     * "A 2021 study by the Pacific Institute found", "The survey of 4,200 pupils found", "Her 1968 survey
     * estimated": a document opening the sentence is the subject; it speaks for whoever made it (English).
     */
    private Mention documentSubject(int floor, int verb) {
        return "en".equals(lex.language()) ? documentOpening(floor, verb) : null;
    }

    /**
     * The document that opens the clause before {@code verb}, as the organization that made it, in any language:
     * Portuguese stances ask for it ("O levantamento do Datafolha mostra que …"); Portuguese speech does not, where
     * a document noun opening the sentence more often belongs to a longer subject ("A denúncia do MP do Maranhão").
     */
    Mention documentOpening(int floor, int verb) {
        int start = afterParticipialAdjunct(floor, verb);
        String det = doc.lower(start);
        boolean possessive = POSSESSIVES.containsKey(det);
        if (!lex.grammar().determiners().contains(det) && !possessive) {
            return null;
        }
        int noun = start + 1;
        boolean compound = false;
        while (noun < Math.min(verb, start + 3) && !lex.speech().documentNouns().contains(doc.word(noun))
                && ("CD".equals(doc.token(noun).pos()) || "JJ".equals(doc.token(noun).pos())
                        || "NN".equals(doc.token(noun).pos()) && !doc.token(noun).isCapitalized())) {
            compound |= "NN".equals(doc.token(noun).pos());
            noun++; // "A 2021 study", "the annual survey", "a news report", "a court document"
        }
        if (noun >= verb || !lex.speech().documentNouns().contains(doc.word(noun))) {
            return null;
        }
        if (compound && noun + 1 < verb && ",".equals(doc.word(noun + 1))) {
            return null; // "The arrest affidavit, signed by Detective X, says": the aside names who speaks
        }
        if (noun + 1 < verb && ("'s".equals(doc.word(noun + 1)) || "’s".equals(doc.word(noun + 1)))) {
            return null; // "The study's lead author, Jonah Whitfield, said": the author speaks, not the study
        }
        Mention made = np.forward(start, verb);
        if (made == null) {
            made = np.forward(noun, verb); // "A 2021 study by …": the determiner and year hide the noun
        }
        if (made != null && made.kind() == Mention.Kind.NAME) {
            return made; // "A 2021 study by the Pacific Ocean Institute"
        }
        if (possessive) {
            return new Mention(Mention.Kind.PRONOUN, start, start + 1, tokens.tokenSpan(start, start + 1), doc.word(start),
                    org.claimscope.model.SpeakerType.PERSON, null, POSSESSIVES.get(det));
        }
        return made != null ? made : new Mention(Mention.Kind.ORG_NOUN, start, noun + 1, tokens.tokenSpan(start, noun + 1),
                doc.text.substring(doc.token(start).begin(), doc.token(noun).end()),
                org.claimscope.model.SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
    }

    /**
     * "Carmen Ruiz, whose 24-year-old son, Diego, died in the fire, said": a name that opens the sentence and is
     * described by a relative clause ending right before the verb speaks, not a name inside the clause.
     */
    private Mention nameBeforeRelative(int floor, int verb) {
        if (verb < floor + 4 || !",".equals(doc.word(verb - 1))) {
            return null;
        }
        int start = afterParticipialAdjunct(floor, verb);
        while (start + 1 < verb && (lex.names().honorifics().contains(doc.lower(start)) || ".".equals(doc.word(start)))) {
            start++;
        }
        Mention first = np.forward(start, verb);
        if (first == null || first.kind() != Mention.Kind.NAME || first.type() == org.claimscope.model.SpeakerType.OTHER) {
            return null;
        }
        int comma = first.endToken();
        return comma + 2 < verb && ",".equals(doc.word(comma))
                && lex.grammar().relativePronouns().contains(doc.lower(comma + 1)) ? first : null;
    }

    /**
     * "Nearly half said", "About 4 in 10 voters say", "…, but aides say", "Some of the mayor's longtime allies said":
     * a plain noun phrase opening its clause that the mention rules do not read as anyone. Someone spoke, but no one
     * who can be named: a group (English POS tags only).
     */
    Mention unnamedSubject(int a, int end) {
        if (end - a > 2 && ",".equals(doc.word(end - 1))) {
            return null; // "…, who …, said" is for the apposition rules
        }
        Mention employee = unnamedEmployee(a, end);
        if (employee != null) {
            return employee;
        }
        int start = end;
        while (start - 1 >= a && end - (start - 1) <= MAX_GROUP_WORDS && inNounPhrase(start - 1)) {
            start--;
        }
        while (start < end && !opensNounPhrase(start)) {
            start++; // "of those surveyed" opens nothing
        }
        boolean clauseStart = start == a || CLAUSE_BOUNDARIES.contains(doc.lower(start - 1))
                || ",".equals(doc.word(start - 1)) && opensWithAdjunct(a, start - 1);
        if (start >= end || !clauseStart || np.isNameToken(end - 1) || doc.token(end - 1).pos().startsWith("NNP")) {
            return null; // "Sinn Féin's Ó Briain said": a name the mention rules missed, not a group
        }
        return new Mention(Mention.Kind.GROUP, start, end, tokens.tokenSpan(start, end),
                doc.text.substring(doc.token(start).begin(), doc.token(end - 1).end()),
                org.claimscope.model.SpeakerType.OTHER, null, Gender.UNKNOWN);
    }

    /**
     * "A producer at Yahoo Studios said": "a" or "an", a common noun, "at", "for" or "of", then only an
     * organization's name up to the verb: someone unnamed, whom the mention rules (which know roles, not every
     * trade) do not read. No one who can be named speaks.
     */
    private Mention unnamedEmployee(int a, int end) {
        if (end - a < 4 || !Set.of("a", "an").contains(doc.lower(a)) || doc.token(a + 1).pos() == null
                || !doc.token(a + 1).pos().startsWith("NN") || doc.token(a + 1).isCapitalized()
                || !lex.grammar().affiliationPreps().contains(doc.lower(a + 2))) {
            return null;
        }
        int name = "the".equals(doc.lower(a + 3)) ? a + 4 : a + 3;
        if (name >= end || !"ORGANIZATION".equals(doc.token(name).ner()) || np.nameEnd(name, end) != end) {
            return null;
        }
        return new Mention(Mention.Kind.GROUP, a, end, tokens.tokenSpan(a, end),
                doc.text.substring(doc.token(a).begin(), doc.token(end - 1).end()),
                org.claimscope.model.SpeakerType.OTHER, null, Gender.UNKNOWN);
    }

    private boolean inNounPhrase(int k) {
        String pos = doc.token(k).pos();
        return pos != null && doc.quoteOf(k) < 0 && (NOUN_PHRASE_TAGS.contains(pos) || pos.startsWith("NN")
                || pos.startsWith("JJ") || "%".equals(doc.word(k)));
    }

    private boolean opensNounPhrase(int k) {
        String pos = doc.token(k).pos();
        return !pos.equals("IN") && !pos.equals("VBN") && !pos.equals("POS");
    }

    /** "Asked whether he would stay, Ashworth smiled.": the subject follows the participle clause. */
    int afterOpeningClause(int first, int end) {
        return afterParticipialAdjunct(first, end);
    }

    /** "Em entrevista à Antena 1", "Mais tarde", "In an interview with CNN": a phrase of time or place, no subject. */
    boolean opensWithAdjunct(int a, int comma) {
        String w = doc.lower(a);
        if (!(lex.grammar().adjunctPreps().contains(w) || PREPOSITIONS.contains(w) || Set.of("mais", "depois", "later",
                "ainda", "already", "já").contains(w))) {
            return false;
        }
        for (int k = a; k < comma; k++) {
            if (DocumentView.isPunct(doc.word(k)) || np.isSpeechVerb(k) || "PERSON".equals(doc.token(k).ner())) {
                return false;
            }
        }
        return true;
    }
}
