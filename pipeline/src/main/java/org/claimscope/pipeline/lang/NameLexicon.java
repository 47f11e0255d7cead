package org.claimscope.pipeline.lang;

import java.util.List;

/**
 * What tells names apart: given names (with gender, or unisex: a name but no gender), honorifics, letters after
 * names ("KC", "MP"), places and organization words.
 */
public record NameLexicon(WordList maleNames, WordList femaleNames, WordList unisexNames, WordList honorifics,
                          WordList postNominals, WordList locations, WordList orgWords) {

    /** A known given name of either sex, or of both ("Andrea", "Darci"). */
    public boolean isGivenName(String word) {
        return maleNames.contains(word) || femaleNames.contains(word) || unisexNames.contains(word);
    }

    /** Multi-word place names as token lists, longest first. */
    public List<List<String>> locationPhrases() {
        return locations.phrases();
    }
}
