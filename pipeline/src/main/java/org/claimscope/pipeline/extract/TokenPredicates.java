package org.claimscope.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.claimscope.model.Span;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Token predicates and helpers the attribution rules share: verbs, prepositions, clause punctuation, commas,
 * phrase matching, auxiliaries and token spans, with the word sets they need.
 */
final class TokenPredicates {

    /** What a news outlet does with a document it did not make: "a memo reviewed by the Chronicle". */
    static final Set<String> WITNESSED = Set.of("reviewed", "seen", "obtained", "heard", "viewed", "examined",
            "analysed", "analyzed", "consultado", "consultada", "obtido", "obtida", "visto", "vista");
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "during", "for", "with", "after",
            "by", "from", "via", "through", "over", "under", "outside", "inside", "near", "later", "earlier",
            "afterward", "afterwards", "yesterday", "today", "tonight",
            "before", "about", "em", "a", "à", "ao", "durante", "após", "sobre", "no", "na", "nesta", "neste");
    /** Adverbs that put a verb of saying before its subject: "So said X". */
    private static final Set<String> INVERTING = Set.of("so", "thus");
    static final Set<String> TELL = Set.of("told", "tells", "tell");
    /** The possessive "'s" as the tokenizer splits it off ("Clinton's", "Clinton’s"). */
    static final Set<String> APOSTROPHE_S = Set.of("'s", "’s");
    /** Dashes as {@link DocumentView#word} gives them (a typewriter "--" reads as "—"). */
    static final Set<String> DASHES = Set.of("-", "–", "—");
    /** Pieces of writing, which speak for whoever wrote or owns them ("Hoff's letter", "the article read"). */
    static final Set<String> WRITTEN_PIECES = Set.of("article", "editorial", "column", "story", "piece", "op-ed",
            "letter", "email", "post", "tweet", "ad", "book", "memoir", "memo", "note", "essay");
    static final Set<String> OBJECTS = Set.of("reporters", "journalists", "analysts", "him", "her", "them",
            "us", "me", "investors", "lawmakers", "parliament", "congress", "mps", "listeners", "viewers", "staff",
            "employees", "colleagues", "supporters");
    static final java.util.Map<String, Gender> POSSESSIVES = java.util.Map.of(
            "her", Gender.FEMALE, "his", Gender.MALE, "dela", Gender.FEMALE, "dele", Gender.MALE,
            "sua", Gender.UNKNOWN, "seu", Gender.UNKNOWN);
    private static final List<String> PARTICIPLE_ENDINGS = List.of("ado", "ada", "ados", "adas", "ido", "ida", "idos",
            "idas", "ed");
    static final Set<String> IRREGULAR_PARTICIPLES = Set.of("known", "led", "run", "built", "held", "made",
            "set", "taken", "given", "chosen", "seen", "feito", "feita", "dito", "dita", "posto", "posta", "aberto", "aberta");

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;

    TokenPredicates(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
    }

    /**
     * "Morales has previously said", "the aides here say": where the subject ends before the verb v, skipping
     * auxiliaries and adverbs (English POS tags; v itself when there are none). Negations are left to
     * {@link ReportedSpeech#negated}.
     */
    int beforeAuxiliaries(int v, int floor) {
        int k = v;
        while (k - 1 > floor && isAuxiliaryOrAdverb(k - 1) && !lex.speech().negations().contains(doc.lower(k - 1))) {
            k--;
        }
        return k;
    }

    /** The first token from k on that is no auxiliary or adverb ("has since said"). */
    int afterAuxiliaries(int k, int end) {
        while (k < end - 1 && isAuxiliaryOrAdverb(k) && !lex.speech().negations().contains(doc.lower(k))) {
            k++;
        }
        return k;
    }

    private boolean isAuxiliaryOrAdverb(int k) {
        String pos = doc.token(k).pos();
        String lemma = doc.token(k).lemma();
        return pos != null && (pos.equals("MD") || pos.equals("RB") && !"so".equals(doc.lower(k))
                || pos.startsWith("VB") && "have".equals(lemma));
    }

    boolean hasSpeechVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.quoteOf(k) < 0 && np.isSpeechVerb(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsSpeechVerb(Sentence s) {
        for (var t : s.tokens()) {
            if (np.isSpeechVerb(t.index())) {
                return true;
            }
        }
        return false;
    }

    /** "So said X", "Thus wrote X" opening a sentence: the cue of the quote before it, not reported speech. */
    boolean isInvertedCue(int a, int v) {
        return v == a + 1 && v < doc.size() && INVERTING.contains(doc.lower(a)) && np.isSpeechVerb(v)
                // English "Said Dorothy Poynter, who …, “…”": the verb opens the sentence, the speaker follows
                || v == a && v + 1 < doc.size() && "en".equals(lex.language()) && doc.token(v).isCapitalized()
                && np.isSpeechVerb(v) && doc.token(v + 1).isCapitalized();
    }

    boolean isGerund(int v) {
        String w = doc.lower(v);
        return w.endsWith("ing") || w.endsWith("ndo");
    }

    /** Regular past participles in Portuguese, Spanish and English: "publicado", "ouvidas", "asked". */
    static boolean isParticiple(String w) {
        for (String ending : PARTICIPLE_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    boolean isFiniteVerb(int k) {
        String pos = k < doc.size() ? doc.token(k).pos() : null;
        return pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"));
    }

    /** A US party-and-state tag after a politician's name: "D-Ore.", "R-Texas", "I-Vt". */
    boolean isPartyTag(int k) {
        return k < doc.size() && PARTY_TAG.matcher(doc.word(k)).matches();
    }

    private static final java.util.regex.Pattern PARTY_TAG =
            java.util.regex.Pattern.compile("[DRI]-(?:\\p{Lu}[\\p{L}.]*)(?:\\s\\p{Lu}[\\p{L}.]*)?");

    /** Portuguese "no", "a" are prepositions; English "no", "a" are determiners. */
    /** After a Portuguese "a" that opens a phrase, words that make it a preposition ("A partir de …"). */
    private static final Set<String> AFTER_PREPOSITION_A = Set.of("partir", "seguir", "propósito", "respeito",
            "pedido", "fim", "nível", "exemplo", "par", "caminho", "meio", "convite");

    boolean isPreposition(int k) {
        String w = doc.lower(k);
        if (!"en".equals(lex.language()) && "a".equals(w) && k + 1 < doc.size() && !doc.token(k + 1).isCapitalized()
                && !AFTER_PREPOSITION_A.contains(doc.lower(k + 1))) {
            return false; // "A obra vai atrasar, admite a câmara": an article, not "a partir de"
        }
        return PREPOSITIONS.contains(w) && !("en".equals(lex.language()) && ("no".equals(w) || "a".equals(w)))
                // "Do lado dos consumidores, …", "Na avaliação do sindicato, …": contracted prepositions
                || !"en".equals(lex.language()) && (lex.grammar().affiliationPreps().contains(w)
                        || lex.grammar().adjunctPreps().contains(w));
    }

    /** Punctuation that bounds a clause; "%", "$" and quote marks belong to the content. */
    static boolean isClausePunct(String w) {
        return w.length() == 1 && ".,;:!?…—–-".indexOf(w.charAt(0)) >= 0;
    }

    /** "da casa de investimento Lusocapital": lower-case words, then a name, before any punctuation. */
    private boolean nameWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (np.isNameToken(k)) {
                return k > from;
            }
            if (DocumentView.isPunct(doc.word(k)) || doc.token(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** The first comma (outside quotes) from {@code from} on, before {@code end}, or -1. */
    int firstComma(int from, int end) {
        for (int k = from; k < end; k++) {
            if (",".equals(doc.word(k)) && doc.quoteOf(k) < 0) {
                return k;
            }
        }
        return -1;
    }

    int commaAfter(int from, int end) {
        for (int k = from; k < end && k < from + 12; k++) {
            if (",".equals(doc.word(k))) {
                // skip an apposition: "Segundo X, CEO da Y, …", "Para X, da FGV, …", "According to X, 52, …"
                String next = doc.lower(k + 1);
                boolean aside = np.roleHeadEnd(k + 1, end) > k + 1 || lex.grammar().determiners().contains(next)
                        && np.roleHeadEnd(k + 2, end) > k + 2
                        || lex.grammar().affiliationPreps().contains(next) && np.isNameToken(k + 2)
                        || lex.grammar().affiliationPreps().contains(next) && nameWithin(k + 2, Math.min(end, k + 6))
                        || next.chars().allMatch(Character::isDigit);
                if (aside) {
                    for (int k2 = k + 1; k2 < end && k2 < k + 10; k2++) {
                        if (",".equals(doc.word(k2))) {
                            return k2;
                        }
                    }
                }
                return k;
            }
        }
        return -1;
    }

    int matchPhrase(int i, List<List<String>> phrases) {
        return matchPhrase(doc, i, phrases);
    }

    /** The length of the first of {@code phrases} that the lower-cased words at {@code i} spell, or 0. */
    static int matchPhrase(DocumentView doc, int i, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            boolean ok = true;
            for (int k = 0; k < p.size() && ok; k++) {
                ok = p.get(k).equals(doc.lower(i + k));
            }
            if (ok) {
                return p.size();
            }
        }
        return 0;
    }

    int lastToken(Sentence s) {
        return s.tokens().get(s.tokens().size() - 1).index();
    }

    Span tokenSpan(int from, int to) {
        return new Span(doc.token(from).begin(), doc.token(to - 1).end());
    }
}
