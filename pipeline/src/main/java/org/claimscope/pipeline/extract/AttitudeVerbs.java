package org.claimscope.pipeline.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscope.pipeline.lang.LanguageResources;
import org.claimscope.pipeline.lang.WordList;

/**
 * Reported stances and messages past the verbs of saying: a subject, then a verb (by lemma, with its particle) and
 * what it reports. A verb of belief, wish or evidence ({@code attitude-verbs.txt}) reports a clause only ("Polls show
 * Trump leads", "She thinks that Cruz can win"; "supports the bill" says nothing); a verb whose object is itself the
 * message ({@code message-verbs.txt}) reports its object too ("She has called for a recount", "He did not mention Cruz
 * by name", "vowed to appeal"). Only for sentences where no verb of saying reported anything, and only with POS tags
 * and lemmas (English).
 */
final class AttitudeVerbs {

    private static final Map<String, Map<String, Set<String>>> ATTITUDES = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Set<String>>> MESSAGES = new ConcurrentHashMap<>();
    private static final Set<String> CLAUSE_ENDS = Set.of(";", "—", "–");
    private static final Set<String> CONTRASTS = Set.of("but", "while", "although", "though", "whereas");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PRP", "PRP$", "CD", "POS", "PDT");
    /** Particles that open the content rather than ending the cue: "asked whether …", "asked what …". */
    private static final Set<String> OPENERS = Set.of("whether", "if", "what", "why", "how", "who", "when", "where",
            "which");

    private final DocumentView doc;
    private final SubjectFinder subjects;
    private final TokenPredicates tokens;
    /** Lemma to the particles it takes ("" for none), verbs that report a clause only: "think" → "". */
    private final Map<String, Set<String>> attitudes;
    /** The same for verbs whose object is the message: "call" → "for", "on". */
    private final Map<String, Set<String>> messages;

    AttitudeVerbs(DocumentView doc, LanguageResources lex, TokenPredicates tokens, SubjectFinder subjects) {
        this.doc = doc;
        this.tokens = tokens;
        this.subjects = subjects;
        this.attitudes = ATTITUDES.computeIfAbsent(lex.language(), l -> load(l, "attitude-verbs"));
        this.messages = MESSAGES.computeIfAbsent(lex.language(), l -> load(l, "message-verbs"));
    }

    private static Map<String, Set<String>> load(String language, String name) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String e : WordList.load(language, name).entries()) {
            int sp = e.indexOf(' ');
            out.computeIfAbsent(sp < 0 ? e : e.substring(0, sp), x -> new java.util.HashSet<>())
                    .add(sp < 0 ? "" : e.substring(sp + 1));
        }
        return Map.copyOf(out);
    }

    /** The first such verb with a subject in [a, end) and what it reports; null if none. */
    FoundSpeech find(int a, int end) {
        if (attitudes.isEmpty() && messages.isEmpty()) {
            return null;
        }
        for (int v = a; v < end - 2; v++) {
            int contentStart = complementStart(v, end);
            if (contentStart < 0 || doc.quoteOf(v) >= 0) {
                continue;
            }
            int subjectEnd = beforeAuxiliaries(v, a);
            Mention m = subjects.subjectOf(subjectEnd, a);
            if (m == null && subjectEnd > a) {
                m = subjects.unnamedSubject(a, subjectEnd); // "Recent polling shows …", "Most in Miami want …"
            }
            if (m == null || m.isZero()) {
                continue;
            }
            int contentEnd = clauseEnd(contentStart, end);
            if (contentEnd - contentStart < 2 || quoted(contentStart, contentEnd)) {
                continue; // a quote in the complement is the direct-quote rules' to attribute
            }
            return new FoundSpeech(contentStart, contentEnd, m, tokens.tokenSpan(v, contentStart));
        }
        return null;
    }

    /** Where the complement of an attitude verb at v starts (past its particle and a "that"), or -1. */
    private int complementStart(int v, int end) {
        String pos = doc.token(v).pos();
        String lemma = doc.token(v).lemma();
        if (pos == null || lemma == null || !pos.startsWith("VB")) {
            return -1;
        }
        String key = lemma.toLowerCase(Locale.ROOT);
        int message = complementStart(v, end, messages.get(key));
        return message >= 0 ? message : clauseStart(v, end, attitudes.get(key));
    }

    /** Where the complement of v with one of these particles starts, or -1. */
    private int complementStart(int v, int end, Set<String> particles) {
        if (particles == null || !finite(v)) {
            return -1;
        }
        int k = v + 1;
        if (particles.contains(doc.lower(k))) {
            k += OPENERS.contains(doc.lower(k)) ? 0 : 1; // "called for", "pointed to"; "asked whether …"
        } else if (!particles.contains("") || isPreposition(k)) {
            return -1; // "call" alone, "showed up", "declared at the debate", "opposed as a senator"
        }
        if (k < end && "that".equals(doc.lower(k))) {
            k++;
        }
        if (k >= end || DocumentView.isPunct(doc.word(k)) && !DocumentView.isQuoteMark(doc.word(k))) {
            return -1; // "as she had hoped.", "Trump supporters, …"
        }
        return k;
    }

    /** Where the clause an attitude verb at v reports starts, or -1: "supports the bill" reports no clause. */
    private int clauseStart(int v, int end, Set<String> particles) {
        int k = complementStart(v, end, particles);
        boolean clause = k > v + 1 && "that".equals(doc.lower(k - 1)) || k >= 0 && (OPENERS.contains(doc.lower(k))
                || bareClause(k, end));
        return clause ? k : -1;
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

    /** "Trump can win", "the senator trailing by six": a subject phrase, then its verb (English POS tags). */
    private boolean bareClause(int k, int end) {
        for (int i = k; i < Math.min(end, k + 7); i++) {
            String pos = doc.token(i).pos();
            if (pos == null) {
                return false;
            }
            if (i > k && FINITE.contains(pos)) {
                return true;
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
            String lemma = lemmaOf(k - 1);
            boolean aux = pos != null && (pos.equals("MD") || pos.equals("RB") || pos.startsWith("VB")
                    && Set.of("have", "be", "do").contains(lemma) || "to".equals(doc.lower(k - 1)))
                    || "n't".equals(doc.lower(k - 1));
            if (!aux) {
                break;
            }
            k--;
        }
        return k;
    }

    private boolean quoted(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.quoteOf(k) >= 0 || DocumentView.isQuoteMark(doc.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the clause the complement belongs to: a semicolon or dash, or ", but …", or the sentence end. */
    private int clauseEnd(int from, int end) {
        for (int k = from + 1; k < end; k++) {
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
