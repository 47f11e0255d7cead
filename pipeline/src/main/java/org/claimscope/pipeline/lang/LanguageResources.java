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
        WordList documentNouns,
        WordList groupNouns,
        WordList negations,
        java.util.Map<String, String> roleSynonyms,
        WordList attributionNouns,
        WordList quantifiers,
        WordList relativePronouns,
        WordList indefinites,
        WordList honorifics,
        WordList spokespersonRoles,
        WordList viewNouns,
        WordList datives,
        WordList adjunctPreps,
        WordList femaleDeterminers,
        WordList maleDeterminers,
        Set<String> objectSpeechVerbs,
        WordList companyNouns,
        java.util.Map<String, List<String>> orgNounAliases,
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
        Set<String> objectVerbs = new LinkedHashSet<>();
        for (String inf : WordList.load(lang, "object-speech-verbs").entries()) {
            objectVerbs.addAll(forms.forms(inf));
        }
        verbs.addAll(objectVerbs);
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
                WordList.load(lang, "document-nouns"),
                WordList.load(lang, "group-nouns"),
                WordList.load(lang, "negations"),
                synonyms(WordList.load(lang, "role-synonyms")),
                WordList.load(lang, "attribution-nouns"),
                WordList.load(lang, "quantifiers"),
                WordList.load(lang, "relative-pronouns"),
                WordList.load(lang, "indefinites"),
                WordList.load("shared", "honorifics"),
                WordList.load(lang, "spokesperson-roles"),
                WordList.load(lang, "view-phrases"),
                WordList.load(lang, "datives"),
                WordList.load(lang, "adjunct-preps"),
                WordList.load(lang, "determiners-female"),
                WordList.load(lang, "determiners-male"),
                objectVerbs,
                WordList.load(lang, "company-nouns"),
                aliases(WordList.load(lang, "org-noun-aliases")),
                WordList.load(lang, "role-heads").phrases(),
                WordList.load(lang, "stopwords"),
                WordList.load(lang, "locations"),
                WordList.load(lang, "org-words"),
                WordList.load(lang, "title-nouns"),
                WordList.load("shared", "first-names-male"),
                WordList.load("shared", "first-names-female"));
    }

    /** Lines "técnico treinador mister": each word maps to the first, so roles compare by meaning. */
    private static java.util.Map<String, String> synonyms(WordList lines) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : lines.entries()) {
            String[] words = line.split("\\s*,\\s*");
            for (String w : words) {
                out.put(w.strip(), words[0].strip());
            }
        }
        return java.util.Map.copyOf(out);
    }

    /** The role head that stands for this one ("treinador" → "técnico", "ministra" → "ministro"). */
    public String canonicalRole(String head) {
        return roleSynonyms.getOrDefault(head, head);
    }

    /** Lines "pasta = ministério secretaria": the noun may refer to names with one of those words. */
    private static java.util.Map<String, List<String>> aliases(WordList lines) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (String line : lines.entries()) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2) {
                out.put(kv[0].strip(), List.of(kv[1].strip().split("\\s+")));
            }
        }
        return java.util.Map.copyOf(out);
    }

    public boolean isSpeechVerb(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int hyphen = w.indexOf('-');
        // Portuguese clitics: "queixou-se", "disse-lhe"
        return speechVerbs.contains(w) || hyphen > 0 && speechVerbs.contains(w.substring(0, hyphen));
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

    /** Verbs whose content is their object ("acusou o executivo de …", "called the plan …"). */
    public boolean isObjectSpeechVerb(String word) {
        return objectSpeechVerbs.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Multi-word place names as token lists, longest first. */
    public List<List<String>> locationPhrases() {
        return locations.phrases();
    }

    public boolean isPronoun(String word) {
        return malePronouns.contains(word) || femalePronouns.contains(word);
    }
}
