package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.lang.Gender;

/**
 * What a pronoun, a bare role or an organization noun refers back to: the subject of the nearest sentence
 * with a compatible entity, skipping names governed by a preposition, outlets spoken to and names that only
 * label a noun; nobody when a subordinate clause brings in a second possible speaker.
 */
final class Antecedents extends ResolverPart {

    /** How many paragraphs back a pronoun, and an organization noun, may look for what they refer to. */
    static final int PRONOUN_PARAGRAPHS_BACK = 2;
    static final int ORG_PARAGRAPHS_BACK = 6;

    private final OrganizationNouns orgNouns;

    Antecedents(ResolverPart shared, OrganizationNouns orgNouns) {
        super(shared);
        this.orgNouns = orgNouns;
    }

    /**
     * The entity a pronoun-like mention refers back to: for an organization noun, a nearby name that holds
     * the noun; else the subject of the nearest sentence with a compatible entity; else, for an organization
     * noun, the only organization ever named or described with it.
     */
    Entity antecedent(Mention m, int paragraphsBack, SpeakerType type) {
        int paragraph = doc.paragraphOf(m.span().start());
        String noun = m.kind() == Mention.Kind.ORG_NOUN ? doc.lower(m.endToken() - 1) : null;
        java.util.List<String> modifiers = noun == null ? java.util.List.of() : premodifiers(m);
        if (!modifiers.isEmpty()) {
            // "the interagency center": only an organization whose name says so, however far back
            for (int k = resolved.size() - 1; k >= 0; k--) {
                Entity e = resolved.get(k).entity();
                if (resolved.get(k).mention().span().start() < m.span().start() && e.type == SpeakerType.ORGANIZATION
                        && e.nameTokens().containsAll(modifiers) && orgNouns.nameHoldsNoun(e, noun)) {
                    return e;
                }
            }
            return null;
        }
        if (noun != null) {
            // "the system" → "Harbor Health System": a name that holds the noun wins over mere recency
            for (int k = resolved.size() - 1; k >= 0; k--) {
                Resolved r = resolved.get(k);
                int p = doc.paragraphOf(r.mention().span().start());
                if (r.mention().span().start() < m.span().start() && paragraph - p <= paragraphsBack
                        && r.entity().type == SpeakerType.ORGANIZATION && orgNouns.nameHoldsNoun(r.entity(), noun)) {
                    return r.entity();
                }
            }
        }
        if (noun != null && !GENERIC_NOUNS.contains(noun)) {
            // "Wyreford Borough Council …" ten paragraphs on "A council spokesperson said": the one organization named
            // with the noun, however far back, before any nearer organization that is not
            Entity named = onlyNameHolder(m, noun);
            if (named != null) {
                return named;
            }
        }
        Entity recent = recentAntecedent(m, paragraph, paragraphsBack, type);
        if (noun != null && recent != null && !recent.kinds.contains(noun) && !inSentenceBefore(recent, m)) {
            // "Developer Southerly Renewables says … A spokesperson for the developer said": the one organization
            // described with the noun, over a nearer one that is not (unless that one opened the sentence before)
            Entity described = orgNouns.onlyHolder(m, noun);
            if (described != null) {
                return described;
            }
        }
        return recent != null || noun == null ? recent : orgNouns.onlyHolder(m, noun);
    }

    /**
     * The lower-case words between "the" and an organization noun ("interagency" in "the interagency center"); none
     * for a document ("the annual survey" speaks for whoever made it) or an owner ("the theatre's board").
     */
    private java.util.List<String> premodifiers(Mention m) {
        String head = doc.lower(m.endToken() - 1);
        if (!"the".equals(doc.lower(m.firstToken())) || !lex.sources().orgNouns().contains(head)
                || lex.speech().documentNouns().contains(head)) {
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int k = m.firstToken() + 1; k < m.endToken() - 1; k++) {
            if (MentionParser.POSSESSIVE_MARKS.contains(doc.word(k))) {
                return java.util.List.of();
            }
            out.add(doc.lower(k));
        }
        return out;
    }

    /** Nouns any company may be called, whose names seldom say so: these refer back by recency alone. */
    private static final java.util.Set<String> GENERIC_NOUNS = java.util.Set.of("company", "firm", "group", "empresa",
            "companhia", "grupo", "compañía");

    /** The one organization before {@code m} whose name holds the noun (or a word it stands for), or null. */
    private Entity onlyNameHolder(Mention m, String noun) {
        Entity holder = null;
        for (Resolved r : resolved) {
            if (r.mention().span().start() < m.span().start() && r.entity().type == SpeakerType.ORGANIZATION
                    && orgNouns.nameHoldsNoun(r.entity(), noun)) {
                if (holder != null && holder != r.entity()) {
                    return null;
                }
                holder = r.entity();
            }
        }
        return holder;
    }

    private static final java.util.Set<String> AND = java.util.Set.of("and", "e", "y", "et", "und");

    /**
     * Two people joined by "and" as the subject of the sentence the pronoun refers back to, or of a clause that opens
     * it ("When Halloran and Tobin sat down …"), neither of the other gender: either could be meant.
     */
    private boolean coordinatedPair(List<Resolved> sentence, Gender g) {
        if (g == Gender.UNKNOWN) {
            return false;
        }
        for (int i = 0; i + 1 < sentence.size(); i++) {
            Resolved a = sentence.get(i);
            Resolved b = sentence.get(i + 1);
            int and = a.mention().endToken();
            int first = doc.sentence(doc.sentenceOf(a.mention().firstToken())).tokens().get(0).index();
            boolean subject = a.mention().firstToken() == first // "Okoye and Sanders have shared …"
                    || a.mention().firstToken() == first + 1 && lex.grammar().subordinators().contains(doc.lower(first));
            if (subject && a.entity() != b.entity() && mayBe(a.entity(), g) && mayBe(b.entity(), g)
                    && b.mention().firstToken() == and + 1 && AND.contains(doc.lower(and))) {
                return true;
            }
        }
        return false;
    }

    /** A person the pronoun's gender does not rule out. */
    private static boolean mayBe(Entity e, Gender g) {
        return e.type == SpeakerType.PERSON && (e.gender == g || e.gender == Gender.UNKNOWN);
    }

    private static int mentionsBefore(Entity e, Mention m) {
        int n = 0;
        for (org.claimscope.model.Span s : e.mentions) {
            if (s.start() < m.span().start()) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code e} is mentioned in the sentence of {@code m} or the one before it, ahead of {@code m}. */
    private boolean inSentenceBefore(Entity e, Mention m) {
        int sentence = doc.sentenceOf(m.firstToken());
        for (org.claimscope.model.Span s : e.mentions) {
            if (s.start() < m.span().start() && sentence - doc.sentenceOf(doc.tokenAtOrAfter(s.start())) <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * In the nearest sentence before the mention (within a few paragraphs) that mentions a compatible entity
     * outside quotes: its subject — the first mention not governed by a preposition — else the nearest.
     */
    private Entity recentAntecedent(Mention m, int paragraph, int paragraphsBack, SpeakerType type) {
        List<Resolved> sentence = new ArrayList<>();
        int currentSentence = -1;
        for (int k = resolved.size() - 1; k >= 0; k--) {
            Resolved r = resolved.get(k);
            if (r.mention().span().start() >= m.span().start()) {
                continue;
            }
            if (doc.paragraphsBetween(doc.paragraphOf(r.mention().span().start()), paragraph) > paragraphsBack) {
                break;
            }
            if (!compatible(m, r.entity(), type) && !spokespersonFor(m, r, type) || type == SpeakerType.ORGANIZATION
                    && (addressee(r.mention()) || employerOfSomeone(r.mention()) || opponent(r.mention())
                    || witness(r.mention()))) {
                continue; // "disse à Rádio Jornal": the outlet spoken to is not the organization that speaks
            }
            if (type == SpeakerType.PERSON && attributive(r.mention())) {
                continue; // "picked off a Tui pass": a name labelling a noun is no one to refer back to
            }
            int s = doc.sentenceOf(r.mention().firstToken());
            if (s != currentSentence && !sentence.isEmpty()) {
                break;
            }
            if (m.kind() == Mention.Kind.PRONOUN && s == doc.sentenceOf(m.firstToken()) && governedByPreposition(r.mention())) {
                continue; // "Pressed by Tillery on whether …, he said": the one pressing is not who answers
            }
            currentSentence = s;
            sentence.add(0, r);
        }
        if (sentence.isEmpty()) {
            return null;
        }
        Mention earlierPronoun = m.kind() == Mention.Kind.PRONOUN ? pronounSubjectBefore(sentence, m) : null;
        if (earlierPronoun != null) {
            // "He nodded only to his finish behind Ted Cruz. “…,” he said": the same "he" as the sentence before,
            // so whoever that one is, not the name it mentions
            return recentAntecedent(earlierPronoun, doc.paragraphOf(earlierPronoun.span().start()), paragraphsBack, type);
        }
        if (m.kind() == Mention.Kind.PRONOUN && subjectOfSubordinateClause(sentence)) {
            return null; // "X stood beside Y as the barrister read a statement. '…,' he said": either could be meant
        }
        if (m.kind() == Mention.Kind.PRONOUN && coordinatedPair(sentence, m.gender())) {
            return null; // "Okoye and Sanders … sat side by side. '…,' he said": either could be meant
        }
        for (Resolved r : sentence) {
            if (introducedAsSource(r.mention())) {
                return r.entity(); // "…, de acordo com a Emater. Segundo o órgão, …": the source of what was said
            }
        }
        if (m.kind() == Mention.Kind.PRONOUN && "en".equals(lex.language())) {
            for (Resolved r : sentence) {
                if (trailingSpeaker(r.mention())) {
                    // "Cruz electrified the small crowds, Stovall said. “…,” he said": the one who said it, not
                    // the one the reported clause is about
                    return r.entity();
                }
            }
        }
        for (Resolved r : sentence) {
            if (!governedByPreposition(r.mention())) {
                return r.entity();
            }
        }
        if (type == SpeakerType.ORGANIZATION) {
            // all governed ("a blow to the Cockatoos' hopes after their win over St Kilda … the club confirmed"): the
            // organization the article has named most so far, the nearest on a tie
            Entity most = null;
            int best = -1;
            for (Resolved r : sentence) {
                int n = mentionsBefore(r.entity(), m);
                if (r.entity().type == type && n >= best) {
                    most = r.entity();
                    best = n;
                }
            }
            if (most != null) {
                return most;
            }
        }
        // all governed: the nearest one that is surely a person, else the nearest
        for (int k = sentence.size() - 1; k >= 0; k--) {
            if (sentence.get(k).entity().type == type) {
                return sentence.get(k).entity();
            }
        }
        return sentence.get(sentence.size() - 1).entity();
    }

    /**
     * After the sentence's subject, a subordinate clause has another person speak ("… stood beside Mr Strand as
     * the barrister read a statement", "… while the coach told reporters"): a pronoun after the sentence may stand
     * for either, so it names no one.
     */
    private boolean subjectOfSubordinateClause(List<Resolved> sentence) {
        Resolved subject = null;
        for (Resolved r : sentence) {
            if (!governedByPreposition(r.mention())) {
                subject = r;
                break;
            }
        }
        if (subject == null) {
            return false;
        }
        Sentence s = doc.sentence(doc.sentenceOf(subject.mention().firstToken()));
        int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
        for (int k = subject.mention().endToken(); k + 1 < end; k++) {
            boolean opens = lex.grammar().subordinators().contains(doc.lower(k))
                    || lex.speech().asWords().contains(doc.lower(k)) // "as the barrister read"
                    && lex.grammar().determiners().contains(doc.lower(k + 1));
            if (!opens || doc.quoteOf(k) >= 0) {
                continue;
            }
            int j = k + 1;
            while (j < end && lex.grammar().determiners().contains(doc.lower(j))) {
                j++;
            }
            // "while the coach …" (a role needs its article: "as CEO" is no clause), "while Ruiz …"
            boolean role = j > k + 1 && j < end && np.roleHeadEnd(j, end) > j;
            boolean person = j < end && "PERSON".equals(doc.token(j).ner())
                    && !subject.entity().nameTokens().contains(doc.lower(j));
            if ((role || person) && speaksWithin(j + 1, Math.min(end, j + 8))) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying or a document read out ("read a statement") in the tokens. */
    private boolean speaksWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (np.isSpeechVerb(k) || lex.speech().documentNouns().contains(doc.word(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean compatible(Mention m, Entity e, SpeakerType type) {
        // a name the rules could not type may be a person ("Lula" seen once); CoreNLP's MISC may not
        if (e.type != type && !(type == SpeakerType.PERSON && e.untyped) || e.roleOnly) {
            return false;
        }
        if (m.gender() != Gender.UNKNOWN && e.gender != Gender.UNKNOWN && e.gender != m.gender()) {
            return false;
        }
        return m.kind() != Mention.Kind.ORG_NOUN || orgNouns.refersTo(m, e);
    }

    /** "an analyst at Jane Hali & Associates", "ex-técnico do Ceará": an organization named as someone's employer. */
    private boolean employerOfSomeone(Mention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && lex.grammar().determiners().contains(doc.lower(k)) && !lex.grammar().affiliationPreps().contains(doc.lower(k))) {
            k--;
        }
        if (k < 1 || !lex.grammar().affiliationPreps().contains(doc.lower(k))) {
            return false;
        }
        String head = doc.lower(k - 1);
        int dash = head.lastIndexOf('-');
        String last = dash >= 0 ? head.substring(dash + 1) : head; // "ex-técnico"
        return lex.sources().isOneWordRole(head) || lex.sources().isOneWordRole(last);
    }

    private boolean addressee(Mention m) {
        if (introducedAsSource(m)) {
            return false; // "according to the CDC": the source, not someone spoken to
        }
        int k = m.firstToken() - 1;
        if (k >= 0 && lex.grammar().determiners().contains(doc.lower(k)) && !lex.grammar().datives().contains(doc.lower(k))) {
            k--;
        }
        return k >= 0 && (lex.grammar().datives().contains(doc.lower(k)) || "told".equals(doc.lower(k)))
                || agencyInDateline(m);
    }

    /**
     * "A spokeswoman for the HSE said … Asked when …, she said:": the pronoun is the unnamed spokeswoman, who speaks
     * for her organization, as her first statement did.
     */
    private boolean spokespersonFor(Mention m, Resolved r, SpeakerType type) {
        if (type != SpeakerType.PERSON || m.kind() != Mention.Kind.PRONOUN || r.mention().kind() != Mention.Kind.ROLE
                || r.entity().type != SpeakerType.ORGANIZATION || r.mention().role() == null
                || java.util.Collections.disjoint(r.mention().role().heads(), lex.sources().spokespersonRoles().entries())) {
            return false;
        }
        Gender said = Gender.UNKNOWN;
        for (int k = r.mention().firstToken(); k < r.mention().endToken(); k++) {
            Gender g = GenderedNouns.of(doc.lower(k)); // "spokeswoman", "spokesman"
            said = g == null ? said : g;
        }
        return m.gender() == Gender.UNKNOWN || said == Gender.UNKNOWN || said == m.gender();
    }

    private static final java.util.Set<String> AGAINST = java.util.Set.of("against", "versus", "vs", "vs.", "contra",
            "frente", "diante");

    /** "next week's derby against the Highlands Rams": an opponent, not the club the story is about. */
    private boolean opponent(Mention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && lex.grammar().determiners().contains(doc.lower(k))) {
            k--;
        }
        return k >= 0 && AGAINST.contains(doc.lower(k));
    }

    /** "Lisboa, 30 jan 2025 (Lusa) - …", "MEXICO CITY (Reuters) -": the agency that files the story, not one in it. */
    private boolean agencyInDateline(Mention m) {
        int before = m.firstToken() - 1;
        int after = m.endToken();
        return before >= 0 && after + 1 < doc.size() && "(".equals(doc.word(before)) && ")".equals(doc.word(after))
                && TokenPredicates.DASHES.contains(doc.word(after + 1));
    }

    /** English: a name right before a common noun modifies it ("a Tui pass", "the Tui coach"). */
    private boolean attributive(Mention m) {
        if (!"en".equals(lex.language()) || m.kind() != Mention.Kind.NAME || m.endToken() >= doc.size()) {
            return false;
        }
        String pos = doc.token(m.endToken()).pos();
        return pos != null && (pos.equals("NN") || pos.equals("NNS")) && !doc.token(m.endToken()).isCapitalized();
    }

    /** "com o ministro Caio Duarte", "accused Ms Ashworth", "Thames Water's chief executive": not a subject. */
    /**
     * The pronoun of the same gender as {@code m} that opens the sentence of {@code sentence}'s mentions, before all of
     * them ("He nodded …", "Ela lembrou …"), or null.
     */
    private Mention pronounSubjectBefore(List<Resolved> sentence, Mention m) {
        if (m.gender() == Gender.UNKNOWN || sentence.isEmpty()) {
            return null;
        }
        int first = doc.sentence(doc.sentenceOf(sentence.get(0).mention().firstToken())).tokens().get(0).index();
        for (int k = first; k < Math.min(first + 3, sentence.get(0).mention().firstToken()); k++) {
            String w = doc.word(k);
            Gender g = lex.grammar().femalePronouns().contains(w) ? Gender.FEMALE
                    : lex.grammar().malePronouns().contains(w) ? Gender.MALE : null;
            if (g != null && doc.quoteOf(k) < 0 && Character.isUpperCase(w.charAt(0))) {
                return g == m.gender() ? new Mention(Mention.Kind.PRONOUN, k, k + 1,
                        new org.claimscope.model.Span(doc.token(k).begin(), doc.token(k).end()), w, SpeakerType.PERSON,
                        null, g) : null;
            }
        }
        return null;
    }

    /** "an internal memo reviewed by the Chronicle": the outlet that saw a document, not an organization that acts. */
    private boolean witness(Mention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && lex.grammar().determiners().contains(doc.lower(k))) {
            k--;
        }
        return k >= 1 && java.util.Set.of("by", "pelo", "pela").contains(doc.lower(k))
                && TokenPredicates.WITNESSED.contains(doc.lower(k - 1));
    }

    /** "…, Stovall said." / "…, said Stovall.": the speaker of a cue that closes its sentence after a comma. */
    private boolean trailingSpeaker(Mention m) {
        int before = m.firstToken() - 1;
        int after = m.endToken();
        if (before < 0 || after >= doc.size()) {
            return false;
        }
        boolean verbAfter = ",".equals(doc.word(before)) && np.isSpeechVerb(after)
                && (after + 1 >= doc.size() || ".".equals(doc.word(after + 1)));
        boolean verbBefore = before > 0 && np.isSpeechVerb(before) && ",".equals(doc.word(before - 1))
                && ".".equals(doc.word(after));
        return verbAfter || verbBefore;
    }

    /** Whether a source phrase ("segundo", "de acordo com", "according to"), maybe with an article, opens the mention. */
    private boolean introducedAsSource(Mention m) {
        int end = m.firstToken();
        if (end > 0 && lex.grammar().determiners().contains(doc.lower(end - 1))) {
            end--;
        }
        for (int p = Math.max(0, end - 4); p < end; p++) {
            if (p + TokenPredicates.matchPhrase(doc, p, lex.speech().sourcePreps()) == end) {
                return true;
            }
        }
        return false;
    }

    private boolean governedByPreposition(Mention m) {
        String after = doc.word(m.endToken());
        boolean pluralPossessive = ("'".equals(after) || "’".equals(after)) && m.text().endsWith("s"); // "Vickers' mother"
        if ("'s".equals(after) || "’s".equals(after) || pluralPossessive) {
            return true;
        }
        if (attributive(m)) {
            return true; // "a Tui pass", "Tui coach Graham Pettigrew": a name that labels a noun is not the subject
        }
        if (introducedAsSource(m)) {
            return false; // "de acordo com a Emater-MG. Segundo o órgão, …": the source of a statement, not an object
        }
        int k = m.firstToken() - 1;
        if (m.type() != SpeakerType.PERSON && k >= 0 && !doc.token(k).isCapitalized() && !DocumentView.isPunct(doc.word(k))
                && !lex.grammar().determiners().contains(doc.lower(k)) && !np.isSpeechVerb(k)
                && doc.word(k).length() > 3 && !lex.sources().orgNouns().contains(doc.lower(k))) {
            // "da casa de investimento Lusocapital": a name that labels a noun, not a subject — but "agritech startup
            // FasalSetu has raised" names the startup by its kind
            return true;
        }
        for (int steps = 0; k >= 0 && steps < 5; steps++, k--) {
            String w = doc.lower(k);
            boolean partOfPhrase = lex.names().honorifics().contains(w) // "about Mr. Curiel"
                    || lex.grammar().determiners().contains(w) && !lex.grammar().affiliationPreps().contains(w)
                    && !lex.grammar().datives().contains(w) || np.roleHeadEnd(k, m.firstToken()) > k
                    || !DocumentView.isPunct(w) && !doc.token(k).isCapitalized() && w.length() > 3
                    && np.roleHeadEnd(k + 1, m.firstToken()) > k + 1;
            if (!partOfPhrase) {
                break;
            }
        }
        if (k < 0) {
            return false;
        }
        String before = doc.lower(k);
        String pos = doc.token(k).pos();
        if (k > 0 && np.isSpeechVerb(k) && (",".equals(doc.word(k - 1)) || DocumentView.isQuoteMark(doc.word(k - 1)))) {
            return false; // "…,” said Peter Wehner, …": the subject after a post-posed verb of saying
        }
        return lex.grammar().affiliationPreps().contains(before) || lex.grammar().datives().contains(before)
                || lex.grammar().adjunctPreps().contains(before) || PREPOSITIONS.contains(before)
                || pos != null && (pos.equals("IN") || pos.startsWith("VB"));
    }

    /** Prepositions that govern a name (and open an adjunct before a subject: {@link SpeakerResolver}). */
    static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("com", "sobre", "para", "por", "contra",
            "entre", "with", "by", "about", "for", "against", "from", "of", "to", "between");
}
