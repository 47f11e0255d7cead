package org.claimscope.pipeline.extract;

import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/** The subject after a post-posed speech verb ("disse Altman", "said Smith"), or the unsaid one when none follows. */
final class PostposedSubjects extends ParserPart {

    private final MentionParser np;
    private final NameRuns names;
    private final RolePhrases roles;

    PostposedSubjects(DocumentView doc, LanguageResources lex, MentionParser np, NameRuns names, RolePhrases roles) {
        super(doc, lex);
        this.np = np;
        this.names = names;
        this.roles = roles;
    }

    /**
     * The speaker after a post-posed verb: "disse Altman", "disse ao PÚBLICO o director do estudo, X",
     * "said Smith". When the verb ends the clause ("…», disse."), the subject is left unsaid: a zero
     * pronoun, resolved like "ele" to the person just before.
     */
    Mention afterVerb(int verb, int limit) {
        int k = verb + 1;
        if (k + 2 < limit && ".".equals(doc.word(k + 1)) && doc.token(k).isCapitalized() && doc.word(k).length() <= 4
                && "PERSON".equals(np.nerAt(k + 2))) {
            k += 2; // "said Del. Stacey Plaskett": an abbreviated title the tokenizer parted from its period
        }
        for (int round = 0; round < 2 && k < limit; round++) {
            Mention m = np.forward(k, limit);
            if (m != null && round > 0 && documentNamed(m)) {
                return zero(verb); // "…, Holtz-Eakin wrote after the report.": the object of the adjunct, no writer
            }
            if (m != null && !lex.grammar().datives().contains(doc.lower(k))) {
                return m;
            }
            if (!lex.grammar().datives().contains(doc.lower(k)) && !lex.grammar().adjunctPreps().contains(doc.lower(k))) {
                break;
            }
            // skip "ao PÚBLICO", "à agência Lusa", "em entrevista", "em nota", "to reporters"
            int e = k + 1;
            while (e < limit && e < k + 4 && !names.isNameToken(e) && !lex.grammar().determiners().contains(doc.lower(e))
                    && !DocumentView.isPunct(doc.word(e))) {
                e++;
            }
            e = Math.min(limit, doc.pastDayOfMonth(e)); // "informou nesta quinta-feira (10) o IBGE"
            if (e < limit && names.isNameToken(e)) {
                e = names.nameEnd(e, limit);
            } else if (m != null) {
                e = Math.max(e, m.endToken());
            }
            k = e;
            if (k < limit && ",".equals(doc.word(k))) {
                return zero(verb); // "…», afirmou aos jornalistas, à saída da reunião": an adjunct follows, no subject
            }
        }
        if (k >= limit || DocumentView.isPunct(doc.word(k)) || lex.speech().complementizers().contains(doc.lower(k))
                || k > verb + 1 && onlyAdjunctWords(k, limit)) {
            return zero(verb); // "— afirmou aos jornalistas no final da reunião.": adjuncts, no subject
        }
        return null;
    }

    /** "the report", "o documento": a document standing for its maker, which only a source preposition makes a speaker. */
    private boolean documentNamed(Mention m) {
        int head = m.endToken() - 1;
        return m.kind() == Mention.Kind.ORG_NOUN && lex.speech().documentNouns().contains(doc.word(head));
    }

    /** A short run of lower-case words that names no one: no name, role or organization noun. */
    private boolean onlyAdjunctWords(int from, int limit) {
        int end = from;
        while (end < limit && !DocumentView.isPunct(doc.word(end))) {
            String w = doc.word(end);
            if (names.isNameToken(end) || Character.isUpperCase(w.charAt(0)) || roles.roleHeadEnd(end, limit) > end
                    || lex.sources().orgNouns().contains(w) || lex.sources().groupNouns().contains(w)
                    || lex.speech().isSpeechVerb(w)) {
                return false;
            }
            end++;
        }
        return end - from <= 6;
    }

    /** The unsaid subject of a verb: "…», disse." / "Lembrou que …". */
    Mention zero(int verb) {
        Span span = new Span(doc.token(verb).begin(), doc.token(verb).end());
        return new Mention(Mention.Kind.PRONOUN, verb, verb + 1, span, "", SpeakerType.PERSON, null,
                Gender.UNKNOWN);
    }
}
