package org.claimscope.pipeline.lang;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexical knowledge the extractors need for one language, read from
 * {@code org/claimscope/pipeline/lang/<code>/*.txt}. Build once per language and share: immutable.
 */
public record LanguageResources(
        String language,
        Set<String> speechVerbs,
        List<List<String>> sourcePreps,
        WordList opinionPreps,
        WordList asWords,
        WordList complementizers,
        WordList malePronouns,
        WordList femalePronouns,
        WordList pluralPronouns,
        WordList determiners,
        WordList affiliationPreps,
        WordList orgNouns,
        WordList companyNouns,
        List<List<String>> roleHeads,
        WordList stopwords,
        WordList locations,
        WordList orgWords,
        WordList titleNouns,
        WordList maleNames,
        WordList femaleNames) {

    public static LanguageResources load(String language) {
        String lang = switch (language) {
            case "pt", "en", "es" -> language;
            default -> "en";
        };
        VerbForms forms = VerbForms.forLanguage(lang);
        Set<String> verbs = new LinkedHashSet<>();
        for (String inf : WordList.load(lang, "speech-verbs").entries()) {
            verbs.addAll(forms.forms(inf));
        }
        verbs.addAll(WordList.load(lang, "speech-verbs-irregular").entries());
        return new LanguageResources(lang, Set.copyOf(verbs),
                WordList.load(lang, "source-preps").phrases(),
                WordList.load(lang, "opinion-preps"),
                WordList.load(lang, "as-words"),
                WordList.load(lang, "complementizers"),
                WordList.load(lang, "pronouns-male"),
                WordList.load(lang, "pronouns-female"),
                WordList.load(lang, "pronouns-plural"),
                WordList.load(lang, "determiners"),
                WordList.load(lang, "affiliation-preps"),
                WordList.load(lang, "org-nouns"),
                WordList.load(lang, "company-nouns"),
                WordList.load(lang, "role-heads").phrases(),
                WordList.load(lang, "stopwords"),
                WordList.load(lang, "locations"),
                WordList.load(lang, "org-words"),
                WordList.load(lang, "title-nouns"),
                WordList.load("shared", "first-names-male"),
                WordList.load("shared", "first-names-female"));
    }

    public boolean isSpeechVerb(String word) {
        return speechVerbs.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isPronoun(String word) {
        return malePronouns.contains(word) || femalePronouns.contains(word);
    }
}
