package org.claimscope.pipeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.model.StanceKind;
import org.claimscope.pipeline.lang.LanguageResources;
import org.claimscope.pipeline.lang.StanceLexicon;

/**
 * Stances past the verbs of saying: a subject, then a verb of belief, evidence, position or message (by lemma, with its
 * particle; {@code stance-verbs.txt}) and what it attributes. A belief or a piece of evidence is a clause or an
 * infinitive ("Polls show Trump leads", "She thinks that Cruz can win", "hopes to win"); a position or a message may
 * be the verb's object too ("She has called for a recount", "announced a new tariff"). Also the passive of belief with
 * no holder ("is expected to …") and evidence named after its content ("…, records show"). Needs POS tags and lemmas
 * in the Penn Treebank scheme (English).
 */
final class StanceVerbs implements StanceFinder {

    /** What was found: the content, its source and cue (as for speech), and the kind of stance. */
    record Found(FoundSpeech content, StanceKind kind) {
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(";", "—", "–");
    private static final Set<String> CONTRASTS = Set.of("but", "while", "although", "though", "whereas");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PRP", "PRP$", "CD", "POS", "PDT");
    /** Particles that open the content rather than ending the cue: "asked whether …", "asked what …". */
    private static final Set<String> OPENERS = Set.of("whether", "if", "what", "why", "how", "who", "when", "where",
            "which");
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");
    /** Restrictive relatives whose antecedent holds the stance: "those who want …", "planks that support …". */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    /** "is expected to", "was thought to": not "is intended to", which states a purpose. */
    private static final Set<String> PASSIVE_BELIEFS = Set.of("expect", "think", "believe", "consider", "assume",
            "suspect");
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so");

    private final DocumentView doc;
    private final SubjectFinder subjects;
    private final TokenPredicates tokens;
    private final StanceLexicon verbs;

    StanceVerbs(DocumentView doc, LanguageResources lex, TokenPredicates tokens, SubjectFinder subjects) {
        this.doc = doc;
        this.tokens = tokens;
        this.subjects = subjects;
        this.verbs = lex.stances();
    }

    /**
     * The first stance verb with a subject in [a, end) and what it attributes, outside the {@code taken} spans (what
     * speech found in the sentence); null if none.
     */
    @Override
    public Found find(int a, int end, List<Span> taken) {
        if (verbs.isEmpty()) {
            return null;
        }
        for (int v = a; v < end - 2; v++) {
            if (doc.quoteOf(v) >= 0 || !isVerb(v) || overlaps(taken, doc.token(v).begin(), doc.token(v).end())) {
                continue;
            }
            Map<String, StanceKind> particles = verbs.particles(lemmaOf(v));
            StanceKind kind = null;
            int contentStart = -1;
            boolean object = false; // the content is the object of a verb of evidence, not a clause
            for (Map.Entry<String, StanceKind> e : particles.entrySet()) {
                int k = e.getValue().takesObject() ? complementStart(v, end, e.getKey())
                        : clauseStart(v, end, e.getKey());
                boolean evidenceObject = k < 0 && e.getValue() == StanceKind.EVIDENCE;
                if (evidenceObject) {
                    k = complementStart(v, end, e.getKey()); // "A new survey shows a 62-32 divide"
                }
                if (k >= 0 && (contentStart < 0 || !e.getKey().isEmpty())) { // "call for" over "call"
                    contentStart = k;
                    kind = e.getValue();
                    object = evidenceObject;
                }
            }
            if (contentStart < 0) {
                continue;
            }
            int subjectEnd = beforeAuxiliaries(v, a);
            boolean modifier = modifier(v); // "a group backing Bush": like a relative clause, says whose it is
            boolean relative = !modifier && subjectEnd - 1 >= a && RELATIVES.contains(doc.lower(subjectEnd - 1));
            if (relative) {
                subjectEnd--; // "reporters who want to break a mold": the relative's antecedent holds it
            }
            Mention m = subjects.subjectOf(subjectEnd, a);
            if (m == null && subjectEnd > a) {
                m = subjects.unnamedSubject(a, subjectEnd); // "Recent polling shows …", "Most in Miami want …"
            }
            if (m != null && m.isZero() || m == null && !relative && !modifier
                    || object && m != null && m.type() == SpeakerType.PERSON) {
                continue; // a person who "showed great composure" attributes nothing
            }
            int contentEnd = clauseEnd(contentStart, end, taken);
            if (relative) {
                contentEnd = relativeEnd(subjectEnd, contentStart, contentEnd, kind);
            }
            if (contentEnd - contentStart < 2 || doc.anyQuoted(contentStart, contentEnd)
                    || overlaps(taken, doc.token(contentStart).begin(), doc.token(contentEnd - 1).end())) {
                continue; // a quote in the complement is the direct-quote rules' to attribute
            }
            return new Found(new FoundSpeech(contentStart, contentEnd, m, tokens.tokenSpan(v, contentStart)), kind);
        }
        return trailing(a, end, taken);
    }

    /**
     * A belief held by no one named, in the passive: "The convention is expected to inject $200 million", "Online
     * betting was once thought to be a cash machine". The whole clause is the content.
     */
    @Override
    public Found passive(int a, int end, List<Span> taken) {
        for (int v = a + 2; v < end - 2; v++) {
            if (!"VBN".equals(doc.token(v).pos()) || doc.token(v).lemma() == null || !infinitive(v + 1)
                    || !PASSIVE_BELIEFS.contains(lemmaOf(v))) {
                continue;
            }
            int aux = v - 1;
            while (aux > a && "RB".equals(doc.token(aux).pos())) {
                aux--;
            }
            if (!"be".equals(lemmaOf(aux)) || doc.quoteOf(v) >= 0) {
                continue;
            }
            int from = a;
            for (int k = aux - 1; k > a; k--) {
                if (",".equals(doc.word(k))) {
                    from = k + 1; // "When Democrats get to Philadelphia, it is assumed …"
                    break;
                }
            }
            while (from < aux && CONJUNCTIONS.contains(doc.lower(from))) {
                from++;
            }
            int to = clauseEnd(v + 1, end, taken);
            if (aux - from < 1 || to - v < 3 || doc.anyQuoted(from, to)
                    || overlaps(taken, doc.token(from).begin(), doc.token(to - 1).end())) {
                continue;
            }
            return new Found(new FoundSpeech(from, to, null, tokens.tokenSpan(aux, v + 1)), StanceKind.BELIEF);
        }
        return null;
    }

    /** Evidence named after its content: "The jet was insured at $35 million in 2011, records show." */
    private Found trailing(int a, int end, List<Span> taken) {
        int v = end - 1;
        if (v - a < 5 || !isVerb(v) || !FINITE.contains(doc.token(v).pos())
                || verbs.particles(lemmaOf(v)).get("") != StanceKind.EVIDENCE) {
            return null;
        }
        for (int comma = v - 1; comma > Math.max(a + 2, v - 8); comma--) {
            if (",".equals(doc.word(comma))) {
                Mention m = subjects.subjectOf(v, comma + 1);
                if (m == null) {
                    m = subjects.unnamedSubject(comma + 1, v);
                }
                if (m == null || doc.anyQuoted(a, comma) || overlaps(taken, doc.token(a).begin(), doc.token(comma).end())) {
                    return null;
                }
                return new Found(new FoundSpeech(a, comma, m, tokens.tokenSpan(v, v + 1)), StanceKind.EVIDENCE);
            }
        }
        return null;
    }

    static boolean overlaps(List<Span> spans, int begin, int end) {
        for (Span s : spans) {
            if (s.start() < end && begin < s.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean isVerb(int v) {
        String pos = doc.token(v).pos();
        return pos != null && pos.startsWith("VB") && doc.token(v).lemma() != null;
    }

    /** Where the object or clause of v with this particle ("" for none) starts (past a "that"), or -1. */
    private int complementStart(int v, int end, String particle) {
        if (!finite(v) && !modifier(v)) {
            return -1;
        }
        int k = v + 1;
        if (!particle.isEmpty()) {
            if (!particle.equals(doc.lower(k))) {
                return -1; // "call" alone
            }
            k += OPENERS.contains(particle) ? 0 : 1; // "called for"; "asked whether …"
        } else if (isPreposition(k)) {
            return -1; // "showed up", "declared at the debate", "opposed as a senator"
        }
        if (k < end && "that".equals(doc.lower(k))) {
            k++;
        }
        if (k >= end || DocumentView.isPunct(doc.word(k)) && !DocumentView.isQuoteMark(doc.word(k))) {
            return -1; // "as she had hoped.", "Trump supporters, …"
        }
        return k;
    }

    /**
     * Where the clause or infinitive v reports starts, or -1: "supports the bill" reports no clause, "hopes to win"
     * and "expects the deal to close" do.
     */
    private int clauseStart(int v, int end, String particle) {
        int k = complementStart(v, end, particle);
        boolean clause = k > v + 1 && "that".equals(doc.lower(k - 1))
                || k >= 0 && (OPENERS.contains(doc.lower(k)) || infinitive(k) || bareClause(k, end));
        return clause ? k : -1;
    }

    /**
     * Where the content of a relative clause ends: at the comma that closes it ("Marsh, who backed the levy, signed
     * it"), or, for an object, where the main clause's verb starts ("Voters who oppose the levy can still petition").
     */
    private int relativeEnd(int pronoun, int from, int to, StanceKind kind) {
        boolean closedByComma = pronoun > 0 && ",".equals(doc.word(pronoun - 1));
        for (int k = from + 1; k < to; k++) {
            if (closedByComma ? ",".equals(doc.word(k)) : kind.takesObject() && FINITE.contains(doc.token(k).pos())) {
                return k;
            }
        }
        return to;
    }

    /** A present participle right after the noun it describes: "a group backing Bush", "the PACs supporting Kasich". */
    private boolean modifier(int v) {
        String prev = v > 0 ? doc.token(v - 1).pos() : null;
        return "VBG".equals(doc.token(v).pos()) && prev != null && prev.startsWith("NN");
    }

    /** "to" and a verb: "hopes to win". */
    private boolean infinitive(int k) {
        return "to".equals(doc.lower(k)) && k + 1 < doc.size() && "VB".equals(doc.token(k + 1).pos());
    }

    /** A verb with its own tense, or a participle after "has", "is", "will": not "a group supported by X". */
    private boolean finite(int v) {
        String pos = doc.token(v).pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        int k = v - 1;
        while (k >= 0 && "RB".equals(doc.token(k).pos())) {
            k--;
        }
        if (k < 0 || doc.token(k).pos() == null) {
            return false;
        }
        String aux = lemmaOf(k);
        return switch (pos) {
            case "VB" -> doc.token(k).pos().equals("MD") || "do".equals(aux);
            case "VBN" -> "have".equals(aux);
            case "VBG" -> "be".equals(aux);
            default -> false;
        };
    }

    /** "Trump can win", "the senator trailing by six": a subject phrase, then its verb. */
    private boolean bareClause(int k, int end) {
        for (int i = k; i < Math.min(end, k + 7); i++) {
            String pos = doc.token(i).pos();
            if (pos == null) {
                return false;
            }
            if (i > k && (FINITE.contains(pos) || pos.equals("VBG") || infinitive(i))) {
                return true; // "Polls show Clinton taking a lead", "expects the deal to close"
            }
            if (!SUBJECT_TAGS.contains(pos) && !pos.startsWith("NN") && !pos.startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** A preposition or particle, but not the "that", "whether" or "if" opening a clause. */
    private boolean isPreposition(int k) {
        String pos = doc.token(k).pos();
        return pos != null && (pos.equals("IN") || pos.equals("RP")) && !OPENERS.contains(doc.lower(k))
                && !"that".equals(doc.lower(k));
    }

    private String lemmaOf(int k) {
        String l = doc.token(k).lemma();
        return l == null ? "" : l.toLowerCase(Locale.ROOT);
    }

    /** "Clinton has repeatedly called for", "did not mention": the subject ends before the auxiliaries. */
    private int beforeAuxiliaries(int v, int floor) {
        int k = v;
        while (k - 1 > floor) {
            String pos = doc.token(k - 1).pos();
            boolean aux = pos != null && (pos.equals("MD") || pos.equals("RB")
                    || pos.startsWith("VB") && AUXILIARIES.contains(lemmaOf(k - 1)) || "to".equals(doc.lower(k - 1)))
                    || "n't".equals(doc.lower(k - 1));
            if (!aux) {
                break;
            }
            k--;
        }
        return k;
    }


    /**
     * The end of the clause the complement belongs to: a semicolon or dash, or ", but …", or where speech found in the
     * sentence starts ("blasted the instructor at a rally, calling her …"), or the sentence end.
     */
    private int clauseEnd(int from, int end, List<Span> taken) {
        for (int k = from + 1; k < end; k++) {
            if (overlaps(taken, doc.token(k).begin(), doc.token(k).end())) {
                return k > from + 1 && ",".equals(doc.word(k - 1)) ? k - 1 : k;
            }
            if (doc.quoteOf(k) >= 0) {
                continue;
            }
            if (CLAUSE_ENDS.contains(doc.word(k)) || ",".equals(doc.word(k)) && k + 1 < end
                    && CONTRASTS.contains(doc.lower(k + 1))) {
                return k;
            }
        }
        return end;
    }
}
