package org.claimscope.pipeline.extract;

import static org.claimscope.pipeline.extract.TokenPredicates.OBJECTS;
import static org.claimscope.pipeline.extract.TokenPredicates.PREPOSITIONS;
import static org.claimscope.pipeline.extract.TokenPredicates.TELL;
import static org.claimscope.pipeline.extract.TokenPredicates.isClausePunct;

import java.util.List;
import java.util.Set;
import org.claimscope.model.QuoteKind;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Attributes one direct quote: the cue after or before it, a colon that introduces it, a headline colon, or the
 * speaker it continues.
 */
final class DirectQuoteCues {

    private static final Set<String> CUE_GLUE = Set.of(",", "—", "–", "-");
    private static final int MIN_UNCUED_WORDS = 6;
    /** What a headline speaker is "on": "'…': economist on housing figures". */
    private static final Set<String> TOPIC_WORDS = Set.of("on", "over", "about");
    /** CoreNLP writes brackets as -LRB-/-RRB- unless told otherwise. */
    private static final Set<String> OPEN_BRACKETS = Set.of("(", "-LRB-");
    private static final Set<String> CLOSE_BRACKETS = Set.of(")", "-RRB-");
    /** After "Smith said": an adverbial clause or what it was said of ("said as he left", "said of the plan"). */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("as", "while", "when", "of");

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;
    private final TokenPredicates tokens;
    private final SubjectFinder subjects;
    /** Direct quotes that a reported-speech pattern introduced ("As X put it, “…”"), by quote index. */
    private final java.util.Map<Integer, Attribution> cuesOfQuotes;
    private final QuoteTail tail;
    private final ChainedSpeechVerb chained;
    private final UnnamedPerson unnamed;

    DirectQuoteCues(DocumentView doc, MentionParser np, LanguageResources lex, TokenPredicates tokens,
            SubjectFinder subjects, java.util.Map<Integer, Attribution> cuesOfQuotes) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.tokens = tokens;
        this.subjects = subjects;
        this.cuesOfQuotes = cuesOfQuotes;
        this.tail = new QuoteTail(doc, np);
        this.chained = "en".equals(lex.language()) ? new ChainedSpeechVerb(doc, np, tokens, subjects) : null;
        this.unnamed = "en".equals(lex.language()) ? new UnnamedPerson(doc, np, lex) : null;
    }

    Attribution directSpeech(int qi, List<Attribution> reported, List<Attribution> earlier) {
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

        if (q.answer()) { // a transcript turn, or an interview answer ("A: …", or under a plain question line)
            TranscriptTurns.Label turn = TranscriptTurns.label(doc.text, doc.paragraphs.get(doc.paragraphOf(q.open())));
            Mention speaker = turn != null ? labelled(turn) : interviewee(q.open());
            return new Attribution(q.content(), QuoteKind.DIRECT, speaker, null, qi, -1);
        }
        Cue cue = postCue(q, afterClose, sentenceClose, content);
        if (cue == null && openTok > 0) {
            Mention labelled = dashedLabel(doc.sentence(sentenceOpen).tokens().get(0).index(), openTok - 1);
            cue = labelled == null ? null : new Cue(labelled, tokens.tokenSpan(openTok - 1, openTok));
        }
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
        if (cue != null && (isTitleOrName(openTok, content) && namedThing(openTok)
                || afterDocumentNoun(openTok) && titleCased(content))) {
            return null; // "Graham said on MSNBC's “Morning Joe,” adding, …": a programme, not words
        }
        if (cue != null) {
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, singularThey(cue.speaker, content),
                    cue.cue, qi, -1);
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
            boolean prevHasQuote = doc.quoteOf(tokens.lastToken(prev)) >= 0 && doc.quoteOf(tokens.lastToken(prev)) != qi
                    || DocumentView.isQuoteMark(doc.word(tokens.lastToken(prev) - 1));
            Attribution last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (sameParagraph && last != null && last.quote() == doc.quoteOf(pFirst) && last.cue() != null
                    && last.speaker() == null) {
                // "“…,” said one former official. “…”": the unnamed speaker goes on, not someone named before
                return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, null, null, qi, -1);
            }
            if (sameParagraph && !prevHasQuote) {
                Mention subject = subjects.sentenceSubject(subjects.afterOpeningClause(pFirst, tokens.lastToken(prev)), tokens.lastToken(prev));
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
        // No cue, opening its paragraph, under a line that announces someone's answers ("Veja outras respostas de
        // Marcelo Lisboa:") with only topic lines, questions and other answers between: that person's
        Mention announced = words >= 3 && opensParagraph(openTok) ? announcedSpeaker(doc.paragraphOf(q.open())) : null;
        if (announced != null) {
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, announced, null, qi, -1);
        }
        // No cue, opening its paragraph: right after a paragraph that ends in someone's reported speech, it goes on
        // with them ("Lisboa disse que a escolha foi dos jogadores.\n\n– O Diego estava com dor …").
        Attribution paragraphBefore = reportedEndingParagraphBefore(q, reported, earlier);
        if (paragraphBefore != null && words >= 3 && opensParagraph(openTok)
                && !otherPersonBetween(paragraphBefore, q)) {
            return new Attribution(trimTrailingComma(q.content()), QuoteKind.DIRECT, paragraphBefore.speaker(), null, qi, -1);
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
                ? new Cue(m, tokens.tokenSpan(afterClose, afterClose + 1)) : null;
    }

    /**
     * "Asked whether the levee would be built, the minister was cautious. / Q: … / A: …": the answers of a
     * printed interview belong to the person who is the subject of the last sentence before its first question
     * that has one ("She sat down with the Courier. The interview has been edited …"), else to the last person
     * named there ("Três perguntas para Lúcia Amaral"); no one if none.
     */
    /**
     * The speaker a transcript label names: the person of the article whose name ends with the label's last word
     * ("PENCE" → "Gov. Mike Pence"), else the label itself as a name ("WALLACE" → Wallace).
     */
    private Mention labelled(TranscriptTurns.Label turn) {
        String surname = TranscriptTurns.surname(turn.name().of(doc.text));
        // every turn of a speaker asks for the same name: look it up once per article
        java.util.Optional<Mention> named = namedBySurname.computeIfAbsent(surname.toLowerCase(java.util.Locale.ROOT),
                k -> java.util.Optional.ofNullable(personWithSurname(surname)));
        if (named.isPresent()) {
            return named.get();
        }
        int first = doc.tokenAtOrAfter(turn.name().start());
        int end = Math.max(first + 1, doc.tokenAtOrAfter(turn.name().end()));
        return new Mention(Mention.Kind.NAME, first, end, turn.name(), surname, SpeakerType.PERSON, null,
                org.claimscope.pipeline.lang.Gender.UNKNOWN);
    }

    /** The first name mention of a person whose last word is {@code surname}, as the article writes it; or null. */
    private Mention personWithSurname(String surname) {
        for (int t = 0; t < doc.size(); t++) {
            // a name as the article writes it, not another label in capitals
            if ("PERSON".equals(doc.token(t).ner()) && surname.equalsIgnoreCase(doc.word(t))
                    && !doc.word(t).equals(doc.word(t).toUpperCase(java.util.Locale.ROOT))
                    && (t + 1 >= doc.size() || !"PERSON".equals(doc.token(t + 1).ner()))) {
                int start = t;
                while (start > 0 && "PERSON".equals(doc.token(start - 1).ner())) {
                    start--;
                }
                Mention named = np.forward(start, t + 1);
                if (named != null && named.kind() == Mention.Kind.NAME) {
                    return named;
                }
            }
        }
        return null;
    }

    private Mention interviewee(int answerOpen) {
        List<Span> paragraphs = doc.paragraphs;
        int k = doc.paragraphOf(answerOpen);
        while (k > 0 && inInterview(paragraphs.get(k - 1))) {
            k--;
        }
        if (k == 0) {
            return null;
        }
        Span intro = paragraphs.get(k - 1);
        int lastTok = doc.tokenAtOrAfter(intro.end()) - 1;
        if (lastTok < 0) {
            return null;
        }
        int firstTok = doc.tokenAtOrAfter(intro.start());
        for (int si = doc.sentenceOf(lastTok); si >= 0 && si >= doc.sentenceOf(firstTok); si--) {
            Sentence s = doc.sentence(si);
            Mention m = subjects.sentenceSubject(s.tokens().get(0).index(), tokens.lastToken(s) + 1);
            if (m != null && m.type() == SpeakerType.PERSON && m.kind() != Mention.Kind.GROUP) {
                return m;
            }
        }
        for (int t = lastTok; t >= firstTok; t--) {
            if ("PERSON".equals(doc.token(t).ner()) && (t == firstTok || !"PERSON".equals(doc.token(t - 1).ner()))) {
                return np.forward(t, lastTok + 1);
            }
        }
        return null;
    }

    /** A question or an answer of a printed interview, with "Q:"/"A:" or as plain lines. */
    private boolean inInterview(Span paragraph) {
        if (QuoteMarks.isQuestion(doc.text, paragraph) || QuoteMarks.isAnswer(doc.text, paragraph)
                || PrintedInterview.isQuestion(doc.text, paragraph)) {
            return true;
        }
        for (QuotedSpan q : doc.quotes) {
            if (q.answer() && q.open() >= paragraph.start() && q.open() < paragraph.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reported speech, with a speaker, that is the last attribution before the quote and lies in the paragraph
     * right before the quote's; else null.
     */
    private Attribution reportedEndingParagraphBefore(QuotedSpan q, List<Attribution> reported, List<Attribution> earlier) {
        Attribution last = null;
        for (Attribution r : reported) {
            if (r.content().end() <= q.open() && (last == null || r.content().end() > last.content().end())) {
                last = r;
            }
        }
        if (last == null || last.speaker() == null
                || doc.paragraphOf(q.open()) - doc.paragraphOf(Math.max(last.content().start(), last.content().end() - 1)) != 1) {
            return null;
        }
        for (Attribution d : earlier) {
            if (d.content().end() <= q.open() && d.content().start() > last.content().end()) {
                return null; // a direct quote came after it: that one is the one to go on with
            }
        }
        return last;
    }

    /** Paragraphs back from an answer to the line that announces whose answers they are. */
    private static final int MAX_ANSWER_SECTION = 12;
    private static final int MAX_TOPIC_WORDS = 6;

    /**
     * The person named in a paragraph ending with a colon that announces answers ("Veja outras respostas de Marcelo
     * Lisboa:", "Read more of what Smith told us:"), when the paragraphs between it and {@code paragraph} are only
     * topic lines (a few words, no closing punctuation) and paragraphs that open with a quote; else null.
     */
    private Mention announcedSpeaker(int paragraph) {
        for (int k = paragraph - 1; k >= 0 && k >= paragraph - MAX_ANSWER_SECTION; k--) {
            Span p = doc.paragraphs.get(k);
            String t = doc.text.substring(p.start(), p.end()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.endsWith(":")) {
                int first = doc.tokenAtOrAfter(p.start());
                int last = doc.tokenAtOrAfter(p.end()) - 1;
                for (int i = last; i >= first; i--) {
                    if ("PERSON".equals(doc.token(i).ner()) && (i == first || !"PERSON".equals(doc.token(i - 1).ner()))) {
                        Mention m = np.forward(i, last + 1);
                        return m != null && m.type() == SpeakerType.PERSON ? m : null;
                    }
                }
                return null;
            }
            boolean topic = t.split("\\s+").length <= MAX_TOPIC_WORDS && ".!?…:;»”\"'’".indexOf(t.charAt(t.length() - 1)) < 0;
            boolean quoted = DocumentView.isQuoteMark(String.valueOf(t.charAt(0))) || t.charAt(0) == '–' || t.charAt(0) == '—';
            if (!topic && !quoted) {
                return null;
            }
        }
        return null;
    }

    /** Whether no word of the token's paragraph comes before it. */
    private boolean opensParagraph(int tok) {
        return tok == 0 || doc.paragraphOf(doc.token(tok - 1).begin()) != doc.paragraphOf(doc.token(tok).begin());
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
    /** First person singular, and no plural: the one who speaks is one person. */
    private static final java.util.regex.Pattern SINGULAR = java.util.regex.Pattern.compile(
            "\\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\\b");
    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile(
            "\\b(?:[Ww]e|[Oo]ur|[Uu]s|[Ww]e['’](?:re|ve|d|ll)|ourselves)\\b");

    /**
     * "“I came here to hear somebody explain it,” they said.": a quote in the first person singular makes "they" one
     * person, resolved like "he" or "she" to the person the sentences before are about (English).
     */
    private Mention singularThey(Mention m, String content) {
        if (m == null || m.kind() != Mention.Kind.GROUP || m.endToken() - m.firstToken() != 1
                || !"they".equals(doc.lower(m.firstToken())) || !SINGULAR.matcher(content).find()
                || PLURAL.matcher(content).find()) {
            return m;
        }
        return new Mention(Mention.Kind.PRONOUN, m.firstToken(), m.endToken(), m.span(), m.text(),
                SpeakerType.PERSON, null, Gender.UNKNOWN);
    }

    private Cue postCue(QuotedSpan q, int j, int sentence, String content) {
        if (j >= doc.size()) {
            return null;
        }
        Sentence s = doc.sentence(doc.sentenceOf(j));
        int limit = tokens.lastToken(s) + 1;
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
        // "…,” one user wrote", "…,” said a Democratic strategist": someone new, whom no one else is
        Mention someone = unnamed == null ? null : np.isSpeechVerb(j) ? unnamed.afterVerb(j + 1, limit)
                : unnamed.beforeVerb(j, limit);
        if (someone != null) {
            int v = np.isSpeechVerb(j) ? j : someone.endToken();
            return new Cue(someone, tokens.tokenSpan(v, v + 1));
        }
        if (np.isSpeechVerb(j) && !(endsSentence && doc.token(j).isCapitalized())) {
            Mention m = np.afterVerb(j, limit);
            if (m != null && !m.isZero() && tokens.isFiniteVerb(m.endToken())) {
                return null; // "Weiss, who rates the stock “underperform,” said the company had …": a clause follows
            }
            return new Cue(m, tokens.tokenSpan(j, j + 1));
        }
        int source = tokens.matchPhrase(j, lex.speech().sourcePreps());
        if (source > 0 && glue == 0 && commaInsideMark(j - 1)) {
            // "…,” according to Dave Aronberg." / "…,” according to a court document filed by …": the comma inside
            // the marks, so the source phrase follows the quote directly
            Mention from = np.forward(j + source, limit);
            Mention maker = from == null || from.kind() != Mention.Kind.NAME ? np.madeBy(j + source, limit, true) : null;
            if (maker != null) {
                from = maker;
            }
            return from == null || from.isZero() ? null : new Cue(from, tokens.tokenSpan(j, j + source));
        }
        // "“…” ― Sonya Herridge": only a quote that stands alone; a reporter's credit ends a story ("… Spain."--Kim
        // Hjelmgaard) after a partial quote whose cue is in its own sentence
        Cue credit = opensSentence(q) || noVerbBefore(q) ? creditLine(j, glue, limit) : null;
        if (credit != null) {
            return credit;
        }
        Cue piece = pieceRead(j, limit);
        if (piece != null) {
            return piece;
        }
        Cue agent = opensSentence(q) ? passiveAgent(j, limit) : null;
        if (agent != null) {
            return agent;
        }
        Mention m = np.forward(j, limit);
        Cue staff = ownersStaff(m, limit);
        if (staff != null) {
            return staff; // "…,” Rep. Dana Hunt's chief of staff, Joe Kasper, said"
        }
        if (endsSentence) {
            // "“We won!” Smith said." / "“Why?” Smith asked the crowd.": a quote that is a sentence of its own,
            // then a name and a verb of saying with nothing but an adjunct after it
            // ("“Why?” Sen. Jane Roe, D-Ore., asked.": in English the apposition is stepped over as after any other
            // quote; measured on English only, so other languages keep the verb right after the name)
            boolean stepOver = "en".equals(lex.language());
            int v = m == null || m.isZero() ? -1 : np.isSpeechVerb(m.endToken()) ? m.endToken()
                    : stepOver ? verbAfter(m, limit) : -1;
            if (v < 0 || !np.isSpeechVerb(v) || !opensSentence(q) || !onlyAdjunctAfter(v, limit)) {
                return null;
            }
            return new Cue(m, tokens.tokenSpan(v, v + 1));
        }
        if (m == null && lex.grammar().determiners().contains(doc.lower(j))) {
            // "…,” the statement said": a document speaks for whoever issued it
            for (int v = j + 2; v < Math.min(limit, j + 4); v++) {
                if (np.isSpeechVerb(v) && lex.speech().documentNouns().contains(doc.word(v - 1))) {
                    Mention behalf = onBehalfOf(doc.lower(v - 1), j);
                    Mention d = behalf != null ? behalf : subjects.sentenceSubject(j, v);
                    return d == null ? null : new Cue(d, tokens.tokenSpan(v, v + 1));
                }

            }
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
            int v = verbAfter(m, limit);
            if (np.isSpeechVerb(v)) {
                return new Cue(m, tokens.tokenSpan(v, v + 1));
            }
        }
        return null;
    }

    /**
     * "Pollsters agree - Carl Bialik: “…”": in a digest, a name between a dash and the colon before the quote labels
     * whose words follow, whatever the words before the dash say. Null unless the colon at {@code colon} closes a
     * name that a dash opens.
     */
    private Mention dashedLabel(int first, int colon) {
        if (!":".equals(doc.word(colon))) {
            return null;
        }
        for (int d = colon - 1; d > first && d >= colon - 5; d--) {
            if (TokenPredicates.DASHES.contains(doc.word(d))) {
                Mention m = np.forward(d + 1, colon);
                return m != null && m.kind() == Mention.Kind.NAME && m.firstToken() == d + 1 && m.endToken() == colon
                        ? m : null;
            }
        }
        return null;
    }

    /** Forms of "to be" that make a passive: "“…” was tweeted by", "«…» foi dito por". */
    private static final Set<String> PASSIVE_BE = Set.of("was", "were", "is", "are", "been", "foi", "foram", "fue",
            "fueron");
    /** Auxiliaries before "been": "“…” has been quoted by". */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    /** Participles of writing that are no verbs of saying elsewhere ("a written statement"). */
    private static final Set<String> WRITTEN = Set.of("written", "penned", "escrito", "escrita", "escritas", "escritos");

    /**
     * "“American Skin” was written by Springsteen", "“…” was tweeted by the senator on Monday": a quote that opens its
     * sentence as the subject of a passive verb of saying or writing is the words of the agent; null otherwise.
     */
    private Cue passiveAgent(int j, int limit) {
        int k = j < limit && PERFECT.contains(doc.lower(j)) ? j + 1 : j;
        if (k + 2 >= limit || !PASSIVE_BE.contains(doc.lower(k))) {
            return null;
        }
        int v = k + 1;
        if (!(np.isSpeechVerb(v) || WRITTEN.contains(doc.lower(v))) || !NounPhrases.BY.contains(doc.lower(v + 1))) {
            return null;
        }
        Mention m = np.forward(v + 2, limit);
        return m == null || m.isZero() || m.kind() == Mention.Kind.GROUP ? null : new Cue(m, tokens.tokenSpan(v, v + 1));
    }

    /** Transcript labels' surnames, lower-cased, and the person of the article each names, if any. */
    private final java.util.Map<String, java.util.Optional<Mention>> namedBySurname = new java.util.HashMap<>();

    /** How far back, in tokens, a document read out on someone's behalf is looked for. */
    private static final int BEHALF_WINDOW = 120;

    /**
     * "Ms Garside read a victim statement on behalf of Ms Doran. … ‘…,’ the statement said": the one on whose behalf
     * the document was written or read is its author; null when no such document was mentioned shortly before.
     */
    /**
     * English "“…,” the article read." after "a Times article hailed …": the owner of the piece named shortly before
     * speaks. Null when no such piece follows the quote or no name owns it.
     */
    private Cue pieceRead(int j, int limit) {
        if (!"en".equals(lex.language()) || j + 2 >= limit || !"the".equals(doc.lower(j))
                || !TokenPredicates.WRITTEN_PIECES.contains(doc.lower(j + 1))) {
            return null;
        }
        int v = j + 2;
        boolean says = np.isSpeechVerb(v) || "read".equals(doc.lower(v)) || "reads".equals(doc.lower(v));
        Mention owner = says ? ownerOfPiece(doc.lower(j + 1), j) : null;
        return owner == null ? null : new Cue(owner, tokens.tokenSpan(v, v + 1));
    }

    /** Pieces of writing that a name before them says whose they are ("a Times article", "the Post's editorial"). */

    /**
     * The name that owns the last mention of {@code noun} shortly before {@code before}: "a Times article", "the
     * Ledger's editorial"; null when that mention names no owner.
     */
    private Mention ownerOfPiece(String noun, int before) {
        for (int k = before - 1; k >= Math.max(1, before - BEHALF_WINDOW); k--) {
            if (!(noun.equals(doc.lower(k)) || BOOKS.contains(noun) && BOOKS.contains(doc.lower(k)))
                    || doc.quoteOf(k) >= 0) {
                continue;
            }
            int end = TokenPredicates.APOSTROPHE_S.contains(doc.word(k - 1)) ? k - 1 : k;
            int start = end;
            while (start > 0 && end - start < 5 && doc.token(start - 1).isCapitalized() && doc.quoteOf(start - 1) < 0
                    && !DocumentView.isPunct(doc.word(start - 1)) && !DATES.contains(doc.token(start - 1).ner())
                    && !DAYS.contains(doc.lower(start - 1))) {
                start--; // "a Times article", "a New York Times article": NER may call the paper a place
            }
            if (start == end) {
                return writerOf(k); // "Mariano wrote a memoir …": whoever wrote, published or issued it
            }
            if (start == doc.sentence(doc.sentenceOf(start)).tokens().get(0).index()
                    && lex.grammar().determiners().contains(doc.lower(start))) {
                return null;
            }
            Mention named = np.backward(end, start);
            if (named != null && named.kind() == Mention.Kind.NAME && named.endToken() == end) {
                return named;
            }
            org.claimscope.model.Span span = tokens.tokenSpan(start, end);
            return new Mention(Mention.Kind.NAME, start, end, span, span.of(doc.text), SpeakerType.ORGANIZATION, null,
                    org.claimscope.pipeline.lang.Gender.UNKNOWN);
        }
        return null;
    }

    /** Words for one book: "the book said" after "she wrote a memoir". */
    private static final Set<String> BOOKS = Set.of("book", "memoir", "autobiography", "biography");
    /** Verbs by which someone puts a piece of writing out. */
    private static final Set<String> WRITES = Set.of("wrote", "writes", "written", "published", "publishes", "penned",
            "pens", "issued", "issues", "released", "releases", "posted", "posts", "sent", "sends", "authored");

    /**
     * The one who wrote the piece at {@code noun}: the subject of "wrote/published/issued … a memoir" right before it
     * (a determiner and a few modifiers apart); null otherwise.
     */
    private Mention writerOf(int noun) {
        int first = doc.sentence(doc.sentenceOf(noun)).tokens().get(0).index();
        for (int v = noun - 1; v >= Math.max(first, noun - 4); v--) {
            if (WRITES.contains(doc.lower(v))) {
                Mention m = subjects.subjectOf(v, first);
                return m != null && !m.isZero() && m.kind() == Mention.Kind.NAME && m.endToken() <= v ? m : null;
            }
            if (DocumentView.isPunct(doc.word(v))) {
                return null;
            }
        }
        return null;
    }

    /** "a Friday editorial": a day or a date is no owner. */
    private static final Set<String> DATES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "weekend", "sunday's", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private Mention onBehalfOf(String noun, int before) {
        for (int k = before - 1; k >= Math.max(0, before - BEHALF_WINDOW); k--) {
            if (!noun.equals(doc.lower(k)) || doc.quoteOf(k) >= 0) {
                continue;
            }
            for (int b = k + 1; b + 2 < Math.min(doc.size(), k + 4); b++) {
                if ("on".equals(doc.lower(b)) && "behalf".equals(doc.lower(b + 1)) && "of".equals(doc.lower(b + 2))) {
                    int end = tokens.lastToken(doc.sentence(doc.sentenceOf(b))) + 1;
                    Mention m = np.forward(b + 3, end);
                    return m != null && m.kind() == Mention.Kind.NAME ? m : null;
                }
            }
            return null; // the nearest mention of the document says nothing of whose it is
        }
        return null;
    }

    /** "X's chief of staff, Joe Kasper, said": after a possessive name and its role, the named person and the verb. */
    private Cue ownersStaff(Mention m, int limit) {
        if (m == null || m.kind() != Mention.Kind.NAME || m.endToken() >= limit
                || !("'s".equals(doc.word(m.endToken())) || "’s".equals(doc.word(m.endToken())))) {
            return null;
        }
        for (int c = m.endToken() + 1; c < Math.min(limit, m.endToken() + 8); c++) {
            if (",".equals(doc.word(c))) {
                Mention named = np.forward(c + 1, limit);
                int v = named == null ? -1 : named.endToken() + 1;
                boolean apposed = named != null && named.kind() == Mention.Kind.NAME && named.type() == SpeakerType.PERSON
                        && v < limit && ",".equals(doc.word(named.endToken())) && np.isSpeechVerb(v);
                return apposed ? new Cue(named, tokens.tokenSpan(v, v + 1)) : null;
            }
        }
        return null;
    }

    /**
     * "“I don’t think about the last shot.” - Sanders": a dash, then only a person's name to the end of the paragraph,
     * or up to the next quote of a run of them ("“…” ― Carlos Ruiz “…” ― Ana Lima"), credits the quote (pull quotes,
     * epigraphs, readers' comments).
     */
    private Cue creditLine(int j, int glue, int limit) {
        if (glue == 0 || !TokenPredicates.DASHES.contains(doc.word(j - 1))) {
            return null;
        }
        int end = ".".equals(doc.word(limit - 1)) ? limit - 1 : limit;
        boolean paragraphEnds = limit >= doc.size() || doc.paragraphOf(doc.token(limit).begin()) != doc.paragraphOf(doc.token(j).begin());
        Mention credited = np.forward(j, end);
        if (credited == null || credited.kind() != Mention.Kind.NAME || credited.type() != SpeakerType.PERSON
                || spansQuoteMark(credited)) {
            // "― Jacklyn Ashley": a name the tagger does not know, or runs on into the next line's quote
            credited = creditedName(j, end);
        }
        if (credited == null) {
            return null;
        }
        boolean lineEnds = paragraphEnds && credited.endToken() == end;
        if (!lineEnds && !opensQuote(credited.endToken())) {
            return null;
        }
        return new Cue(credited, tokens.tokenSpan(j - 1, j));
    }

    /**
     * Two or three capitalized words right after a credit dash, then the end of the line or the next quote: a
     * person's name, even one the tagger does not know. Null otherwise.
     */
    private Mention creditedName(int j, int end) {
        int k = j;
        while (k < end && k < j + 3 && doc.token(k).isCapitalized() && doc.word(k).chars().allMatch(Character::isLetter)
                && doc.quoteOf(k) < 0) {
            k++;
        }
        boolean closes = k == end || opensQuote(k);
        if (k - j < 2 || !closes) {
            return null;
        }
        org.claimscope.model.Span span = tokens.tokenSpan(j, k);
        return new Mention(Mention.Kind.NAME, j, k, span, span.of(doc.text), SpeakerType.PERSON, null,
                np.genderOf(j));
    }

    private boolean spansQuoteMark(Mention m) {
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            if (DocumentView.isQuoteMark(doc.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no verb stands between the sentence's start (or the quote before) and this quote: a list of credited
     * quotes runs on as one sentence ("“…” ― Sonya Herridge “…” ― Jacklyn Ashley"), a partial quote has its cue.
     */
    private boolean noVerbBefore(QuotedSpan q) {
        int open = doc.tokenAtOrAfter(q.open());
        int first = open < doc.size() ? doc.sentence(doc.sentenceOf(open)).tokens().get(0).index() : open;
        for (int k = open - 1; k >= first; k--) {
            if (doc.quoteOf(k) >= 0) {
                return true;
            }
            String pos = doc.token(k).pos();
            if (pos != null && (pos.startsWith("VB") || pos.equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token k is the opening mark of a quote. */
    private boolean opensQuote(int k) {
        if (k >= doc.size() || !DocumentView.isQuoteMark(doc.word(k))) {
            return false;
        }
        int at = doc.token(k).begin();
        return doc.quotes.stream().anyMatch(q -> q.open() == at);
    }

    /**
     * Where the verb of a post-posed cue should stand after the speaker's mention: past a name suffix, a
     * parenthetical, an apposition between commas, a short adverb and an affiliation phrase.
     */
    private int verbAfter(Mention m, int limit) {
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
        if (v + 3 < limit && Set.of("was", "were").contains(doc.lower(v)) && "quoted".equals(doc.lower(v + 1))
                && "as".equals(doc.lower(v + 2)) && np.isSpeechVerb(v + 3)) {
            return v + 3; // "…,” Borodai was quoted as saying"
        }
        return afterAffiliation(v, limit);
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
                && open == tokens.lastToken(doc.sentence(doc.sentenceOf(open)))
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

    /** A closing mark right after a comma (American style, "on “Morning Joe,” adding"): the comma ends the clause. */
    private boolean commaInsideMark(int k) {
        return k > 0 && DocumentView.isQuoteMark(doc.word(k)) && ",".equals(doc.word(k - 1));
    }

    /** "Altman disse: “…”", "disse Altman: “…”", and "Altman está confiante: “…”" (colon, no verb). */
    private Cue preCue(int openTok, int sentence) {
        Sentence s = doc.sentence(sentence);
        int first = s.tokens().get(0).index();
        int p = openTok - 1;
        if (p < first) {
            return null;
        }
        int proper = subjects.afterParticipialAdjunct(first, p); // "Perguntado se …, o treinador foi irônico: “…”"
        for (int v = p; v >= proper; v--) {
            if (doc.quoteOf(v) >= 0) {
                break;
            }
            if (np.isSpeechVerb(v) && subjects.passiveWithoutAgent(v)) {
                return null; // "Trump was asked, “…?”": words put to the subject, by someone unsaid
            }
            if (np.isSpeechVerb(v)) {
                // "Albright urged residents to turn out, saying, “…”": the subject of the sentence speaks
                boolean gerund = v > first && (",".equals(doc.word(v - 1)) || commaInsideMark(v - 1)) && tokens.isGerund(v);
                // "… before saying, “…”", "… smiled and said, “…”": the subject of the verb it hangs off
                Mention m = gerund ? null : nameBeforeGerund(v, first);
                if (m == null && chained != null) {
                    m = chained.speaker(v, first);
                }
                if (m == null && gerund) {
                    m = subjects.sentenceSubject(subjects.afterOpeningClause(first, v), v);
                }
                if (m == null) {
                    m = subjects.subjectOf(v, first);
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
                    return new Cue(m, tokens.tokenSpan(v, v + 1));
                }
            }
        }
        if (":".equals(doc.word(p))) {
            Mention m = colonSpeaker(first, p);
            return m == null ? null : new Cue(m, tokens.tokenSpan(p, p + 1));
        }
        Mention manner = mannerOfSaying(p, first, proper);
        if (manner != null) {
            return new Cue(manner, tokens.tokenSpan(p - 1, p));
        }
        return documentIssued(p, first, proper);
    }

    /**
     * English "footage of Hillary Clinton asking, “…”", "a video of Trump telling supporters, “…”": with no comma
     * before it, a gerund of saying hangs off the name right before it, which speaks.
     */
    private Mention nameBeforeGerund(int v, int first) {
        if (!"en".equals(lex.language()) || v - 1 <= first || !doc.lower(v).endsWith("ing")
                || !np.isNameToken(v - 1)) {
            return null;
        }
        Mention m = np.backward(v, first);
        return m != null && m.kind() == Mention.Kind.NAME && m.endToken() == v
                && (m.type() == SpeakerType.PERSON || m.type() == SpeakerType.ORGANIZATION) ? m : null;
    }

    /**
     * English "Trump issued a statement, “…”", "the club released a statement: “…”": a document someone put out, and
     * right after it the quote, is that subject's words.
     */
    private Cue documentIssued(int mark, int first, int proper) {
        if (!"en".equals(lex.language()) || !(",".equals(doc.word(mark)) || ":".equals(doc.word(mark)))
                || mark - 1 <= proper || !lex.speech().documentNouns().contains(doc.lower(mark - 1))) {
            return null;
        }
        for (int v = mark - 2; v > Math.max(proper, mark - 6); v--) {
            if (tokens.isFiniteVerb(v) && !"MD".equals(doc.token(v).pos()) && doc.quoteOf(v) < 0) {
                Mention m = subjects.subjectOf(v, first);
                boolean speaks = m != null && !m.isZero() && m.kind() != Mention.Kind.GROUP
                        && (m.type() == SpeakerType.PERSON || m.type() == SpeakerType.ORGANIZATION);
                return speaks && m.endToken() <= v ? new Cue(m, tokens.tokenSpan(v, v + 1)) : null;
            }
        }
        return null;
    }

    /**
     * English "Clinton cracked, “…”", "the senator laughed, “…”": a verb that is no verb of saying, whose comma opens
     * the quote, says how a person said it. Only a person: "The index rose, “…”" reports nothing.
     */
    private Mention mannerOfSaying(int comma, int first, int proper) {
        int v = comma - 1;
        if (!"en".equals(lex.language()) || !",".equals(doc.word(comma)) || v < proper || v <= first
                || !tokens.isFiniteVerb(v) || "MD".equals(doc.token(v).pos()) || doc.quoteOf(v) >= 0) {
            return null;
        }
        Mention m = subjects.subjectOf(v, first);
        return m != null && !m.isZero() && m.type() == SpeakerType.PERSON && m.kind() != Mention.Kind.GROUP
                && m.endToken() == v ? m : null;
    }

    /**
     * Who speaks after "…:": the subject of the last verb before the colon ("When Wallace died, President Clinton
     * released the following statement:"), else the sentence's subject (English; other languages keep the latter).
     */
    private Mention colonSpeaker(int first, int colon) {
        if ("en".equals(lex.language())) {
            for (int v = colon - 1; v > first; v--) {
                if (doc.quoteOf(v) >= 0 || DocumentView.isQuoteMark(doc.word(v))) {
                    break;
                }
                // "The statement referenced her record:": the tagger may read a past tense right after its subject
                // noun as a participle
                boolean pastAfterNoun = "VBN".equals(doc.token(v).pos()) && doc.token(v - 1).pos() != null
                        && doc.token(v - 1).pos().startsWith("NN");
                if (tokens.isFiniteVerb(v) && !"MD".equals(doc.token(v).pos()) || pastAfterNoun) {
                    Mention m = subjects.subjectOf(v, first);
                    if (m != null && !m.isZero() && m.endToken() <= v) {
                        return m;
                    }
                    break;
                }
            }
        }
        return subjects.sentenceSubject(first, colon);
    }

    /** A quote that opens its paragraph after a paragraph ending in a colon: "o governante foi taxativo:". */
    private Cue colonBefore(int openTok) {
        int p = openTok - 1;
        if (p < 0 || !":".equals(doc.word(p)) || doc.paragraphOf(doc.token(p).begin())
                == doc.paragraphOf(doc.token(openTok).begin())) {
            return null;
        }
        Sentence s = doc.sentence(doc.sentenceOf(p));
        Mention m = colonSpeaker(s.tokens().get(0).index(), p);
        return m == null ? null : new Cue(m, tokens.tokenSpan(p, p + 1));
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

    /**
     * After a possessive or a preposition ("on MSNBC's “…”", "in “…”", "a preview clip of ‘The 411’"), a quoted
     * phrase names something.
     */
    private boolean namedThing(int openTok) {
        String prev = doc.lower(openTok - 1);
        return "'s".equals(prev) || "’s".equals(prev) || PREPOSITIONS.contains(prev)
                || "of".equals(prev) && !CRIES.contains(doc.lower(openTok - 2)); // "chants of “Marco! Marco!”" are words
    }

    /** Nouns for words called out, after which "of “…”" gives the words rather than a name. */
    private static final Set<String> CRIES = Set.of("chant", "chants", "chanting", "cry", "cries", "shout", "shouts",
            "call", "calls", "chorus", "choruses", "refrain", "words", "screams", "yells", "roar");

    /** "published a report, “Running on Empty,” which …": a document's title set off after its noun. */
    private boolean afterDocumentNoun(int openTok) {
        return openTok >= 2 && (",".equals(doc.word(openTok - 1)) || ":".equals(doc.word(openTok - 1)))
                && lex.speech().documentNouns().contains(doc.lower(openTok - 2));
    }

    /** "Running on Empty": a few words, each but the short ones capitalized. */
    private static boolean titleCased(String content) {
        String[] words = content.strip().split("\\s+");
        if (words.length > 8) {
            return false;
        }
        for (String w : words) {
            if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private boolean isTitleOrName(int openTok, String content) {
        if (afterTitleNoun(openTok)) {
            return true;
        }
        String[] words = content.split("\\s+");
        int caps = 0;
        int numbers = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            } else if (!w.isEmpty() && Character.isDigit(w.codePointAt(0))) {
                numbers++; // "The 411", "Apollo 13"
            }
        }
        return words.length <= 5 && caps > 0 && caps + numbers == words.length;
    }

    /** A person named between two quotes, after the first quote's own sentence (its cue), breaks the chain. */
    private boolean otherPersonBetween(Attribution p, QuotedSpan q) {
        int after = doc.tokenAtOrAfter(p.content().end());
        int from = after < doc.size() ? tokens.lastToken(doc.sentence(doc.sentenceOf(after))) + 1 : after;
        int to = doc.tokenAtOrAfter(q.open());
        for (int i = from; i < to; i++) {
            if (doc.quoteOf(i) < 0 && "PERSON".equals(doc.token(i).ner())) {
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
        int end = tokens.lastToken(s) + 1;
        if (tokens.isInvertedCue(first, first + 1)) {
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
}
