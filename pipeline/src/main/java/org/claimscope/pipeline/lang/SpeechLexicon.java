package org.claimscope.pipeline.lang;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that mark speech: verbs of saying (all their finite forms), source phrases ("segundo",
 * "according to"), opinion and "as" openers, complementizers, and the nouns around speech (documents,
 * titles, attributions, views) and negations that cancel it.
 */
public record SpeechLexicon(Set<String> speechVerbs, Set<String> objectSpeechVerbs, List<List<String>> sourcePreps,
                            WordList opinionPreps, WordList asWords, WordList complementizers, WordList viewNouns,
                            WordList attributionNouns, WordList negations, WordList titleNouns,
                            WordList documentNouns) {

    public boolean isSpeechVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int hyphen = w.indexOf('-');
        // Portuguese clitics: "queixou-se", "disse-lhe"
        return speechVerbs.contains(w) || hyphen > 0 && speechVerbs.contains(w.substring(0, hyphen));
    }

    /** Verbs whose content is their object ("acusou o executivo de …", "called the plan …"). */
    public boolean isObjectSpeechVerb(String word) {
        return objectSpeechVerbs.contains(word.toLowerCase(Locale.ROOT));
    }
}
