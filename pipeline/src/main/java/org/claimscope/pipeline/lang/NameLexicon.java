package org.claimscope.pipeline.lang;

import java.util.List;

/** What tells names apart: given names (with gender), honorifics, places and organization words. */
public record NameLexicon(WordList maleNames, WordList femaleNames, WordList honorifics, WordList locations,
                          WordList orgWords) {

    /** Multi-word place names as token lists, longest first. */
    public List<List<String>> locationPhrases() {
        return locations.phrases();
    }
}
