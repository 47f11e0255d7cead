package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Reads the noun phrase that names a speaker at a token position: a name, a role, a pronoun, "a empresa". The entry
 * point the extractors call; the reading itself is done by its parts — name runs ({@link NameRuns}), role phrases
 * ({@link RolePhrases}), the phrase that starts at a token ({@link NounPhrases}), the one that ends before a verb
 * ({@link BackwardMentions}) and the subject after a post-posed verb ({@link PostposedSubjects}).
 */
final class MentionParser extends ParserPart {


    /** People who speak for an organization as a body: "agency officials said" is the agency speaking. */
    static final Set<String> OFFICIALS = Set.of("officials", "executives", "representatives", "spokespeople",
            "spokesmen", "leaders", "authorities", "responsáveis", "dirigentes", "representantes", "autoridades",
            "funcionarios", "responsables", "portavoces", "porta-vozes");

    static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");

    private final DescribedPerson described;
    private final NameRuns names;
    private final RolePhrases roles;
    private final NounPhrases phrases;
    private final BackwardMentions backward;
    private final PostposedSubjects postposed;

    MentionParser(DocumentView doc, LanguageResources lex) {
        super(doc, lex);
        PremodifiedName premodified = new PremodifiedName(doc, this, lex);
        this.described = new DescribedPerson(doc, this, lex);
        this.names = new NameRuns(doc, lex);
        this.roles = new RolePhrases(doc, lex, names);
        this.phrases = new NounPhrases(doc, lex, this, names, roles, premodified);
        this.backward = new BackwardMentions(doc, lex, this, premodified);
        this.postposed = new PostposedSubjects(doc, lex, this, names, roles);
    }


    /** Verbs that, followed by "back", mean "retorted". */
    private static final java.util.Set<String> RETORTS = java.util.Set.of("shoot", "fire", "snap", "hit", "push");
    /** Verbs that, as a participle after a common noun, give a name rather than report words. */
    private static final java.util.Set<String> NAMING = java.util.Set.of("call", "dub", "name", "title", "label");

    boolean isSpeechVerb(int i) {
        if (i < 0 || i >= doc.size()) {
            return false;
        }
        // "Em nota", "a nota", "the report": after an article or preposition the word is a noun.
        String prev = doc.lower(i - 1);
        String pos = doc.token(i).pos();
        // "after saying, “…”": a gerund that introduces a quote is a verb even after a preposition
        boolean gerund = "VBG".equals(pos) && !lex.grammar().determiners().contains(prev)
                && (",".equals(doc.word(i + 1)) || DocumentView.isQuoteMark(doc.word(i + 1)));
        if (i > 0 && !gerund && (lex.grammar().determiners().contains(prev)
                || lex.grammar().affiliationPreps().contains(prev) || lex.grammar().adjunctPreps().contains(prev))) {
            return false;
        }
        if (pos != null && !pos.startsWith("VB") && !gerundAfterComma(i)) {
            return false; // where a tagger runs, "a conference call" is a noun
        }
        String lemma = doc.token(i).lemma();
        if ("VBN".equals(pos) && lemma != null && NAMING.contains(lemma) && i > 0 && doc.token(i - 1).pos() != null
                && doc.token(i - 1).pos().startsWith("NN") && !doc.token(i - 1).pos().startsWith("NNP")) {
            return false; // "a group called Citizens for Trump": a name given, not words said
        }
        if ("back".equals(doc.lower(i + 1)) && lemma != null && RETORTS.contains(lemma)) {
            return true; // "Trump shot back", "the campaign fired back"
        }
        return lex.speech().isSpeechVerb(doc.word(i)) || lemma != null && lex.speech().isSpeechVerb(lemma)
                && pos != null || isPhrasalSpeechVerb(i);
    }

    /**
     * "…, singing “…”": the tagger makes a gerund after a comma a noun now and then; after a comma, with no article
     * before it, a gerund of a verb of saying is that verb.
     */
    private boolean gerundAfterComma(int i) {
        String w = doc.lower(i);
        return i > 0 && ",".equals(doc.word(i - 1)) && w.endsWith("ing") && "NN".equals(doc.token(i).pos())
                && lex.speech().isSpeechVerb(w);
    }

    /** A verb of saying with its particle ("pointed out"): the verb alone says nothing of speech. */
    boolean isPhrasalSpeechVerb(int i) {
        return i + 1 < doc.size() && lex.speech().isSpeechVerb(doc.word(i) + " " + doc.lower(i + 1));
    }

    /** The writer's own "I" in the article's words. */
    boolean isNarrator(int i) {
        return i >= 0 && i < doc.size() && phrases.isNarrator(i);
    }

    boolean isPronoun(int i) {
        return i >= 0 && i < doc.size() && lex.grammar().isPronoun(doc.word(i));
    }

    /** The speaker phrase that starts at token i (determiners allowed first), or null. */
    Mention forward(int i, int limit) {
        int apposed = "en".equals(lex.language()) ? described.nameAt(i, limit) : -1;
        if (apposed >= 0) {
            // "his wife, Gabriela Lenz", "another Twitter user, Jane Baxter": the name says who is described
            return mention(Mention.Kind.NAME, apposed, nameEnd(apposed, limit), SpeakerType.PERSON, null,
                    genderOf(apposed));
        }
        Mention m = phrases.phraseAt(i, limit);
        if (m != null && m.kind() == Mention.Kind.ROLE) {
            // "o relator do caso, ministro Augusto Lustosa", "the museum's director, Dr Fiona Delacourt"
            int name = roles.nameAfterRole(m.endToken(), limit);
            if (name >= 0) {
                return mention(Mention.Kind.NAME, name, nameEnd(name, limit), SpeakerType.PERSON, null,
                        genderOf(name));
            }
        }
        return m;
    }

    String nerAt(int i) {
        return names.nerAt(i);
    }

    boolean isNameToken(int i) {
        return names.isNameToken(i);
    }

    int nameEnd(int i, int limit) {
        return names.nameEnd(i, limit);
    }

    Gender genderOf(int nameStart) {
        return names.genderOf(nameStart);
    }

    static SpeakerType typeOf(String ner) {
        return NameRuns.typeOf(ner);
    }

    private static final Set<String> AT_OF = Set.of("at", "from", "of");

    /**
     * "a study by researchers at Westhaven University", "a court document filed by state attorney Dave Aronberg": a
     * document speaks for whoever made it, named after "by" (past the people who did the work): an organization,
     * or with {@code people} anyone named; null if no such maker is named.
     */
    Mention madeBy(int from, int end, boolean people) {
        for (int k = from; k < end; k++) {
            if (!"by".equals(doc.lower(k))) {
                continue;
            }
            if (k > from && TokenPredicates.WITNESSED.contains(doc.lower(k - 1))) {
                return null; // "according to an internal memo reviewed by the Chronicle": the outlet only saw it
            }
            int at = k + 1;
            while (at < Math.min(end, k + 4) && !doc.token(at).isCapitalized() && !AT_OF.contains(doc.lower(at))) {
                at++; // "by two economists at", "by researchers from"
            }
            int nameStart = at < end && AT_OF.contains(doc.lower(at)) ? at + 1 : k + 1;
            Mention m = forward(nameStart, end);
            for (int t = nameStart; people && (m == null || m.kind() != Mention.Kind.NAME)
                    && t < Math.min(end, nameStart + 4); t++) {
                if ("PERSON".equals(doc.token(t).ner())) {
                    m = forward(t, end); // "filed by state attorney Dave Aronberg": the title words, then the person
                }
            }
            return m != null && m.kind() == Mention.Kind.NAME
                    && (people || m.type() == SpeakerType.ORGANIZATION) ? m : null;
        }
        return null;
    }

    /** The organization a relative clause at {@code k} says made a document (", which X released"), or null. */
    Mention makerInRelative(int k) {
        return phrases.makerInRelative(k);
    }

        boolean isRoleWord(String w) {
        return roles.isRoleWord(w);
    }

    int titleEnd(int start, int end) {
        return roles.titleEnd(start, end);
    }

    int roleHeadEnd(int i, int limit) {
        return roles.roleHeadEnd(i, limit);
    }

    Mention backward(int end, int floor) {
        return backward.backward(end, floor);
    }

    Mention groupBefore(int end, int floor) {
        return backward.groupBefore(end, floor);
    }

    Mention organizationWithComplement(int end, int floor) {
        return backward.organizationWithComplement(end, floor);
    }

    Mention nameWithAffiliation(int end, int floor) {
        return backward.nameWithAffiliation(end, floor);
    }

    boolean isComplement(Mention m) {
        return backward.isComplement(m);
    }

    Mention afterVerb(int verb, int limit) {
        return postposed.afterVerb(verb, limit);
    }

    Mention zero(int verb) {
        return postposed.zero(verb);
    }
}
