package org.claimscope.pipeline.lang;

/**
 * Closed-class words the rules read structure from: pronouns, determiners, prepositions, relatives.
 * {@code organizationPronouns}: pronouns that, as the subject of a verb of saying, can only stand for an
 * organization ("It said in a statement …"); empty where the language drops such subjects.
 * {@code subordinators}: words that open an adverbial clause ("when", "quando"), which states no claim by itself.
 */
public record GrammarLexicon(WordList malePronouns, WordList femalePronouns, WordList pluralPronouns,
                             WordList organizationPronouns, WordList determiners, WordList femaleDeterminers, WordList maleDeterminers,
                             WordList indefinites, WordList quantifiers, WordList relativePronouns,
                             WordList affiliationPreps, WordList datives, WordList adjunctPreps, WordList stopwords,
                             WordList subordinators) {

    public boolean isPronoun(String word) {
        return malePronouns.contains(word) || femalePronouns.contains(word);
    }

    /** Gender a determiner shows ("a ministra", "o ministro"); unknown for English. */
    public Gender genderOfDeterminer(String det) {
        if (femaleDeterminers.contains(det)) {
            return Gender.FEMALE;
        }
        if (maleDeterminers.contains(det)) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }
}
