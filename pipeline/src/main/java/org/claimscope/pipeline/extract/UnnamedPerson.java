package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * English cues whose speaker is someone new and unnamed: "“…,” one user wrote", "“…,” another supporter wrote on
 * Reddit", "said a Democratic strategist", "one veteran House Democrat told me". The quote has a cue, so it does not go on with the last speaker, and the
 * capitalized word before the noun ("Democratic") is no name. Such a speaker is a group that names no one.
 */
final class UnnamedPerson {

    private static final Set<String> OPENERS = Set.of("a", "an", "one", "another");
    /** Describing words the phrase may hold before its noun: "a longtime Republican party", "one former senior". */
    private static final int MAX_MODIFIERS = 4;

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;

    UnnamedPerson(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
    }

    /** The unnamed person's phrase opening at {@code i} when a verb of saying follows it; else null. */
    Mention beforeVerb(int i, int limit) {
        int end = phraseEnd(i, limit);
        return end > 0 && np.isSpeechVerb(end) && readsAsNoOne(i, limit) ? group(i, end) : null;
    }

    /** The unnamed person's phrase opening at {@code i} right after a verb of saying, when the clause ends there. */
    Mention afterVerb(int i, int limit) {
        int end = readsAsNoOne(i, limit) ? phraseEnd(i, limit) : -1;
        boolean closes = end > 0 && (end >= limit || DocumentView.isPunct(doc.word(end))
                || lex.grammar().relativePronouns().contains(doc.lower(end)));
        return closes ? group(i, end) : null;
    }

    /**
     * The end of "a/one/another [modifiers] noun" at {@code i}, where no word is a person's name and the noun is no
     * spokesperson, source or official (who speak for their organization); else -1.
     */
    private int phraseEnd(int i, int limit) {
        if (i < limit && "the".equals(doc.lower(i))) {
            return theUnnamedPerson(i, limit);
        }
        if (i >= limit || !OPENERS.contains(doc.lower(i))) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(limit, i + 2 + MAX_MODIFIERS); k++) {
            String pos = doc.token(k).pos();
            String w = doc.lower(k);
            boolean speaksFor = lex.sources().spokespersonRoles().contains(w) || MentionParser.OFFICIALS.contains(w)
                    || w.startsWith("source") || w.startsWith("official");
            if (pos == null || "PERSON".equals(np.nerAt(k)) || speaksFor || doc.quoteOf(k) >= 0) {
                return -1;
            }
            boolean noun = pos.startsWith("NN") && (!doc.token(k).isCapitalized() || NounPhrases.PARTY_MEMBERS.contains(w));
            if (noun && (k + 1 >= limit || !nounLike(k + 1))) {
                return k + 1;
            }
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("CD"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the mention rules read the phrase as no one, or as a name inside it that is not a person's ("Democratic"
     * in "a Democratic strategist"); a role ("a young woman") or an apposed person they read stays theirs.
     */
    /**
     * "“They stole the country,” the man shouted": "the" and a noun for a person that is no role ("man", "voter"),
     * which no lexicon makes a mention, is someone the article does not name; the end of the phrase, else -1.
     */
    private int theUnnamedPerson(int i, int limit) {
        int k = i + 1;
        // "the ad's narrator": a common noun's possessive before the noun
        if (k + 2 < limit && doc.token(k).pos() != null && doc.token(k).pos().equals("NN")
                && !doc.token(k).isCapitalized() && TokenPredicates.APOSTROPHE_S.contains(doc.word(k + 1))) {
            k += 2;
        }
        while (k < limit && k < i + 1 + MAX_MODIFIERS && doc.token(k).pos() != null
                && doc.token(k).pos().startsWith("JJ")) {
            k++;
        }
        if (k >= limit) {
            return -1;
        }
        String noun = doc.lower(k);
        boolean person = GenderedNouns.of(noun) != null || lex.sources().personNouns().contains(noun);
        return person && !doc.token(k).isCapitalized() ? k + 1 : -1;
    }

    private boolean readsAsNoOne(int i, int limit) {
        Mention m = np.forward(i, limit);
        return m == null || m.kind() == Mention.Kind.GROUP
                || m.kind() == Mention.Kind.NAME && m.firstToken() > i && m.type() != SpeakerType.PERSON;
    }

    private boolean nounLike(int k) {
        String pos = doc.token(k).pos();
        return pos != null && pos.startsWith("NN") && (!doc.token(k).isCapitalized()
                || NounPhrases.PARTY_MEMBERS.contains(doc.lower(k))
                || k + 1 < doc.size() && NounPhrases.PARTY_MEMBERS.contains(doc.lower(k + 1))); // "veteran House Democrat"
    }

    private Mention group(int start, int end) {
        return new Mention(Mention.Kind.GROUP, start, end, new org.claimscope.model.Span(doc.token(start).begin(),
                doc.token(end - 1).end()), doc.text.substring(doc.token(start).begin(), doc.token(end - 1).end()),
                SpeakerType.OTHER, null, Gender.UNKNOWN);
    }
}
