package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.claimscope.model.QuoteKind;
import org.claimscope.model.Span;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * The attribution rules: which quoted spans are speech, which sentences report speech, and which phrase
 * names the speaker of each. Works on tokens, capitalization and the language's lexicons only: no
 * parser or coreference model is needed.
 */
final class Attributor {

    private static final Set<String> CUE_GLUE = Set.of(",", "—", "–", "-");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "during", "for", "with", "after",
            "by", "from", "via", "through", "over", "under", "outside", "inside", "near", "later", "earlier",
            "afterward", "afterwards", "yesterday", "today", "tonight",
            "before", "about", "em", "a", "à", "ao", "durante", "após", "sobre", "no", "na", "nesta", "neste");
    private static final int MIN_UNCUED_WORDS = 6;
    /** "according to early results of a survey conducted by X for Y": how long a source phrase may run. */
    private static final int SOURCE_PHRASE_WORDS = 25;
    /** Prepositions after which a noun phrase is not the subject ("Em teleconferência com analistas, …"). */
    private static final Set<String> GOVERNING = Set.of("com", "sem", "para", "por", "sobre", "entre", "contra",
            "pelo", "pela", "pelos", "pelas",
            "with", "without", "by", "from", "of", "against", "among", "con", "sin");
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "some", "nearly", "almost", "over");
    private static final Set<String> CONTRASTS = Set.of("but", "while", "although", "though", "whereas", "mas",
            "enquanto", "embora", "porém", "pero", "mientras", "aunque");
    /** Adverbs among PREPOSITIONS that govern nothing: "said later that …" still reports a clause. */
    private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "afterward", "afterwards", "yesterday",
            "today", "tonight");
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "been", "be");
    /** Adverbs that put a verb of saying before its subject: "So said X". */
    private static final Set<String> INVERTING = Set.of("so", "thus");
    private static final Set<String> TELL = Set.of("told", "tells", "tell");
    /** What a headline speaker is "on": "'…': economist on housing figures". */
    private static final Set<String> TOPIC_WORDS = Set.of("on", "over", "about");
    /** CoreNLP writes brackets as -LRB-/-RRB- unless told otherwise. */
    private static final Set<String> OPEN_BRACKETS = Set.of("(", "-LRB-");
    private static final Set<String> CLOSE_BRACKETS = Set.of(")", "-RRB-");
    /** After "Smith said": an adverbial clause or what it was said of ("said as he left", "said of the plan"). */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("as", "while", "when", "of");
    private static final Set<String> OBJECTS = Set.of("reporters", "journalists", "analysts", "him", "her", "them",
            "us", "me", "investors", "lawmakers", "parliament", "congress", "mps", "listeners", "viewers", "staff",
            "employees", "colleagues", "supporters");
    private static final Set<String> COORDINATORS = Set.of(",", "e", "mas", "and", "but", "y", "pero", "porém");

    private final DocumentView doc;
    private final MentionParser np;
    /** Direct quotes that a reported-speech pattern introduced ("As X put it, “…”"), by quote index. */
    private java.util.Map<Integer, Attribution> cuesOfQuotes = java.util.Map.of();
    private final LanguageResources lex;
    private final QuoteTail tail;

    Attributor(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.tail = new QuoteTail(doc, np);
    }

    List<Attribution> attribute() {
        List<Attribution> reported = new ArrayList<>();
        java.util.Map<Integer, Attribution> cuesOfQuotes = new java.util.HashMap<>();
        for (Sentence s : doc.sentences) {
            for (Attribution a : reportedSpeech(s)) {
                if (a.quote() >= 0) {
                    cuesOfQuotes.putIfAbsent(a.quote(), a);
                } else {
                    reported.add(a);
                }
            }
        }
        this.cuesOfQuotes = cuesOfQuotes;
        List<Attribution> direct = new ArrayList<>();
        for (int q = 0; q < doc.quotes.size(); q++) {
            Attribution a = directSpeech(q, reported, direct);
            if (a != null) {
                direct.add(a);
            }
        }
        List<Attribution> all = new ArrayList<>(direct);
        for (Attribution r : reported) {
            if (!coveredByDirect(r, direct)) {
                all.add(r);
            }
        }
        all.sort(Comparator.comparing(Attribution::content));
        return all;
    }

    // ---- direct speech -------------------------------------------------------------------------

    private Attribution directSpeech(int qi, List<Attribution> reported, List<Attribution> earlier) {
        QuotedSpan q = doc.quotes.get(qi);
        String content = q.content().of(doc.text);
        int openTok = doc.tokenAtOrAfter(q.open());
        int afterClose = doc.tokenAtOrAfter(Math.min(q.close() + 1, doc.text.length()));
        if (openTok >= doc.size()) {
            return null;
        }
        int sentenceOpen = doc.sentenceOf(openTok);
        int closeTok = Math.max(openTok, afterClose - 1);
        int sentenceClose = doc.sentenceOf(Math.min(closeTok, doc.size() - 1));

        Cue cue = postCue(q, afterClose, sentenceClose, content);
        Attribution introduced = cuesOfQuotes.get(qi);
        if (cue == null && introduced != null) {
            cue = new Cue(introduced.speaker(), introduced.cue());
        }
        if (cue == null) {
            cue = preCue(openTok, sentenceOpen);
        }
        if (cue == null) {
            cue = colonBefore(openTok);
        }
        if (cue == null) {
            cue = headlineColonCue(q, afterClose);
        }
        if (cue == null) {
            for (Attribution r : reported) {
                boolean colonBefore = r.content().end() <= q.open() && q.open() - r.content().end() <= 3
                        && doc.text.substring(r.content().end(), q.open()).strip().equals(":"); // "…: “…”"
                if (r.content().contains(q.content()) || colonBefore || r.content().overlaps(q.content())
                        && doc.sentenceOf(doc.tokenAtOrAfter(r.content().start())) == sentenceOpen) {
                    cue = new Cue(r.speaker(), r.cue());
                    break;
                }
            }
        }
        int words = q.wordCount(doc.text);
        if (words <= 4 && afterTitleNoun(openTok)) {
            return null; // o chamado “teto de gastos”, the book “The Salt Road”
        }
        if (cue != null) {
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, cue.speaker, cue.cue, qi, -1);
        }
        if (isTitleOrName(openTok, content)) {
            return null;
        }
        // "“…” A avaliação é do delegado X.": the next sentence names the speaker
        Mention owner = attributionAfter(afterClose);
        if (owner != null) {
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, owner, null, qi, -1);
        }
        if (tail.namesSpeaker(afterClose)) {
            // "“…,” Cecelia Purner, 67, …, said": someone is named as the speaker, so no one earlier goes on
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, null, null, qi, -1);
        }
        // A partial quote inside someone else's sentence continues no one.
        boolean opensSentence = opensSentence(q);
        if (strandedOpening(openTok)) {
            sentenceOpen++; // the sentence is the one the quote's words begin
        }
        if (!opensSentence && openTok > 0 && ":".equals(doc.word(openTok - 1)) && words >= 3) {
            // "Then, a week later on television: “…”": a colon names no new speaker, the last one goes on
            Attribution goesOn = continuation(qi, earlier);
            if (goesOn != null) {
                return goesOn;
            }
        }
        if (!opensSentence) {
            return words >= MIN_UNCUED_WORDS && Character.isUpperCase(content.codePointAt(0))
                    ? new Attribution(q.content(), QuoteKind.DIRECT, null, null, qi, -1) : null;
        }
        // "O volante Thiaguinho preferiu a autocrítica. “…”": the sentence before names the speaker
        if (opensSentence && sentenceOpen > 0 && words >= 3) {
            Sentence prev = doc.sentence(sentenceOpen - 1);
            int pFirst = prev.tokens().get(0).index();
            boolean sameParagraph = doc.paragraphOf(prev.begin()) == doc.paragraphOf(q.open());
            boolean prevHasQuote = doc.quoteOf(lastToken(prev)) >= 0 && doc.quoteOf(lastToken(prev)) != qi
                    || DocumentView.isQuoteMark(doc.word(lastToken(prev) - 1));
            Attribution last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (sameParagraph && last != null && last.quote() == doc.quoteOf(pFirst) && last.cue() != null
                    && last.speaker() == null) {
                // "“…,” said one former official. “…”": the unnamed speaker goes on, not someone named before
                return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, null, null, qi, -1);
            }
            if (sameParagraph && !prevHasQuote) {
                Mention subject = sentenceSubject(afterOpeningClause(pFirst, lastToken(prev)), lastToken(prev));
                if (subject != null && subject.kind() != Mention.Kind.GROUP && subject.type() != org.claimscope.model.SpeakerType.OTHER
                        && !(subject.kind() == Mention.Kind.NAME && subject.type() == org.claimscope.model.SpeakerType.ORGANIZATION)) {
                    return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, subject, null, qi, -1);
                }
            }
        }
        // No cue: a quote right after reported speech in its paragraph goes on with that speaker.
        Attribution lastReported = null;
        for (Attribution r : reported) {
            if (r.content().end() <= q.open() && doc.paragraphOf(r.content().start()) == doc.paragraphOf(q.open())) {
                lastReported = r;
            }
        }
        boolean directIsLater = !earlier.isEmpty() && lastReported != null
                && earlier.get(earlier.size() - 1).content().start() > lastReported.content().start();
        if (lastReported != null && lastReported.speaker() != null && !directIsLater && words >= 3
                && !otherPersonBetween(lastReported, q)) {
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, lastReported.speaker(), null, qi, -1);
        }
        // No cue: a quote that follows a speaker's quote in the same or next paragraph goes on with them.
        if (words >= 3) {
            Attribution goesOn = continuation(qi, earlier);
            if (goesOn != null) {
                return goesOn;
            }
        }
        if (words >= MIN_UNCUED_WORDS && Character.isUpperCase(content.codePointAt(0))) {
            return new Attribution(q.content(), QuoteKind.DIRECT, null, null, qi, -1);
        }
        return null;
    }

    /**
     * "'Phones are winning': sleep scientist on new survey": a headline that opens with a quote, then a colon
     * and the speaker (a name or role), then what it is about.
     */
    private Cue headlineColonCue(QuotedSpan q, int afterClose) {
        int open = doc.tokenAtOrAfter(q.open());
        int paragraph = doc.paragraphOf(q.open());
        if (afterClose + 1 >= doc.size() || !":".equals(doc.word(afterClose)) || paragraph != 0
                || open > 0 && doc.paragraphOf(doc.token(open - 1).begin()) == paragraph) {
            return null;
        }
        int limit = afterClose + 1;
        while (limit < doc.size() && doc.paragraphOf(doc.token(limit).begin()) == paragraph) {
            limit++;
        }
        Mention m = np.forward(afterClose + 1, limit);
        boolean topicFollows = m != null && (m.endToken() >= limit || TOPIC_WORDS.contains(doc.lower(m.endToken())));
        return m != null && !m.isZero() && m.kind() != Mention.Kind.GROUP && topicFollows
                ? new Cue(m, tokenSpan(afterClose, afterClose + 1)) : null;
    }

    /**
     * The quote as a continuation of the last direct quote when that one has a speaker (or continues one), ends in
     * the same or the previous paragraph, and no other person is named in between; else null.
     */
    private Attribution continuation(int qi, List<Attribution> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        QuotedSpan q = doc.quotes.get(qi);
        int prev = earlier.size() - 1;
        Attribution p = earlier.get(prev);
        int gap = doc.paragraphOf(q.open()) - doc.paragraphOf(p.content().end());
        if (gap <= 1 && (p.speaker() != null || p.continues() >= 0) && !otherPersonBetween(p, q)) {
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, null, null, qi, -1)
                    .withContinuation(prev);
        }
        return null;
    }

    /** English puts the comma before a post-posed cue inside the marks: it is not part of the speech. */
    private Span trimTrailingComma(Span s) {
        int end = s.end();
        while (end > s.start() + 1 && ",;:".indexOf(doc.text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(s.start(), end);
    }

    private record Cue(Mention speaker, Span cue) {
    }

    /** "…”, disse Altman." / "…," Smith said. / "— afirmou o ministro". */
    private Cue postCue(QuotedSpan q, int j, int sentence, String content) {
        if (j >= doc.size()) {
            return null;
        }
        Sentence s = doc.sentence(doc.sentenceOf(j));
        int limit = lastToken(s) + 1;
        int glue = 0;
        while (j < limit && glue < 2 && CUE_GLUE.contains(doc.word(j))) {
            j++;
            glue++;
        }
        if (j >= limit || doc.paragraphOf(doc.token(j).begin()) != doc.paragraphOf(q.content().end())) {
            return null; // a cue never opens the next paragraph
        }
        boolean endsSentence = !content.isEmpty() && ".?!…".indexOf(content.charAt(content.length() - 1)) >= 0
                && glue == 0;
        if (np.isSpeechVerb(j) && !(endsSentence && doc.token(j).isCapitalized())) {
            Mention m = np.afterVerb(j, limit);
            if (m != null && !m.isZero() && isFiniteVerb(m.endToken())) {
                return null; // "Weiss, who rates the stock “underperform,” said the company had …": a clause follows
            }
            return new Cue(m, tokenSpan(j, j + 1));
        }
        Mention m = np.forward(j, limit);
        if (endsSentence) {
            // "“We won!” Smith said." / "“Why?” Smith asked the crowd.": a quote that is a sentence of its own,
            // then a name and a verb of saying with nothing but an adjunct after it
            int v = m == null ? -1 : m.endToken();
            if (m == null || m.isZero() || !np.isSpeechVerb(v) || !opensSentence(q) || !onlyAdjunctAfter(v, limit)) {
                return null;
            }
            return new Cue(m, tokenSpan(v, v + 1));
        }
        if (m == null) {
            // "…,” Assistant U.S. Attorney Rachel Kim told jurors": title words, then the person
            for (int k = j + 1; k < Math.min(limit, j + 6) && doc.token(k - 1).isCapitalized(); k++) {
                if ("PERSON".equals(doc.token(k).ner())) {
                    m = np.forward(k, limit);
                    break;
                }
            }
        }
        if (m != null) {
            int v = tail.afterNameSuffix(afterParenthetical(m.endToken(), limit), limit);
            if (",".equals(doc.word(v))) {
                // "…,” Smith, the company's CEO, said." — step over the apposition
                int longer = tail.verbAfterApposition(v, limit);
                for (int c = v + 1; c < Math.min(limit, v + 12); c++) {
                    if (",".equals(doc.word(c))) {
                        v = c + 1;
                        break;
                    }
                }
                if (!np.isSpeechVerb(v) && longer >= 0) {
                    v = longer; // "…,” Jane Roe, a fellow at X and a Democratic superdelegate, wrote"
                }
            }
            if (v < limit && !np.isSpeechVerb(v) && v + 1 < limit && np.isSpeechVerb(v + 1)
                    && doc.lower(v).length() <= 6) {
                v++; // "he also said"
            }
            v = afterAffiliation(v, limit);
            if (np.isSpeechVerb(v)) {
                return new Cue(m, tokenSpan(v, v + 1));
            }
        }
        return null;
    }

    /**
     * "…,” meteorologist Ben Castellano of the weather service's Boise office said": the verb after the
     * speaker's affiliation, or {@code v} when no affiliation phrase stands there.
     */
    private int afterAffiliation(int v, int limit) {
        if (v >= limit || !lex.grammar().affiliationPreps().contains(doc.lower(v))) {
            return v;
        }
        for (int k = v + 1; k < Math.min(limit, v + 9); k++) {
            if (np.isSpeechVerb(k)) {
                return k;
            }
            if (DocumentView.isPunct(doc.word(k)) || doc.quoteOf(k) >= 0) {
                break;
            }
        }
        return v;
    }

    /**
     * "Sen. Ann Cole (R-Ore.) said": the token after a short parenthetical (party and state, an age) that follows
     * a name, else {@code k} itself.
     */
    private int afterParenthetical(int k, int limit) {
        if (k >= limit || !OPEN_BRACKETS.contains(doc.word(k))) {
            return k;
        }
        for (int c = k + 1; c < Math.min(limit, k + 8); c++) {
            if (CLOSE_BRACKETS.contains(doc.word(c))) {
                return c + 1;
            }
        }
        return k;
    }

    private boolean opensSentence(QuotedSpan q) {
        int open = doc.tokenAtOrAfter(q.open());
        return open < doc.size() && (open == doc.sentence(doc.sentenceOf(open)).tokens().get(0).index()
                || strandedOpening(open));
    }

    /**
     * "… value. ''Things are moving …''": the splitter left the opening mark at the end of the sentence before,
     * yet the quote opens the next one.
     */
    private boolean strandedOpening(int open) {
        return open + 1 < doc.size() && DocumentView.isQuoteMark(doc.word(open))
                && open == lastToken(doc.sentence(doc.sentenceOf(open)))
                && doc.sentenceOf(open + 1) == doc.sentenceOf(open) + 1;
    }

    /** After a verb of saying: the sentence ends, or goes on with an aside, adverb, adjunct or who was told. */
    private boolean onlyAdjunctAfter(int v, int limit) {
        int k = v + 1;
        if (k >= limit || isClausePunct(doc.word(k)) && (k + 1 >= limit || ",".equals(doc.word(k)))) {
            return true;
        }
        String w = doc.lower(k);
        String pos = doc.token(k).pos();
        return TELL.contains(doc.lower(v)) || Set.of("asked", "asks").contains(doc.lower(v))
                || PREPOSITIONS.contains(w) && !"a".equals(w) || OBJECTS.contains(w) || ADVERBIAL_OPENERS.contains(w)
                || pos != null && (pos.startsWith("RB") || pos.startsWith("NNP"));
    }

    /** "Altman disse: “…”", "disse Altman: “…”", and "Altman está confiante: “…”" (colon, no verb). */
    private Cue preCue(int openTok, int sentence) {
        Sentence s = doc.sentence(sentence);
        int first = s.tokens().get(0).index();
        int p = openTok - 1;
        if (p < first) {
            return null;
        }
        int proper = afterParticipialAdjunct(first, p); // "Perguntado se …, o treinador foi irônico: “…”"
        for (int v = p; v >= proper; v--) {
            if (doc.quoteOf(v) >= 0) {
                break;
            }
            if (np.isSpeechVerb(v)) {
                // "Albright urged residents to turn out, saying, “…”": the subject of the sentence speaks
                boolean gerund = v > first && ",".equals(doc.word(v - 1)) && isGerund(v);
                Mention m = gerund ? sentenceSubject(afterOpeningClause(first, v), v) : null;
                if (m == null) {
                    m = subjectOf(v, first);
                }
                if (m == null) {
                    m = np.afterVerb(v, openTok); // "disse Altman: “…”", "disse ao PÚBLICO o director: “…”"
                    if (v == proper && proper > first && (m == null || m.isZero())) {
                        m = np.zero(v); // "Perguntada se …, respondeu com outra pergunta: “…”": subject unsaid
                    } else if (m != null && m.isZero()) {
                        m = null;
                    }
                }
                if (m != null) {
                    return new Cue(m, tokenSpan(v, v + 1));
                }
            }
        }
        if (":".equals(doc.word(p))) {
            Mention m = sentenceSubject(first, p);
            return m == null ? null : new Cue(m, tokenSpan(p, p + 1));
        }
        return null;
    }

    /** A quote that opens its paragraph after a paragraph ending in a colon: "o governante foi taxativo:". */
    private Cue colonBefore(int openTok) {
        int p = openTok - 1;
        if (p < 0 || !":".equals(doc.word(p)) || doc.paragraphOf(doc.token(p).begin())
                == doc.paragraphOf(doc.token(openTok).begin())) {
            return null;
        }
        Sentence s = doc.sentence(doc.sentenceOf(p));
        Mention m = sentenceSubject(s.tokens().get(0).index(), p);
        return m == null ? null : new Cue(m, tokenSpan(p, p + 1));
    }

    /**
     * The subject of a sentence with no speech verb, for colon-introduced quotes: the first phrase that
     * names someone and does not hang off another noun ("Altman está confiante: …", "Questionado sobre
     * X, o governante foi taxativo: …").
     */
    private Mention sentenceSubject(int first, int end) {
        first = afterParticipialAdjunct(first, end);
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
                    return m;
                }
                k = m.endToken() - 1;
            }
        }
        return null;
    }

    /**
     * "Perguntado se o time depende de Pezinho, o treinador foi irônico: …", "Asked about X, she said …": the
     * participial clause before the first comma names no speaker; the sentence proper starts after it.
     */
    private int afterParticipialAdjunct(int first, int end) {
        String w = doc.lower(first);
        boolean participle = doc.token(first).isCapitalized() && w.length() > 5 && isParticiple(w) || "asked".equals(w);
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

    private Mention subjectOf(int verb, int floor) {
        // "X, que na véspera acusara …", "Smith, who later said …": the relative's antecedent speaks
        for (int k = verb - 1; k >= Math.max(floor + 1, verb - 5); k--) {
            if (lex.grammar().relativePronouns().contains(doc.lower(k)) && ",".equals(doc.word(k - 1))) {
                int start = afterParticipialAdjunct(floor, k);
                if (lex.grammar().indefinites().contains(doc.lower(start)) && !np.isNameToken(start + 1)) {
                    // "Uma pessoa próxima à magistrada, que pediu anonimato, disse": someone unnamed, not the
                    // magistrate the description mentions
                    return new Mention(Mention.Kind.GROUP, start, k - 1, tokenSpan(start, k - 1),
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
        Mention m = np.backward(verb, floor);
        if (m == null && verb - 1 > floor && !DocumentView.isPunct(doc.word(verb - 1))
                && !doc.token(verb - 1).isEntity() && doc.lower(verb - 1).length() <= 7) {
            m = np.backward(verb - 1, floor); // "Altman também disse", "she also said"
        }
        if (verb > floor + 4 && ",".equals(doc.word(verb - 1))) {
            Mention leader = leaderOf(np.forward(afterParticipialAdjunct(floor, verb), verb), verb);
            if (leader != null) {
                return leader;
            }
        }
        if (m != null && np.isComplement(m)) {
            Mention named = np.nameWithAffiliation(verb, floor); // "Analyst Priya Raman of Northbridge Capital called"
            m = named != null ? named : np.groupBefore(verb, floor); // "Os diretores … contactados pelo Expresso dizem"
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
                    return new Mention(Mention.Kind.GROUP, start, c, tokenSpan(start, c),
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

    /**
     * "A 2021 study by the Pacific Institute found", "The survey of 4,200 pupils found", "Her 1968 survey
     * estimated": a document opening the sentence is the subject; it speaks for whoever made it.
     */
    private Mention documentSubject(int floor, int verb) {
        int start = afterParticipialAdjunct(floor, verb);
        String det = doc.lower(start);
        boolean possessive = POSSESSIVES.containsKey(det);
        if (!"en".equals(lex.language()) || !lex.grammar().determiners().contains(det) && !possessive) {
            return null;
        }
        int noun = start + 1;
        while (noun < Math.min(verb, start + 3) && !lex.speech().documentNouns().contains(doc.word(noun))
                && ("CD".equals(doc.token(noun).pos()) || "JJ".equals(doc.token(noun).pos()))) {
            noun++; // "A 2021 study", "the annual survey"
        }
        if (noun >= verb || !lex.speech().documentNouns().contains(doc.word(noun))) {
            return null;
        }
        Mention made = np.forward(start, verb);
        if (made == null) {
            made = np.forward(noun, verb); // "A 2021 study by …": the determiner and year hide the noun
        }
        if (made != null && made.kind() == Mention.Kind.NAME) {
            return made; // "A 2021 study by the Pacific Ocean Institute"
        }
        if (possessive) {
            return new Mention(Mention.Kind.PRONOUN, start, start + 1, tokenSpan(start, start + 1), doc.word(start),
                    org.claimscope.model.SpeakerType.PERSON, null, POSSESSIVES.get(det));
        }
        return made != null ? made : new Mention(Mention.Kind.ORG_NOUN, start, noun + 1, tokenSpan(start, noun + 1),
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

    private boolean afterTitleNoun(int openTok) {
        String prev = doc.lower(openTok - 1);
        String prev2 = doc.lower(openTok - 2) + " " + prev;
        if (np.isSpeechVerb(openTok - 1) && (np.isPronoun(openTok - 2) || np.isNameToken(openTok - 2))) {
            return false; // "which she called “the future of Acme”": someone's words, not a name
        }
        if (lex.speech().titleNouns().contains(prev) || lex.speech().titleNouns().contains(prev2)) {
            return true;
        }
        // "conhecido na cidade como “…”", "known to fans simply as “…”": the two words of the phrase apart
        for (int k = openTok - 3; k >= Math.max(0, openTok - 6); k--) {
            if (DocumentView.isPunct(doc.word(k))) {
                break;
            }
            if (lex.speech().titleNouns().contains(doc.lower(k) + " " + prev)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitleOrName(int openTok, String content) {
        if (afterTitleNoun(openTok)) {
            return true;
        }
        String[] words = content.split("\\s+");
        int caps = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            }
        }
        return words.length <= 5 && caps == words.length;
    }

    /** A person named between two quotes, after the first quote's own sentence (its cue), breaks the chain. */
    private boolean otherPersonBetween(Attribution p, QuotedSpan q) {
        int after = doc.tokenAtOrAfter(p.content().end());
        int from = after < doc.size() ? lastToken(doc.sentence(doc.sentenceOf(after))) + 1 : after;
        int to = doc.tokenAtOrAfter(q.open());
        for (int i = from; i < to; i++) {
            if (doc.quoteOf(i) < 0 && "PERSON".equals(doc.token(i).ner())) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByDirect(Attribution r, List<Attribution> direct) {
        for (Attribution d : direct) {
            if (d.content().overlap(r.content()) * 10 >= r.content().length() * 8) {
                return true;
            }
        }
        return false;
    }

    // ---- reported speech ---------------------------------------------------------------------

    private List<Attribution> reportedSpeech(Sentence s) {
        int a = s.tokens().get(0).index();
        int b = lastToken(s) + 1;
        int contentEnd = b;
        while (contentEnd > a && isClausePunct(doc.word(contentEnd - 1))) {
            contentEnd--;
        }
        if (contentEnd - a < 4) {
            return List.of();
        }
        Attribution r = leadingSource(a, contentEnd);
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
        return r != null ? List.of(r) : preposedVerb(a, contentEnd);
    }

    /** "Segundo X, …", "De acordo com X, …", "According to X, …", "Para X, …". */
    private Attribution leadingSource(int a, int end) {
        Attribution view = leadingView(a, end);
        if (view != null) {
            return view;
        }
        int n = matchPhrase(a, lex.speech().sourcePreps());
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
            int comma = firstComma(a + n, Math.min(end, a + n + SOURCE_PHRASE_WORDS));
            return comma < 0 ? null : reported(comma + 1, end, null, tokenSpan(a, a + n));
        }
        if (m == null || opinion && m.kind() == Mention.Kind.ORG_NOUN) {
            return null;
        }
        int comma = commaAfter(m.endToken(), end);
        if (comma < 0) {
            return null;
        }
        return reported(comma + 1, end, m, tokenSpan(a, a + n));
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
                Mention m = new Mention(Mention.Kind.PRONOUN, poss, poss + 1, tokenSpan(poss, poss + 1),
                        doc.word(poss), org.claimscope.model.SpeakerType.PERSON, null, POSSESSIVES.get(doc.lower(poss)));
                return reported(k + 1, end, m, tokenSpan(a, k));
            }
        }
        return null;
    }

    private static final java.util.Map<String, Gender> POSSESSIVES = java.util.Map.of(
            "her", Gender.FEMALE, "his", Gender.MALE, "dela", Gender.FEMALE, "dele", Gender.MALE,
            "sua", Gender.UNKNOWN, "seu", Gender.UNKNOWN);

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
                    break;
                }
            }
        }
        if (m == null || m.isZero()) {
            return null;
        }
        int comma = commaAfter(Math.max(m.endToken(), verb + 1), end);
        for (int k = verb + 1; comma < 0 && k < Math.min(end, verb + 4); k++) {
            if (":".equals(doc.word(k))) {
                comma = k; // "As Delacourt put it: “…”"
            }
        }
        return comma < 0 ? null : reported(comma + 1, end, m, tokenSpan(verb, verb + 1));
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
            Mention apposed = asides < 2 && !np.isSpeechVerb(j) ? np.forward(j, end) : null;
            if (apposed != null && apposed.kind() == Mention.Kind.ROLE && apposed.endToken() >= end && c > a
                    && np.isNameToken(c - 1) && !lex.grammar().determiners().contains(doc.lower(j))
                    || apposed != null && apposed.kind() == Mention.Kind.ROLE && apposed.endToken() >= end
                    && apposed.role().indefinite() && c > a && np.isNameToken(c - 1)) {
                asides++;
                end = c; // "…, according to Emma Walsh, a spokeswoman for the board."
                continue;
            }
            int n = matchPhrase(j, lex.speech().sourcePreps());
            Mention m = null;
            Span cue = null;
            boolean addressed = false;
            if (n > 0) {
                m = np.forward(j + n, end);
                cue = tokenSpan(j, j + n);
                if (m == null && "en".equals(lex.language()) && j + n < end && c - a >= 4 && end - (j + n) <= SOURCE_PHRASE_WORDS
                        && !hasSpeechVerb(a, c)) { // "X told staff that …, according to a recording": X said it
                    // "…, according to a new nationwide poll.", "…, according to data released by the state":
                    // reported, by a source that is no speaker phrase
                    return reported(a, c, null, cue);
                }
            } else if (np.isSpeechVerb(j)) {
                m = np.afterVerb(j, end);
                cue = tokenSpan(j, j + 1);
                if (TELL.contains(doc.lower(j)) && m != null && !m.isZero() && restIsAdjunct(m.endToken(), end)) {
                    m = np.zero(j); // "…, X, the chief executive, told The Associated Press": the press was told
                    addressed = true;
                }
            } else {
                Mention x = np.forward(j, end);
                int verb = x == null ? -1 : afterAuxiliaries(x.endToken(), end); // "…, Jenkins has said."
                boolean closes = x != null && (verb == x.endToken() || verb + 1 >= end || isClausePunct(doc.word(verb + 1))
                        || TELL.contains(doc.lower(verb)) && toldWhomThenAdjunct(verb + 1, end));
                if (x != null && closes && np.isSpeechVerb(verb)) { // not "…, X allegedly wrote to Y: “…”"
                    m = x;
                    cue = tokenSpan(verb, verb + 1);
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
                    if (cut - 1 > a + 2 && !onlyNamesSomeone(a, cut - 1)) {
                        return reported(a, cut - 1, before, tokenSpan(j, j + 1));
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
                if (onlyNamesSomeone(start, c) || c - start <= 5 && (isPreposition(start)
                        || afterParticipialAdjunct(start, c + 1) == c + 1)) {
                    // "A ministra, Helena Vaz, reconheceu os números": the subject, not a statement;
                    // "Pela Iniciativa Liberal, o deputado …", "Procurada pelo g1, a secretaria …": an adjunct
                    return null;
                }
                return reported(start, c, m, cue);
            }
            return null; // only the last clause can be a trailing cue
        }
        return null;
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
                return reported(a, end, m, tokenSpan(verb, verb + 1));
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
            if (doc.quoteOf(v) >= 0 || !np.isSpeechVerb(v) || negated(v) || isInvertedCue(a, v)) {
                continue;
            }
            Mention m = v == a ? null : subjectOf(v, a);
            int subjectEnd = beforeAuxiliaries(v, a);
            if (m == null && subjectEnd < v) {
                m = subjectOf(subjectEnd, a); // "Morales has previously said", "Her aides here say"
            }
            if (m == null && subjectEnd > a) {
                m = unnamedSubject(a, subjectEnd); // "Nearly half said", "Some of the mayor's longtime allies said"
            }
            boolean cueOfQuote = m != null && m.firstToken() > a && (DocumentView.isQuoteMark(doc.word(m.firstToken() - 1))
                    || ",".equals(doc.word(m.firstToken() - 1)) && DocumentView.isQuoteMark(doc.word(m.firstToken() - 2)));
            if (m == null && v > a && ",".equals(doc.word(v - 1)) && isGerund(v)) {
                m = sentenceSubject(a, v); // "The Fed left rates unchanged, saying that …"
            }
            if (m == null && v > a + 2 && COORDINATORS.contains(doc.lower(v - 1)) && !",".equals(doc.word(v - 1))) {
                m = sentenceSubject(afterOpeningClause(a, v), v); // "The commission welcomed the decision and said …"
            }
            if (m == null && (isClauseStart(a, v) || v > a + 1 && ",".equals(doc.word(v - 1)) && opensWithAdjunct(a, v - 1))) {
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
                    addIfPresent(out, reported(from, k, m, tokenSpan(verb, verb + 1)));
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
                        addIfPresent(out, reported(from, k, m, tokenSpan(verb, verb + 1)));
                        from = next;
                        verb = v2;
                        k = next;
                    }
                }
            }
            addIfPresent(out, reported(from, end, m, tokenSpan(verb, verb + 1)));
            return out;
        }
        return List.of();
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
                int subjectEnd = beforeAuxiliaries(v, first);
                return !negated(v) && subjectEnd > first && subjectOf(subjectEnd, first) != null
                        && contentAfterVerb(v, end) > v;
            }
        }
        return false;
    }

    /**
     * "Morales has previously said", "the aides here say": where the subject ends before the verb v, skipping
     * auxiliaries and adverbs (English POS tags; v itself when there are none). Negations are left to {@link #negated}.
     */
    private int beforeAuxiliaries(int v, int floor) {
        int k = v;
        while (k - 1 > floor && isAuxiliaryOrAdverb(k - 1) && !lex.speech().negations().contains(doc.lower(k - 1))) {
            k--;
        }
        return k;
    }

    /** The first token from k on that is no auxiliary or adverb ("has since said"). */
    private int afterAuxiliaries(int k, int end) {
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

    /**
     * "Nearly half said", "About 4 in 10 voters say", "…, but aides say", "Some of the mayor's longtime allies said":
     * a plain noun phrase opening its clause that the mention rules do not read as anyone. Someone spoke, but no one
     * who can be named: a group (English POS tags only).
     */
    private Mention unnamedSubject(int a, int end) {
        if (end - a > 2 && ",".equals(doc.word(end - 1))) {
            return null; // "…, who …, said" is for the apposition rules
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
        return new Mention(Mention.Kind.GROUP, start, end, tokenSpan(start, end),
                doc.text.substring(doc.token(start).begin(), doc.token(end - 1).end()),
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

    private static final int MAX_GROUP_WORDS = 10;
    /** Noun-phrase tags besides nouns and adjectives: "About 4 in 10", "percent of those surveyed", "the party's". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "CD", "PRP$", "POS", "RB", "IN", "VBN");
    /** Not "and": "X and Y said" is one subject the mention rules did not read, not a group after a clause. */
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", "but", "while", "though", "although",
            "yet", "even");

    /** "Asked whether he would stay, Ashworth smiled.": the subject follows the participle clause. */
    private int afterOpeningClause(int first, int end) {
        return afterParticipialAdjunct(first, end);
    }

    private boolean hasSpeechVerb(int from, int to) {
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

    /** "A avaliação é do delegado X", "The words were those of X": a sentence that says whose a quote is. */
    private Mention attributionAfter(int j) {
        if (j >= doc.size()) {
            return null;
        }
        Sentence s = doc.sentence(doc.sentenceOf(j));
        int first = s.tokens().get(0).index();
        while (first < j && DocumentView.isQuoteMark(doc.word(first))) {
            first++; // the splitter may hand the closing mark of "…. …." to the next sentence
        }
        if (first != j) {
            return null;
        }
        // "A avaliação é do delegado X", "Those were the words of U.S. Attorney X"
        int end = lastToken(s) + 1;
        if (isInvertedCue(first, first + 1)) {
            return np.forward(first + 2, end); // "“…” So said Dr. Calloway to her students."
        }
        for (int k = first; k < Math.min(end - 2, first + 5); k++) {
            if (lex.speech().attributionNouns().contains(doc.lower(k))) {
                int n = k + 1;
                if (Set.of("é", "foi", "is", "was", "es", "fue").contains(doc.lower(n))) {
                    n++;
                }
                if (lex.grammar().affiliationPreps().contains(doc.lower(n)) || "of".equals(doc.lower(n))) {
                    return np.forward(n + 1, end);
                }
                return lex.grammar().determiners().contains(doc.lower(n)) || lex.grammar().affiliationPreps().contains(doc.lower(n - 1))
                        ? np.forward(n, end) : null;
            }
        }
        return null;
    }

    /** "So said X", "Thus wrote X" opening a sentence: the cue of the quote before it, not reported speech. */
    private boolean isInvertedCue(int a, int v) {
        return v == a + 1 && v < doc.size() && INVERTING.contains(doc.lower(a)) && np.isSpeechVerb(v);
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

    private boolean isGerund(int v) {
        String w = doc.lower(v);
        return w.endsWith("ing") || w.endsWith("ndo");
    }

    /** "Em entrevista à Antena 1", "Mais tarde", "In an interview with CNN": a phrase of time or place, no subject. */
    private boolean opensWithAdjunct(int a, int comma) {
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
    private int contentAfterVerb(int v, int end) {
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
        boolean preposition = PREPOSITIONS.contains(next) && !englishDeterminer;
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
        }
        if (clauseFollows && lex.speech().isObjectSpeechVerb(doc.word(v)) && complementAfterObject(v + 1, end)) {
            return v + 1; // "acusou o executivo de …", "described the plan as …" — not "described scenes of panic"
        }
        if ("en".equals(lex.language()) && clauseFollows && isSayVerb(v)) {
            return v + 1;
        }
        return -1;
    }

    /** "o executivo de fazer …", "the plan as …", "o plano como …": the object, then what is said of it. */
    private boolean complementAfterObject(int from, int end) {
        for (int k = from + 1; k < Math.min(end, from + 6); k++) {
            String w = doc.lower(k);
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
                || w.equals("insisted") || w.equals("insists") || w.equals("contended") || w.equals("contends");
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
        from = afterDateline(from, to);
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

    /** Regular past participles in Portuguese, Spanish and English: "publicado", "ouvidas", "asked". */
    private static boolean isParticiple(String w) {
        for (String ending : PARTICIPLE_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PARTICIPLE_ENDINGS = List.of("ado", "ada", "ados", "adas", "ido", "ida", "idos",
            "idas", "ed");

    private boolean isFiniteVerb(int k) {
        String pos = k < doc.size() ? doc.token(k).pos() : null;
        return pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"));
    }

    /** Portuguese "no", "a" are prepositions; English "no", "a" are determiners. */
    private boolean isPreposition(int k) {
        String w = doc.lower(k);
        return PREPOSITIONS.contains(w) && !("en".equals(lex.language()) && ("no".equals(w) || "a".equals(w)));
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
        if (k >= to) {
            return true;
        }
        if (!",".equals(doc.word(k))) {
            return false;
        }
        Mention y = np.forward(k + 1, to);
        return y != null && y.kind() != Mention.Kind.PRONOUN && y.endToken() >= to;
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("known", "led", "run", "built", "held", "made",
            "set", "taken", "given", "chosen", "seen", "feito", "feita", "dito", "dita", "posto", "posta", "aberto", "aberta");

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

    /** "LONDON — …", "SÃO PAULO (Reuters) - …": a dateline opens the article, it is not reported speech. */
    private int afterDateline(int from, int to) {
        for (int k = from; k < Math.min(to, from + 6); k++) {
            String w = doc.word(k);
            if ("—".equals(w) || "–".equals(w) || "-".equals(w)) {
                return k > from ? k + 1 : from;
            }
            boolean dateline = w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    || "(".equals(w) || ")".equals(w) || ",".equals(w) || k > from && "(".equals(doc.word(k - 1));
            if (!dateline) {
                return from;
            }
        }
        return from;
    }

    /** Punctuation that bounds a clause; "%", "$" and quote marks belong to the content. */
    private static boolean isClausePunct(String w) {
        return w.length() == 1 && ".,;:!?…—–-".indexOf(w.charAt(0)) >= 0;
    }

    private static final java.util.Set<String> NEGATIVE_SUBJECTS = java.util.Set.of("no", "none", "nobody", "nothing",
            "neither", "ninguém", "nenhum", "nenhuma", "nadie", "ningún", "ninguna");

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
        if (from < end && ",".equals(doc.word(from))) {
            // "…, explica a entomologista X, do Instituto Y." / "…, said Smith, who …" / "…, according to X,
            // an analyst at Y." — an aside about the speaker closes the sentence
            return true;
        }
        String w = doc.lower(from);
        if (from < end && isFiniteVerb(from)) {
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
    private int firstComma(int from, int end) {
        for (int k = from; k < end; k++) {
            if (",".equals(doc.word(k)) && doc.quoteOf(k) < 0) {
                return k;
            }
        }
        return -1;
    }

    private int commaAfter(int from, int end) {
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

    private int matchPhrase(int i, List<List<String>> phrases) {
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

    private int lastToken(Sentence s) {
        return s.tokens().get(s.tokens().size() - 1).index();
    }

    private Span tokenSpan(int from, int to) {
        return new Span(doc.token(from).begin(), doc.token(to - 1).end());
    }
}
