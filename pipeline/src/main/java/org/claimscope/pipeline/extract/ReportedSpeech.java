package org.claimscope.pipeline.extract;

import static org.claimscope.pipeline.extract.TokenPredicates.IRREGULAR_PARTICIPLES;
import static org.claimscope.pipeline.extract.TokenPredicates.OBJECTS;
import static org.claimscope.pipeline.extract.TokenPredicates.POSSESSIVES;
import static org.claimscope.pipeline.extract.TokenPredicates.PREPOSITIONS;
import static org.claimscope.pipeline.extract.TokenPredicates.TELL;
import static org.claimscope.pipeline.extract.TokenPredicates.isClausePunct;
import static org.claimscope.pipeline.extract.TokenPredicates.isParticiple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimscope.model.QuoteKind;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.model.StanceKind;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Finds the reported speech in a sentence: leading source, view and "as" phrases, trailing and parenthetical
 * cues, and verbs of saying before their content.
 */
final class ReportedSpeech {

    /** "according to early results of a survey conducted by X for Y": how long a source phrase may run. */
    private static final int SOURCE_PHRASE_WORDS = 25;
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "some", "nearly", "almost", "over");
    private static final Set<String> CONTRASTS = Set.of("but", "while", "although", "though", "whereas", "mas",
            "enquanto", "embora", "porém", "pero", "mientras", "aunque");
    /** Adverbs among PREPOSITIONS that govern nothing: "said later that …" still reports a clause. */
    private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "afterward", "afterwards", "yesterday",
            "today", "tonight");
    private static final Set<String> COORDINATORS = Set.of(",", "e", "mas", "and", "but", "y", "pero", "porém");
    private static final java.util.Set<String> NEGATIVE_SUBJECTS = java.util.Set.of("no", "none", "nobody", "nothing",
            "neither", "ninguém", "nenhum", "nenhuma", "nadie", "ningún", "ninguna");

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;
    private final TokenPredicates tokens;
    private final SubjectFinder subjects;
    private final MidSentenceSource midSources;
    private final StanceFinder stances; // null for a language with no stance rules

    ReportedSpeech(DocumentView doc, MentionParser np, LanguageResources lex, TokenPredicates tokens,
            SubjectFinder subjects) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.tokens = tokens;
        this.subjects = subjects;
        this.midSources = new MidSentenceSource(doc, np, lex, tokens);
        this.stances = switch (lex.language()) {
            case "en" -> new StanceVerbs(doc, lex, tokens, subjects);
            case "pt" -> new PortugueseStances(doc, lex, tokens, subjects);
            default -> null;
        };
    }

    List<Attribution> reportedSpeech(Sentence s) {
        int a = s.tokens().get(0).index();
        int b = tokens.lastToken(s) + 1;
        int contentEnd = b;
        while (contentEnd > a && isClausePunct(doc.word(contentEnd - 1))) {
            contentEnd--;
        }
        if (contentEnd - a < 4) {
            return List.of();
        }
        Attribution r = headline(a, contentEnd);
        if (r == null) {
            r = leadingSource(a, contentEnd);
        }
        if (r == null && CONTRASTS.contains(doc.lower(a)) || r == null && COORDINATORS.contains(doc.lower(a))) {
            r = leadingSource(a + 1, contentEnd); // "But according to X, …"
        }
        for (int k = a + 1; r == null && k < Math.min(contentEnd - 4, a + 4); k++) {
            if (",".equals(doc.word(k)) && !np.isNameToken(a)) {
                r = leadingSource(k + 1, contentEnd); // "Hoje, de acordo com o regulador, …", "Still, according to X, …"
                break;
            }
        }
        if (r == null) {
            r = leadingAs(a, contentEnd);
        }
        if (r == null) {
            r = trailingCue(a, contentEnd);
        }
        if (r == null && "en".equals(lex.language())) {
            r = parentheticalCue(a, contentEnd);
        }
        if (r == null && "en".equals(lex.language())) {
            r = reported(midSources.find(a, contentEnd));
        }
        List<Attribution> speech = r == null ? preposedVerb(a, contentEnd) : gerundAfterTrailingCue(r, contentEnd);
        if (stances == null) {
            return speech;
        }
        // a stance beside the speech: "Eight years ago, he supported Obama and said …"
        List<Span> taken = new ArrayList<>();
        for (Attribution said : speech) {
            taken.add(said.content());
            if (said.cue() != null) {
                taken.add(said.cue());
            }
        }
        StanceVerbs.Found found = stances.find(a, contentEnd, taken);
        Attribution stance = stance(found != null ? found : stances.passive(a, contentEnd, taken));
        if (stance == null) {
            return speech;
        }
        List<Attribution> out = new ArrayList<>(speech);
        out.add(stance);
        return out;
    }

    /** A stance: "Polls show that …", "She has called for a recount". */
    private Attribution stance(StanceVerbs.Found f) {
        Attribution r = f == null ? null : reported(f.content());
        return r == null || r.kind() != QuoteKind.INDIRECT ? null : r.asStance(f.kind());
    }

    private Attribution reported(FoundSpeech f) {
        return f == null ? null : reported(f.from(), f.to(), f.speaker(), f.cue());
    }

    /**
     * A headline's "Graham: Trump's rhetoric destroying GOP", "Lula: reforma sai este ano": at the start of a
     * paragraph, only a person's name, a colon, then what they said (four words at least) with no verb of saying of
     * its own. Not a topic before the colon ("IRS: Governo aprova …", "Brexit: …"), which names no person, nor a
     * kicker whose headline names its speaker ("Montalvo: «…», garante Jorge Seixas").
     */
    private Attribution headline(int a, int end) {
        if (a > 0 && doc.paragraphOf(doc.token(a).begin()) == doc.paragraphOf(doc.token(a - 1).begin())) {
            return null; // not the paragraph's first sentence
        }
        Mention m = np.forward(a, end);
        if (m == null || m.kind() != Mention.Kind.NAME || m.type() != SpeakerType.PERSON || m.firstToken() != a
                || m.endToken() >= end || !":".equals(doc.word(m.endToken())) || end - m.endToken() < 5) {
            return null;
        }
        for (int k = m.endToken() + 1; k < end; k++) {
            if (np.isSpeechVerb(k)) {
                return null;
            }
        }
        return reported(m.endToken() + 1, end, m, tokens.tokenSpan(m.endToken(), m.endToken() + 1));
    }

    /** "Segundo X, …", "De acordo com X, …", "According to X, …", "Para X, …". */
    private Attribution leadingSource(int a, int end) {
        Attribution view = leadingView(a, end);
        if (view != null) {
            return view;
        }
        int n = tokens.matchPhrase(a, lex.speech().sourcePreps());
        boolean opinion = false;
        if (n == 0 && lex.speech().opinionPreps().contains(doc.word(a))) {
            n = 1;
            opinion = true;
        }
        if (n == 0) {
            return null;
        }
        Mention m = np.forward(a + n, end);
        if (m == null && !opinion && "en".equals(lex.language())) {
            // "According to a study by two economists, …", "According to county records, …": reported, by a
            // source that is no speaker phrase; the content is what follows the source's comma
            int comma = tokens.firstComma(a + n, Math.min(end, a + n + SOURCE_PHRASE_WORDS));
            Mention maker = comma < 0 ? null : np.makerInRelative(comma);
            if (maker != null) {
                // "According to that report, which Strand released in September, users …": the maker speaks; the
                // content follows the relative clause
                int next = tokens.firstComma(maker.endToken(), Math.min(end, maker.endToken() + SOURCE_PHRASE_WORDS));
                return next < 0 ? null : reported(next + 1, end, maker, tokens.tokenSpan(a, a + n));
            }
            return comma < 0 ? null : reported(comma + 1, end, np.madeBy(a + n, comma, false), tokens.tokenSpan(a, a + n));
        }
        if (m == null || opinion && m.kind() == Mention.Kind.ORG_NOUN) {
            return null;
        }
        int comma = tokens.commaAfter(m.endToken(), end);
        if (comma < 0) {
            return null;
        }
        return reported(comma + 1, end, m, tokens.tokenSpan(a, a + n));
    }

    /** "In her view, …", "Na opinião dele, …": the possessive points back to the speaker. */
    private Attribution leadingView(int a, int end) {
        if (!Set.of("in", "na", "em").contains(doc.lower(a))) {
            return null;
        }
        for (int k = a + 1; k < Math.min(end, a + 5); k++) {
            if (",".equals(doc.word(k))) {
                boolean view = false;
                int poss = -1;
                for (int i = a + 1; i < k; i++) {
                    view |= lex.speech().viewNouns().contains(doc.lower(i));
                    if (POSSESSIVES.containsKey(doc.lower(i))) {
                        poss = i;
                    }
                }
                if (!view || poss < 0) {
                    return null;
                }
                Mention m = new Mention(Mention.Kind.PRONOUN, poss, poss + 1, tokens.tokenSpan(poss, poss + 1),
                        doc.word(poss), org.claimscope.model.SpeakerType.PERSON, null, POSSESSIVES.get(doc.lower(poss)));
                return reported(k + 1, end, m, tokens.tokenSpan(a, k));
            }
        }
        return null;
    }

    /**
     * ", noting that …", ", adding the plan …": where the clause reported by an English gerund of saying at {@code j}
     * starts, or -1 when {@code j} is no such gerund.
     */
    private int speechGerundContent(int j, int end) {
        if (!"en".equals(lex.language()) || j >= end || doc.quoteOf(j) >= 0 || !tokens.isGerund(j) || !np.isSpeechVerb(j)) {
            return -1;
        }
        int content = contentAfterVerb(j, end);
        return content > j ? content : -1;
    }

    /**
     * A trailing cue, then the speaker's next words in a gerund clause: "Trump's excesses are sickening, Hollande said
     * Tuesday, noting the Republican had gone too far" reports both clauses, by the same speaker.
     */
    private List<Attribution> gerundAfterTrailingCue(Attribution r, int end) {
        if (r.cue() == null || r.content().end() > r.cue().start()) {
            return List.of(r);
        }
        for (int k = doc.tokenAtOrAfter(r.cue().end()); k + 1 < end; k++) {
            int content = ",".equals(doc.word(k)) && doc.quoteOf(k) < 0 ? speechGerundContent(k + 1, end) : -1;
            if (content > 0) {
                Attribution next = reported(content, end, r.speaker(), tokens.tokenSpan(k + 1, k + 2));
                return next == null ? List.of(r) : List.of(r, next);
            }
        }
        return List.of(r);
    }

    /** "Como explicou o CEO da OpenAI, …" / "As Smith said, …". */
    private Attribution leadingAs(int a, int end) {
        if (!lex.speech().asWords().contains(doc.word(a))) {
            return null;
        }
        Mention m = null;
        int verb = -1;
        if (np.isSpeechVerb(a + 1)) {
            verb = a + 1;
            m = np.afterVerb(a + 1, end);
        } else {
            // "As Wells put it, …", "As former striker Lee Maddox put it on local radio, …"
            for (int v = a + 2; v < Math.min(end, a + 9) && verb < 0; v++) {
                boolean putIt = "put".equals(doc.lower(v)) && "it".equals(doc.lower(v + 1));
                if (np.isSpeechVerb(v) || putIt) {
                    verb = v;
                    m = np.backward(v, a + 1);
                }
                if (",".equals(doc.word(v))) {
                    // "As the agency's chief medical officer, Dr. Renata Lund, put it, …": the name apposed
                    for (int c = v + 2; c < Math.min(end - 1, v + 8) && verb < 0; c++) {
                        boolean putItThere = "put".equals(doc.lower(c + 1)) && "it".equals(doc.lower(c + 2));
                        if (",".equals(doc.word(c)) && (np.isSpeechVerb(c + 1) || putItThere)) {
                            Mention named = np.forward(v + 1, c);
                            if (named != null && named.kind() == Mention.Kind.NAME && named.endToken() == c) {
                                verb = c + 1;
                                m = named;
                            }
                        }
                    }
                    // "As Akhil Amar, professor of constitutional law at Yale, put it, …": the name, then what he is
                    Mention named = verb < 0 ? np.forward(a + 1, v) : null;
                    for (int c = v + 2; named != null && named.kind() == Mention.Kind.NAME && named.endToken() == v
                            && c < Math.min(end - 1, v + 16) && verb < 0; c++) {
                        if (",".equals(doc.word(c))) {
                            int w = doc.lower(c + 1).endsWith("ly") ? c + 2 : c + 1; // "…, recently put it"
                            if (np.isSpeechVerb(w) || "put".equals(doc.lower(w)) && "it".equals(doc.lower(w + 1))) {
                                verb = w;
                                m = named;
                            }
                            break; // one apposition only
                        }
                    }
                    break;
                }
            }
        }
        if (m == null || m.isZero()) {
            return null;
        }
        int comma = tokens.commaAfter(Math.max(m.endToken(), verb + 1), end);
        for (int k = verb + 1; comma < 0 && k < Math.min(end, verb + 4); k++) {
            if (":".equals(doc.word(k))) {
                comma = k; // "As Delacourt put it: “…”"
            }
        }
        return comma < 0 ? null : reported(comma + 1, end, m, tokens.tokenSpan(verb, verb + 1));
    }

    /** "…, explicou o CEO da Nvidia." / "…, said Smith." / "…, the ministry said." / "…, segundo X." */
    private Attribution trailingCue(int a, int end) {
        int asides = 0;
        for (int c = end - 2; c > a + 2; c--) {
            if (!",".equals(doc.word(c)) || doc.quoteOf(c) >= 0) {
                continue;
            }
            int j = c + 1;
            if (asides < 2 && isAside(j)) {
                asides++;
                end = c; // "…, explicou o advogado X, ouvido pela reportagem."
                continue;
            }
            if (asides < 2 && speechGerundContent(j, end) > 0) {
                asides++;
                end = c; // "…, Hollande said Tuesday, noting that …": the next words, which gerundAfterTrailingCue reports
                continue;
            }
            Mention apposed = asides < 2 && !np.isSpeechVerb(j) ? np.forward(j, end) : null;
            if (apposed != null && apposed.kind() == Mention.Kind.ROLE && apposed.endToken() >= end && c > a
                    && np.isNameToken(c - 1) && !lex.grammar().determiners().contains(doc.lower(j))
                    || apposed != null && apposed.kind() == Mention.Kind.ROLE && (apposed.endToken() >= end
                    || "en".equals(lex.language()) && noCommaBetween(apposed.endToken(), end)) // "…, a strategist for the Obama campaign."
                    && apposed.role().indefinite() && c > a && np.isNameToken(c - 1)) {
                asides++;
                end = c; // "…, according to Emma Walsh, a spokeswoman for the board."
                continue;
            }
            int n = tokens.matchPhrase(j, lex.speech().sourcePreps());
            Mention m = null;
            Span cue = null;
            boolean addressed = false;
            if (n > 0) {
                m = np.forward(j + n, end);
                cue = tokens.tokenSpan(j, j + n);
                if (m == null && "en".equals(lex.language()) && j + n < end && c - a >= 4 && end - (j + n) <= SOURCE_PHRASE_WORDS
                        && !tokens.hasSpeechVerb(a, c)) { // "X told staff that …, according to a recording": X said it
                    // "…, according to a new nationwide poll.", "…, according to data released by the state":
                    // reported, by a source that is no speaker phrase (or by the maker of a document it names)
                    return reported(a, c, np.madeBy(j + n, end, false), cue);
                }
            } else if (np.isSpeechVerb(j)) {
                m = np.afterVerb(j, end);
                cue = tokens.tokenSpan(j, j + 1);
                if (TELL.contains(doc.lower(j)) && m != null && !m.isZero() && restIsAdjunct(m.endToken(), end)) {
                    m = np.zero(j); // "…, X, the chief executive, told The Associated Press": the press was told
                    addressed = true;
                }
            } else {
                Mention x = np.forward(j, end);
                int verb = x == null ? -1 : tokens.afterAuxiliaries(x.endToken(), end); // "…, Jenkins has said."
                boolean closes = x != null && (verb == x.endToken() || verb + 1 >= end || isClausePunct(doc.word(verb + 1))
                        || TELL.contains(doc.lower(verb)) && toldWhomThenAdjunct(verb + 1, end));
                if (x != null && closes && np.isSpeechVerb(verb)) { // not "…, X allegedly wrote to Y: “…”"
                    m = x;
                    cue = tokens.tokenSpan(verb, verb + 1);
                }
            }
            if (m != null && m.isZero() && !addressed && j + 1 < end && !isClausePunct(doc.word(j + 1))) {
                return null; // "…, explicou em conferência que …" is no trailing cue
            }
            if (m != null && m.isZero()) {
                // "The crowd was a record, Championship Rugby Ltd, which runs the tournament, said."
                Mention before = np.backward(j, a);
                if (before != null && !before.isZero() && before.kind() != Mention.Kind.GROUP) {
                    int cut = before.firstToken();
                    while (cut > a && !",".equals(doc.word(cut - 1))) {
                        cut--;
                    }
                    Mention named = before.kind() == Mention.Kind.ROLE && cut - 1 > a ? np.backward(cut - 1, a) : null;
                    if (named != null && named.kind() == Mention.Kind.NAME && named.endToken() == cut - 1) {
                        // "…,” Marisol Vega, the authority's chief executive, told AP": the name, then its apposition
                        before = named;
                        cut = named.firstToken();
                        while (cut > a && !",".equals(doc.word(cut - 1))) {
                            cut--;
                        }
                    }
                    if (cut - 1 > a + 2 && !onlyNamesSomeone(a, cut - 1) && !quoteThenDescription(a, cut - 1)) {
                        return reported(a, cut - 1, before, tokens.tokenSpan(j, j + 1));
                    }
                }
            }
            int afterCue = Math.max(m == null ? 0 : m.endToken(), cue == null ? 0 : doc.tokenAtOrAfter(cue.end()));
            boolean toldWhom = cue != null && TELL.contains(cue.of(doc.text).toLowerCase(java.util.Locale.ROOT))
                    && toldWhomThenAdjunct(afterCue, end);
            if (m != null && (restIsAdjunct(afterCue, end) || toldWhom)) {
                int start = a;
                for (int k = c - 1; k > a; k--) {
                    if (";".equals(doc.word(k)) && doc.quoteOf(k) < 0) {
                        start = k + 1; // "A; B, disse X": X said only B
                        break;
                    }
                }
                if (onlyNamesSomeone(start, c) || subordinateClauseOnly(start, c) || subjectWithRelativeClause(start, c)
                        || c - start <= 5 && (tokens.isPreposition(start)
                        || subjects.afterParticipialAdjunct(start, c + 1) == c + 1)) {
                    // "A ministra, Helena Vaz, reconheceu os números": the subject, not a statement;
                    // "Pela Iniciativa Liberal, o deputado …", "Procurada pelo g1, a secretaria …": an adjunct
                    return null;
                }
                if (quoteThenDescription(start, c)) {
                    return null; // "“…,” Rep. X’s chief of staff, Joe Kasper, said": the cue of the quote
                }
                return reported(start, c, m, cue);
            }
            return null; // only the last clause can be a trailing cue
        }
        return null;
    }

    /**
     * "When A and B sat down to plan it, they argued for an evening": an adverbial clause with no main clause of
     * its own before the cue sets the scene of the verb; it is not what was said.
     */
    /** A quote, then only a phrase that names or describes someone, up to {@code to}. */
    private boolean quoteThenDescription(int from, int to) {
        int k = from;
        while (k < to && (DocumentView.isQuoteMark(doc.word(k)) || doc.quoteOf(k) >= 0)) {
            k++;
        }
        if (k == from || k >= to) {
            return false;
        }
        while (k < to && (",".equals(doc.word(k)) || DocumentView.isQuoteMark(doc.word(k)))) {
            k++;
        }
        Mention d = k < to ? np.forward(k, to) : null;
        if (d != null && d.endToken() >= to) {
            return true;
        }
        // "the senator's spokesman", which the mention reader may cut at the possessive: a short phrase with no verb
        boolean verb = false;
        for (int t = k; t < to && !verb; t++) {
            String pos = doc.token(t).pos();
            verb = pos == null || pos.startsWith("VB") || pos.equals("MD") || np.isSpeechVerb(t);
        }
        return d != null && !verb && to - k <= 10;
    }

    private boolean noCommaBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (",".equals(doc.word(k)) || DocumentView.isQuoteMark(doc.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "BuzzFeed, which does not disclose its finances": a subject and a relative clause about it, no statement (not
     * "Haley, who gave the response, is an articulate conservative", where the statement follows the clause).
     */
    private boolean subjectWithRelativeClause(int start, int comma) {
        Mention x = np.forward(start, comma);
        int after = x == null ? -1 : x.endToken();
        if (x == null || x.firstToken() != start || after + 1 >= comma || !",".equals(doc.word(after))
                || !lex.grammar().relativePronouns().contains(doc.lower(after + 1))) {
            return false;
        }
        for (int k = after + 2; k < comma; k++) {
            if (",".equals(doc.word(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean subordinateClauseOnly(int start, int comma) {
        if (!lex.grammar().subordinators().contains(doc.lower(start))) {
            return false;
        }
        for (int k = start + 1; k < comma; k++) {
            if (",".equals(doc.word(k))) {
                return false; // "If they cut it, we will strike, she said": a main clause follows
            }
        }
        return true;
    }

    /**
     * "In his state, Christie said, offenders are sent to treatment.", "At one point, she said, she …": a cue set
     * off by commas inside the sentence reports the whole sentence around it.
     */
    private Attribution parentheticalCue(int a, int end) {
        for (int k = a; k < end; k++) {
            if (doc.quoteOf(k) >= 0) {
                return null; // "“A,” he said, “B.”" is direct speech
            }
        }
        for (int c = a + 1; c < end - 4; c++) {
            if (!",".equals(doc.word(c)) || doc.quoteOf(c) >= 0) {
                continue;
            }
            Mention m;
            int verb;
            if (np.isSpeechVerb(c + 1)) {
                verb = c + 1;
                m = np.afterVerb(verb, end);
            } else {
                m = np.forward(c + 1, end);
                verb = m == null ? -1 : m.endToken();
            }
            if (m == null || m.isZero() || verb < 0 || !np.isSpeechVerb(verb) || negated(verb)) {
                continue;
            }
            int close = Math.max(verb + 1, m.endToken());
            if (close < end - 3 && ",".equals(doc.word(close)) && doc.quoteOf(close + 1) < 0
                    && !DocumentView.isQuoteMark(doc.word(close + 1))) {
                return reported(a, end, m, tokens.tokenSpan(verb, verb + 1));
            }
        }
        return null;
    }

    /**
     * "Ele afirmou que …", "A Petrobras informou em nota que …", "Smith said the plan …", and with the
     * subject left unsaid, "Lembrou que …". Two verbs under one subject ("reconheceu que A e garantiu
     * que B") give two attributions.
     */
    private List<Attribution> preposedVerb(int a, int end) {
        for (int v = a; v < end - 1; v++) {
            if (doc.quoteOf(v) >= 0 || !np.isSpeechVerb(v) || negated(v) || tokens.isInvertedCue(a, v)) {
                continue;
            }
            int subjectEnd = tokens.beforeAuxiliaries(v, a);
            // "Trump went after Bush, calling him …": a gerund after a comma has the sentence's subject, not the
            // noun just before it
            boolean gerundAfterComma = "en".equals(lex.language()) && v > a + 1 && ",".equals(doc.word(v - 1))
                    && tokens.isGerund(v);
            Mention m = gerundAfterComma ? subjects.sentenceSubject(subjects.afterOpeningClause(a, v), v) : null;
            if (m != null && (m.kind() == Mention.Kind.GROUP || m.endToken() > v)) {
                m = null;
            }
            // "Morales has previously said", "Her aides here say"; and "X, the attorney representing Y, had argued":
            // the subject stands before the auxiliaries, so it is looked for there first
            if (m == null) {
                m = subjectEnd < v ? subjects.subjectOf(subjectEnd, a) : null;
            }
            if (m == null && v > a) {
                m = subjects.subjectOf(v, a);
            }
            if (m == null && subjectEnd > a) {
                m = subjects.unnamedSubject(a, subjectEnd); // "Nearly half said", "Some of the mayor's longtime allies said"
            }
            boolean cueOfQuote = m != null && m.firstToken() > a && (DocumentView.isQuoteMark(doc.word(m.firstToken() - 1))
                    || ",".equals(doc.word(m.firstToken() - 1)) && DocumentView.isQuoteMark(doc.word(m.firstToken() - 2)));
            if (m == null && v > a && ",".equals(doc.word(v - 1)) && tokens.isGerund(v)) {
                m = subjects.sentenceSubject(a, v); // "The Fed left rates unchanged, saying that …"
            }
            if (m == null && v > a + 2 && COORDINATORS.contains(doc.lower(v - 1)) && !",".equals(doc.word(v - 1))) {
                m = subjects.sentenceSubject(subjects.afterOpeningClause(a, v), v); // "The commission welcomed the decision and said …"
            }
            if (m == null && (isClauseStart(a, v) || v > a + 1 && ",".equals(doc.word(v - 1)) && subjects.opensWithAdjunct(a, v - 1))) {
                m = np.zero(v); // "Lembrou que …", "Em entrevista à Antena 1, defendeu que …"
            }
            if (m == null) {
                continue;
            }
            int contentStart = contentAfterVerb(v, end);
            if (contentStart < 0) {
                continue; // "não informou se …, mas o secretário disse que …": a later verb may report
            }
            if (cueOfQuote && !lex.speech().complementizers().contains(doc.lower(contentStart - 1))) {
                continue; // "“…,” Brandt said outside the courthouse": the cue of a quote, not reported speech
            }
            List<Attribution> out = new ArrayList<>();
            int from = contentStart;
            int verb = v;
            for (int k = contentStart + 1; k < end - 2; k++) {
                if (doc.quoteOf(k) < 0 && (";".equals(doc.word(k)) || anotherSpeakerAfter(k, end))) {
                    // "Rubio suggested that A, while Cruz said B": each speaker says their own clause
                    addIfPresent(out, questionOr(reported(from, k, m, tokens.tokenSpan(verb, verb + 1)), verb, from, end));
                    out.addAll(preposedVerb(k + 1, end));
                    return out;
                }
                // "… e garantiu que …": a second verb of saying with its own complement
                int v2 = k + 1;
                if (COORDINATORS.contains(doc.lower(k)) && COORDINATORS.contains(doc.lower(v2))) {
                    v2++; // ", mas ressalta que"
                }
                if (COORDINATORS.contains(doc.lower(k)) && np.isSpeechVerb(v2) && doc.quoteOf(v2) < 0) {
                    int next = contentAfterVerb(v2, end);
                    if (next > v2) {
                        addIfPresent(out, questionOr(reported(from, k, m, tokens.tokenSpan(verb, verb + 1)), verb, from, end));
                        from = next;
                        verb = v2;
                        k = next;
                    }
                }
            }
            addIfPresent(out, questionOr(reported(from, end, m, tokens.tokenSpan(verb, verb + 1)), verb, from, end));
            return out;
        }
        return List.of();
    }

    /**
     * A reported question ("asked Sanders how he was feeling") is kept as a stance of kind question: words were
     * said, but a question states nothing a claim could hold, and search for what was said should not return it.
     */
    private Attribution questionOr(Attribution r, int verb, int from, int end) {
        return r != null && r.kind() == QuoteKind.INDIRECT && questionAfter(verb, end) == from
                ? r.asStance(StanceKind.QUESTION) : r;
    }

    /**
     * ", but he said …", ", while Cruz argued that …" at token k: a new clause whose own subject reports speech (English
     * POS tags), so the content before k ends there.
     */
    private boolean anotherSpeakerAfter(int k, int end) {
        if (!",".equals(doc.word(k)) && !CONTRASTS.contains(doc.lower(k)) || doc.token(k).pos() == null) {
            return false;
        }
        int first = k + 1;
        while (first < end && (CONTRASTS.contains(doc.lower(first)) || COORDINATORS.contains(doc.lower(first)))) {
            first++;
        }
        if (lex.grammar().relativePronouns().contains(doc.lower(first))) {
            return false; // "…, which she described as “…”": a relative clause belongs to the content
        }
        for (int v = first + 1; v < Math.min(end - 2, first + 8); v++) {
            if (DocumentView.isPunct(doc.word(v)) || doc.quoteOf(v) >= 0) {
                return false;
            }
            if (np.isSpeechVerb(v)) {
                int subjectEnd = tokens.beforeAuxiliaries(v, first);
                return !negated(v) && subjectEnd > first && subjects.subjectOf(subjectEnd, first) != null
                        && contentAfterVerb(v, end) > v;
            }
        }
        return false;
    }

    /** "declined to comment on reports that …", "não quis comentar": nothing was said. */
    private boolean negated(int v) {
        for (int k = Math.max(0, v - 3); k < v; k++) {
            if (lex.speech().negations().contains(doc.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing but connectives stand before token v in its clause ("Lembrou que", "Mas disse que"). */
    private boolean isClauseStart(int a, int v) {
        for (int k = a; k < v; k++) {
            if (!lex.grammar().stopwords().contains(doc.word(k)) && !DocumentView.isPunct(doc.word(k))) {
                return false;
            }
        }
        return !doc.token(v).isEntity();
    }

    /** Where the reported content after a speech verb starts, or -1 when the verb reports nothing. */
    /** Portuguese infinitives that open a reported clause with the speaker as its subject. */
    private static final Set<String> INFINITIVE_CLAUSES = Set.of("ser", "estar", "ter", "haver", "terem", "serem",
            "estarem");

    /** ", asked when …, replied": a comma, then a verb with its own tense, after the question (English POS tags). */
    private boolean answeredAfter(int v, int end) {
        for (int k = v + 2; k + 1 < end; k++) {
            if (",".equals(doc.word(k)) && FINITE_TAGS.contains(doc.token(k + 1).pos())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that report a question by its lemma, and the words that open the question they report. */
    private static final Set<String> QUESTION_VERBS = Set.of("ask", "wonder", "question");
    private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "how", "why", "what", "when", "where",
            "who", "which");

    /**
     * English "asked Sanders how he was feeling", "questioned whether the contract was reviewed": where the reported
     * question starts (its wh-word or "whether"), past a short object; -1 for none.
     */
    private int questionAfter(int v, int end) {
        if (!"en".equals(lex.language()) || !QUESTION_VERBS.contains(doc.token(v).lemma())) {
            return -1;
        }
        if ("VBN".equals(doc.token(v).pos()) && !(v > 0 && Set.of("has", "have", "had").contains(doc.lower(v - 1)))
                || v > 0 && ",".equals(doc.word(v - 1)) && answeredAfter(v, end)) {
            // "Asked whether he would run, the mayor said …", "One captain, asked when …, replied": the question was
            // put to the one who answers, by no one named; "has asked whether" is the subject's own
            return -1;
        }
        for (int k = v + 1; k < Math.min(end - 3, v + 5); k++) {
            if (QUESTION_OPENERS.contains(doc.lower(k))) {
                return k;
            }
            if (DocumentView.isPunct(doc.word(k)) || np.isSpeechVerb(k) || PREPOSITIONS.contains(doc.lower(k))) {
                return -1; // "asked for a recount", "asked, …"
            }
        }
        return -1;
    }

    private int contentAfterVerb(int v, int end) {
        int question = questionAfter(v, end);
        if (question > 0) {
            return question;
        }
        for (int k = v + 1; k < Math.min(end - 1, v + 10); k++) {
            String w = doc.word(k);
            if (DocumentView.isQuoteMark(w) || ".".equals(w) || ";".equals(w) || np.isSpeechVerb(k)) {
                break; // "que pediu anonimato, disse que …": the "que" belongs to the later verb
            }
            // "none of that increase", "num ano em que …": after a preposition "that"/"que" is no complementizer
            boolean afterPreposition = k > v + 1 && (PREPOSITIONS.contains(doc.lower(k - 1))
                    || lex.grammar().adjunctPreps().contains(doc.lower(k - 1))) && !TIME_ADVERBS.contains(doc.lower(k - 1));
            String object = doc.lower(v + 1);
            boolean afterBareObject = k == v + 2 && !"en".equals(lex.language()) && !doc.token(v + 1).isCapitalized()
                    && !lex.grammar().stopwords().contains(object) && !lex.grammar().adjunctPreps().contains(object)
                    && !lex.grammar().datives().contains(object) && !lex.grammar().determiners().contains(object)
                    && !object.endsWith("mente") && !DocumentView.isPunct(object); // "exigiu garantias que o conselho …"
            if (lex.speech().complementizers().contains(w) && !isRelativePronoun(k) && !afterPreposition && !afterBareObject
                    || ":".equals(w)) {
                return k + 1;
            }
        }
        String next = doc.lower(v + 1);
        if ("pt".equals(lex.language()) && INFINITIVE_CLAUSES.contains(next) && end - (v + 1) >= 3) {
            return v + 1; // "disse ser vítima de perseguição", "negou ter recebido o dinheiro"
        }
        if ("en".equals(lex.language()) && isSayVerb(v) && APPROXIMATORS.contains(next) && v + 2 < end
                && "CD".equals(doc.token(v + 2).pos())) {
            return v + 1; // "said about 2,300 workers had joined"
        }
        // "said no teachers would …", "said a strike …": English "no" and "a" are determiners, not Portuguese prepositions
        boolean englishDeterminer = "en".equals(lex.language()) && ("a".equals(next) || "no".equals(next));
        if ("en".equals(lex.language()) && isSayVerb(v) && PREPOSITIONS.contains(next) && !englishDeterminer) {
            int clause = clauseAfterAdjunct(v + 1, end);
            if (clause > 0) {
                return clause; // "said on Tuesday it would cut …"
            }
        }
        boolean preposition = PREPOSITIONS.contains(next) && !englishDeterminer
                || "en".equals(lex.language()) && "of".equals(next); // "said of the two": what was spoken of
        boolean clauseFollows = !DocumentView.isPunct(next) && !preposition && end - (v + 1) >= 3;
        if ("en".equals(lex.language()) && TELL.contains(doc.lower(v))) {
            // "told Reuters he had worked …", "told reporters the plan …"
            int o = v + 1;
            if (np.isNameToken(o)) {
                o = np.nameEnd(o, end);
            } else if (OBJECTS.contains(doc.lower(o))) {
                o++;
            } else if ("the".equals(doc.lower(o)) && o + 1 < end && np.isNameToken(o + 1)) {
                o = np.nameEnd(o + 1, end); // "told the BBC her mother had …"
            } else if (Set.of("the", "a", "his", "her", "their").contains(doc.lower(o)) && o + 1 < end
                    && !doc.token(o + 1).isCapitalized() && doc.token(o + 1).pos() != null
                    && doc.token(o + 1).pos().startsWith("NN")) {
                o += 2; // "told the council her sales fell …", "told the court he …"
                if (o < end && doc.token(o).pos() != null && doc.token(o).pos().startsWith("NN") && !"PRP".equals(doc.token(o).pos())
                        && o + 1 < end && doc.token(o + 1).pos() != null && doc.token(o + 1).pos().startsWith("NN")) {
                    o++; // "told the city council …" — a compound object
                }
            }
            if (o > v + 1 && end - o >= 3 && !PREPOSITIONS.contains(doc.lower(o))
                    && !DocumentView.isPunct(doc.word(o))) {
                return o;
            }
            if (o > v + 1 && o < end && PREPOSITIONS.contains(doc.lower(o))) {
                int clause = clauseAfterAdjunct(o, end);
                if (clause > 0) {
                    return clause; // "told reporters on Tuesday the contract would be canceled"
                }
            }
        }
        if (clauseFollows && lex.speech().isObjectSpeechVerb(doc.word(v)) && !namingParticiple(v)
                && complementAfterObject(v + 1, end)) {
            return v + 1; // "acusou o executivo de …", "described the plan as …" — not "described scenes of panic"
        }
        if ("en".equals(lex.language()) && clauseFollows && isSayVerb(v)
                && !("adding".equals(doc.lower(v)) && !np.isSpeechVerb(previousVerb(v)))) {
            // "The Fed held rates, saying inflation …" reports; "approved a budget, adding money for …" adds a thing
            return v + 1;
        }
        if ("en".equals(lex.language()) && clauseFollows && bareClause(v + 1, end)) {
            return v + 1; // "suggested the United States should send …", "denied he had known"
        }
        return -1;
    }

    private static final Set<String> FINITE_TAGS = Set.of("MD", "VBD", "VBZ", "VBP");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "POS", "PRP$");

    /**
     * A clause with no "that" right after a verb of saying (English POS tags): a pronoun, or a short noun phrase, then a
     * verb with its own tense. Not an object ("suggested a plan to cut costs"), which has no such verb.
     */
    private boolean bareClause(int from, int end) {
        String first = doc.token(from).pos();
        if (first == null) {
            return false;
        }
        if ("PRP".equals(first)) {
            return from + 1 < end && FINITE_TAGS.contains(doc.token(from + 1).pos());
        }
        for (int k = from; k < Math.min(end - 1, from + 6); k++) {
            String pos = doc.token(k).pos();
            if (k > from && FINITE_TAGS.contains(pos)) {
                return true;
            }
            if (pos == null || !NOUN_PHRASE_TAGS.contains(pos)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a group called Citizens for Trump": a participle right after the common noun it names says what the thing is
     * called, not what anyone said (needs POS; "which she called …" and "has called …" stay verbs of saying).
     */
    private boolean namingParticiple(int v) {
        String pos = doc.token(v).pos();
        String before = v > 0 ? doc.token(v - 1).pos() : null;
        return "VBN".equals(pos) && before != null && (before.equals("NN") || before.equals("NNS"))
                && !doc.token(v - 1).isCapitalized();
    }

    /** The nearest verb before {@code v} in its sentence, or {@code v} itself when there is none. */
    private int previousVerb(int v) {
        int first = doc.sentence(doc.sentenceOf(v)).tokens().get(0).index();
        for (int k = v - 1; k >= first; k--) {
            String pos = doc.token(k).pos();
            if (pos != null && pos.startsWith("VB")) {
                return k;
            }
        }
        return v;
    }

    /** "o executivo de fazer …", "the plan as …", "o plano como …": the object, then what is said of it. */
    private boolean complementAfterObject(int from, int end) {
        for (int k = from + 1; k < Math.min(end, from + 6); k++) {
            String w = doc.lower(k);
            if (",".equals(w)) {
                return false; // "whom everyone calls Bernie, spent …": the object ended; nothing was said of it
            }
            if (Set.of("de", "as", "como", "of", "for", "por", "a").contains(w) || doc.quoteOf(k) >= 0
                    || DocumentView.isQuoteMark(doc.word(k))) {
                return !("of".equals(w) && !"accuse".equals(doc.token(from - 1).lemma()));
            }
        }
        return false;
    }

    /** "a memo that was seen by Reuters": "that" followed by a verb starts a relative clause (needs POS). */
    private boolean isRelativePronoun(int k) {
        String pos = k + 1 < doc.size() ? doc.token(k + 1).pos() : null;
        return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }

    /** After "said on Tuesday" or "said in a statement", where the reported clause begins (POS tags), or -1. */
    private int clauseAfterAdjunct(int prep, int end) {
        for (int k = prep + 1; k < Math.min(end - 3, prep + 6); k++) {
            String pos = doc.token(k).pos();
            String prevPos = doc.token(k - 1).pos();
            if (pos == null || prevPos == null || DocumentView.isPunct(doc.word(k))) {
                return -1;
            }
            boolean prevIsNoun = prevPos.startsWith("NN") || prevPos.equals("CD");
            if (pos.equals("PRP") || prevIsNoun && (pos.equals("DT") || pos.startsWith("NNP") && k > prep + 1
                    && !prevPos.startsWith("NNP"))) {
                return k;
            }
        }
        return -1;
    }

    private static void addIfPresent(List<Attribution> out, Attribution a) {
        if (a != null) {
            out.add(a);
        }
    }

    private boolean isSayVerb(int v) {
        String w = doc.lower(v);
        return w.equals("said") || w.equals("says") || w.equals("say") || w.equals("added") || w.equals("adds")
                || w.equals("warned") || w.equals("warns") || w.equals("argued") || w.equals("argues")
                || w.equals("noted") || w.equals("notes") || w.equals("claimed") || w.equals("claims")
                || w.equals("insisted") || w.equals("insists") || w.equals("contended") || w.equals("contends")
                || w.equals("saying") || w.equals("adding"); // "…, saying inflation remained high"
    }

    private Attribution reported(int from, int to, Mention speaker, Span cue) {
        while (from < to && isClausePunct(doc.word(from))) {
            from++;
        }
        for (int k = from + 2; k + 1 < to; k++) {
            if (":".equals(doc.word(k)) && doc.quoteOf(k) < 0 && DocumentView.isQuoteMark(doc.word(k + 1))) {
                to = k; // "defendeu que o problema é estrutural: “…”": the quote after the colon stands alone
                break;
            }
        }
        while (to > from && isClausePunct(doc.word(to - 1))) {
            to--;
        }
        from = Datelines.after(doc, from, to);
        if (to - from < 2) {
            return null; // "anunciou que vai recorrer" says something; "disse que sim" does not
        }
        Span content = new Span(doc.token(from).begin(), doc.token(to - 1).end());
        QuoteKind kind = QuoteKind.INDIRECT;
        for (int qi = 0; qi < doc.quotes.size(); qi++) {
            QuotedSpan q = doc.quotes.get(qi);
            if (q.content().overlaps(content)) {
                if (q.open() <= content.start() && q.close() >= content.end() - 1) {
                    // "As Wells put it, “…”": the clause is a direct quote; this is its cue
                    return new Attribution(q.content(), QuoteKind.DIRECT, speaker, cue, qi, -1);
                }
                kind = QuoteKind.MIXED;
            }
        }
        return new Attribution(content, kind, speaker, cue, -1, -1);
    }

    /** "A presidente do Sinprog, Maria José Arantes": a name or role with its apposition and nothing else. */
    private boolean onlyNamesSomeone(int from, int to) {
        Mention x = np.forward(from, to);
        if (x == null || x.kind() == Mention.Kind.PRONOUN) {
            return false;
        }
        int k = x.endToken();
        if (k < to && "(".equals(doc.word(k)) && k + 2 < to && ")".equals(doc.word(k + 2))) {
            k += 3; // "(Sinprog)"
        }
        if (k + 1 < to && ",".equals(doc.word(k)) && tokens.isPartyTag(k + 1)) {
            k += 2; // "Sen. Jane Roe, D-Ore."
            if (k < to && ",".equals(doc.word(k))) {
                k++;
            }
        }
        if (k >= to) {
            return true;
        }
        if (!",".equals(doc.word(k))) {
            return false;
        }
        Mention y = np.forward(k + 1, to);
        return y != null && y.kind() != Mention.Kind.PRONOUN && y.endToken() >= to;
    }

    /** A clause that only describes what precedes it: a participle, a relative clause. */
    private boolean isAside(int j) {
        String w = doc.lower(j);
        if (CONTRASTS.contains(w)) {
            // "…, the ONS said on Wednesday, but the drop was smaller than forecast." — but not "…, mas alertou
            // que …", which is more speech
            return !np.isSpeechVerb(j + 1) && !np.isSpeechVerb(j + 2);
        }
        boolean participle = isParticiple(w) || IRREGULAR_PARTICIPLES.contains(w); // "…, known as Cal Fire."
        return participle && !np.isSpeechVerb(j) || lex.grammar().relativePronouns().contains(w);
    }

    /** "…, X told staff in a memo on Tuesday.", "…, X told Reuters.": who was told, then nothing but adjuncts. */
    private boolean toldWhomThenAdjunct(int k, int end) {
        if (k >= end) {
            return false;
        }
        int after;
        if (OBJECTS.contains(doc.lower(k))) {
            after = k + 1;
        } else if (np.isNameToken(k) || doc.token(k).isCapitalized() && "the".equals(doc.lower(k)) && np.isNameToken(k + 1)) {
            after = np.nameEnd(np.isNameToken(k) ? k : k + 1, end);
        } else {
            return false;
        }
        return after >= end || PREPOSITIONS.contains(doc.lower(after)) && restIsAdjunct(after, end);
    }

    private boolean restIsAdjunct(int from, int end) {
        if (from < end && "(".equals(doc.word(from))) {
            for (int k = from + 1; k < Math.min(end, from + 6); k++) {
                if (")".equals(doc.word(k))) {
                    return restIsAdjunct(k + 1, end); // "…, revela uma auditoria do Tribunal de Contas (TdC) divulgada …"
                }
            }
        }
        if (from < end && ",".equals(doc.word(from))) {
            // "…, explica a entomologista X, do Instituto Y." / "…, said Smith, who …" / "…, according to X,
            // an analyst at Y." — an aside about the speaker closes the sentence
            return true;
        }
        String w = doc.lower(from);
        if (from < end && tokens.isFiniteVerb(from)) {
            return false; // "X, a nurse, said the ambulances were late": the phrase after the verb is a subject
        }
        if (from + 1 < end && (lex.grammar().malePronouns().contains(w) || lex.grammar().femalePronouns().contains(w)
                || lex.grammar().pluralPronouns().contains(w) || NEGATIVE_SUBJECTS.contains(w))) {
            return false; // "Outside the courthouse, Ms. Lee said she would appeal", "said no teachers would …"
        }
        boolean participle = isParticiple(w); // "…, segundo um estudo da X publicado esta semana"
        if (lex.speech().complementizers().contains(w)) {
            return false; // "…, told analysts that revenue would fall": the verb reports what follows
        }
        // a short rest, but not an object: "…, X lamentou as oportunidades falhadas" is no trailing cue
        boolean object = lex.grammar().determiners().contains(w) && !lex.grammar().datives().contains(w) && !lex.grammar().affiliationPreps().contains(w);
        return from >= end || PREPOSITIONS.contains(w) || participle || end - from <= 4 && !object;
    }
}
