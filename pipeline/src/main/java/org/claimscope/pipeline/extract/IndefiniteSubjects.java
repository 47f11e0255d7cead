package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * English sentences whose subject is someone the article does not name: "A woman who lives along the levee, who asked
 * not to be identified, said …". A later "she said" is that woman, not a person named before her.
 */
final class IndefiniteSubjects {

    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
    /** Portuguese openers of an unnamed person: "Um torcedor …", "Outra moradora, que preferiu não se identificar, …". */
    private static final Set<String> PT_MALE = Set.of("um", "outro");
    private static final Set<String> PT_FEMALE = Set.of("uma", "outra");
    /** Adjectives that may stand between the article and the noun: "a 34-year-old local woman". */
    private static final int MODIFIERS = 3;

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;

    IndefiniteSubjects(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
    }

    /**
     * Whether a sentence that starts after token {@code from} and before token {@code to} has an unnamed person of a
     * gender that fits {@code g} as its subject, or the sentence of {@code from} has, and {@code from} opens a name
     * governed by a preposition inside it.
     */
    boolean between(int from, int to, Gender g) {
        if (!("en".equals(lex.language()) || "pt".equals(lex.language())) || from < 0 || to <= from) {
            return false;
        }
        int own = doc.sentence(doc.sentenceOf(from)).tokens().get(0).index();
        if (own < from && from > 0 && TokenPredicates.PREPOSITIONS.contains(doc.lower(from - 1))) {
            // "A Grade 11 student at Kinsley Collegiate told CBC …": the name only says where the unnamed one is from
            Gender found = subjectGender(own, from);
            if (found != null && (found == Gender.UNKNOWN || g == Gender.UNKNOWN || found == g)) {
                return true;
            }
        }
        for (int s = doc.sentenceOf(from) + 1; s < doc.sentences.size() && s <= doc.sentenceOf(to); s++) {
            int first = doc.sentence(s).tokens().get(0).index();
            if (first >= to) {
                break;
            }
            Gender found = subjectGender(first, to);
            if (found != null && (found == Gender.UNKNOWN || g == Gender.UNKNOWN || found == g)) {
                return true;
            }
        }
        return false;
    }

    /** The gender of the unnamed person the sentence opens with ("A woman …"), or null when it opens otherwise. */
    private Gender subjectGender(int first, int limit) {
        if ("pt".equals(lex.language())) {
            return portugueseSubjectGender(first, limit);
        }
        if (!INDEFINITE.contains(doc.lower(first))) {
            return null;
        }
        for (int k = first + 1; k < Math.min(limit, first + 2 + MODIFIERS); k++) {
            String w = doc.lower(k);
            Gender told = GenderedNouns.of(w);
            if (told != null) {
                return told;
            }
            if (lex.sources().personNouns().contains(w) || np.isRoleWord(w)) {
                return Gender.UNKNOWN;
            }
            // "A senior Dravinian security official" may hold a nationality; a name makes it someone's ("A Smith aide")
            String ner = doc.token(k).ner();
            if (doc.token(k).isCapitalized() && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner))
                    || DocumentView.isPunct(doc.word(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Portuguese: "Um torcedor que deixava o estádio disse …", "Uma das vítimas, uma professora aposentada, contou …":
     * the article tells the gender; the noun must be a person's, and no name may stand before the verb of saying
     * ("Um dos advogados, João Reis, disse" is João Reis).
     */
    private Gender portugueseSubjectGender(int first, int limit) {
        String article = doc.lower(first);
        if (!PT_MALE.contains(article) && !PT_FEMALE.contains(article)) {
            return null;
        }
        int k = first + 1;
        if (k < limit && ("dos".equals(doc.lower(k)) || "das".equals(doc.lower(k)))) {
            k++;
        }
        if (k >= limit || doc.token(k).isCapitalized() || !(lex.sources().personNouns().contains(doc.word(k)) || np.isRoleWord(doc.lower(k)))) {
            return null;
        }
        int end = Math.min(limit, doc.size());
        for (int j = k + 1; j < end && doc.sentenceOf(j) == doc.sentenceOf(first); j++) {
            if ("PERSON".equals(doc.token(j).ner())) {
                return null;
            }
            if (np.isSpeechVerb(j)) {
                return PT_MALE.contains(article) ? Gender.MALE : Gender.FEMALE;
            }
        }
        return null;
    }
}
