package org.claimscope.pipeline.lang;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lexical knowledge the extractors need for one language, read from
 * {@code org/claimscope/pipeline/lang/<code>/*.txt} (given names and honorifics from {@code shared/}).
 * Build once per language and share: immutable.
 */
public record LanguageResources(String language, SpeechLexicon speech, GrammarLexicon grammar, NameLexicon names,
                                SourceLexicon sources, StanceLexicon stances) {

    public static LanguageResources load(String language) {
        String lang = switch (language) {
            case "pt", "en", "es" -> language;
            default -> "en";
        };
        VerbForms forms = VerbForms.forLanguage(lang);
        Set<String> objectVerbs = inflected(forms, WordList.load(lang, "object-speech-verbs"));
        Set<String> verbs = inflected(forms, WordList.load(lang, "speech-verbs"));
        verbs.addAll(WordList.load(lang, "speech-verbs-irregular").entries());
        verbs.addAll(objectVerbs);
        SpeechLexicon speech = new SpeechLexicon(Set.copyOf(verbs), Set.copyOf(objectVerbs),
                WordList.load(lang, "source-preps").phrases(), WordList.load(lang, "opinion-preps"),
                WordList.load(lang, "as-words"), WordList.load(lang, "complementizers"),
                WordList.load(lang, "view-phrases"), WordList.load(lang, "attribution-nouns"),
                WordList.load(lang, "negations"), WordList.load(lang, "title-nouns"),
                WordList.load(lang, "document-nouns"));
        GrammarLexicon grammar = new GrammarLexicon(WordList.load(lang, "pronouns-male"),
                WordList.load(lang, "pronouns-female"), WordList.load(lang, "pronouns-plural"),
                WordList.load(lang, "pronouns-organization"), WordList.load(lang, "determiners"), WordList.load(lang, "determiners-female"),
                WordList.load(lang, "determiners-male"), WordList.load(lang, "indefinites"),
                WordList.load(lang, "quantifiers"), WordList.load(lang, "relative-pronouns"),
                WordList.load(lang, "affiliation-preps"), WordList.load(lang, "datives"),
                WordList.load(lang, "adjunct-preps"), WordList.load(lang, "stopwords"),
                WordList.load(lang, "subordinators"));
        NameLexicon names = new NameLexicon(WordList.load("shared", "first-names-male"),
                WordList.load("shared", "first-names-female"), WordList.load("shared", "first-names-unisex"),
                WordList.load("shared", "honorifics"), WordList.load("shared", "post-nominals"),
                WordList.load(lang, "locations"), WordList.load(lang, "org-words"));
        SourceLexicon sources = new SourceLexicon(WordList.load(lang, "role-heads").phrases(),
                synonyms(WordList.load(lang, "role-synonyms")), keyed(WordList.load(lang, "role-kinds"), ":", "\\s*,\\s*"),
                WordList.load(lang, "org-nouns"),
                WordList.load(lang, "company-nouns"), keyed(WordList.load(lang, "org-noun-aliases"), "=", "\\s+"),
                WordList.load(lang, "group-nouns"), WordList.load(lang, "spokesperson-roles"),
                WordList.load(lang, "epithets"), WordList.load(lang, "person-nouns"));
        return new LanguageResources(lang, speech, grammar, names, sources,
                StanceLexicon.parse(WordList.load(lang, "stance-verbs"), forms,
                        WordList.load(lang, "stance-formulas")));
    }

    private static Set<String> inflected(VerbForms forms, WordList infinitives) {
        Set<String> out = new LinkedHashSet<>();
        for (String inf : infinitives.entries()) {
            out.addAll(forms.forms(inf));
        }
        return out;
    }

    /** Lines "técnico, treinador, mister": each word maps to the first, so roles compare by meaning. */
    private static Map<String, String> synonyms(WordList lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines.entries()) {
            String[] words = line.split("\\s*,\\s*");
            for (String w : words) {
                out.put(w.strip(), words[0].strip());
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Lines "key SEPARATOR values" split into a map: "executive: ceo, president, vice president" (role kinds, values
     * split at commas) or "pasta = ministério secretaria" (organization-noun aliases, values split at spaces).
     */
    private static Map<String, List<String>> keyed(WordList lines, String separator, String valueSplit) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : lines.entries()) {
            String[] kv = line.split(separator, 2);
            if (kv.length == 2) {
                out.put(kv[0].strip(), List.of(kv[1].strip().split(valueSplit)));
            }
        }
        return Map.copyOf(out);
    }
}
