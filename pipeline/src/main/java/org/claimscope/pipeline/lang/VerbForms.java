package org.claimscope.pipeline.lang;

import java.util.LinkedHashSet;
import java.util.Set;

/** Generates the finite forms news uses for verbs of saying, so lexicons list infinitives only. */
public interface VerbForms {

    Set<String> forms(String infinitive);

    static VerbForms forLanguage(String language) {
        return switch (language) {
            case "pt" -> VerbForms::portuguese;
            case "es" -> VerbForms::spanish;
            default -> VerbForms::english;
        };
    }

    /** Third person singular and plural: present, preterite, imperfect, future; participle and gerund. */
    private static Set<String> portuguese(String inf) {
        Set<String> out = new LinkedHashSet<>();
        if (inf.length() < 3) {
            out.add(inf);
            return out;
        }
        String stem = inf.substring(0, inf.length() - 2);
        String ending = inf.substring(inf.length() - 2);
        switch (ending) {
            case "ar" -> {
                addAll(out, stem + "a", stem + "am", stem + "ou", stem + "aram", stem + "ava", stem + "avam",
                        stem + "ará", stem + "arão", stem + "ado", stem + "aria", stem + "ariam", stem + "ando", stem + "ara",
                        stem + "aram");
            }
            case "er" -> addAll(out, stem + "e", stem + "em", stem + "eu", stem + "eram", stem + "ia", stem + "iam",
                    stem + "erá", stem + "erão", stem + "ido", stem + "eria", stem + "endo", stem + "era");
            case "ir" -> addAll(out, stem + "e", stem + "em", stem + "iu", stem + "iram", stem + "ia", stem + "iam",
                    stem + "irá", stem + "irão", stem + "ido", stem + "iria", stem + "indo", stem + "ira");
            default -> out.add(inf);
        }
        return out;
    }

    private static Set<String> spanish(String inf) {
        Set<String> out = new LinkedHashSet<>();
        if (inf.length() < 3) {
            out.add(inf);
            return out;
        }
        String stem = inf.substring(0, inf.length() - 2);
        switch (inf.substring(inf.length() - 2)) {
            case "ar" -> addAll(out, stem + "a", stem + "an", stem + "ó", stem + "aron", stem + "aba", stem + "aban",
                    stem + "ará", stem + "ado");
            case "er", "ir" -> addAll(out, stem + "e", stem + "en", stem + "ió", stem + "ieron", stem + "ía",
                    stem + "ían", stem + (inf.endsWith("er") ? "erá" : "irá"), stem + "ido");
            default -> out.add(inf);
        }
        return out;
    }

    /** Base, -s, -ed and -ing forms ("add", "adds", "added", "adding"); multi-word verbs inflect their first word. */
    private static Set<String> english(String base) {
        Set<String> out = new LinkedHashSet<>();
        String[] parts = base.split(" ", 2);
        String v = parts[0];
        String rest = parts.length > 1 ? " " + parts[1] : "";
        String s = v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") ? v + "es"
                : v.endsWith("y") && !isVowel(v.charAt(v.length() - 2)) ? v.substring(0, v.length() - 1) + "ies"
                : v + "s";
        String ed = v.endsWith("e") ? v + "d"
                : v.endsWith("y") && !isVowel(v.charAt(v.length() - 2)) ? v.substring(0, v.length() - 1) + "ied"
                : v + "ed";
        String ing = v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing";
        addAll(out, v + rest, s + rest, ed + rest, ing + rest);
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static void addAll(Set<String> out, String... forms) {
        for (String f : forms) {
            out.add(f);
        }
    }
}
