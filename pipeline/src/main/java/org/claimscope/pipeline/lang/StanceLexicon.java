package org.claimscope.pipeline.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimscope.model.StanceKind;

/**
 * Verbs that attribute a stance rather than words ({@code stance-verbs.txt}): lemma and the particle it needs ("" for
 * none) to the kind of stance. A belief or a piece of evidence is a clause ("She thinks Cruz can win", "Polls show
 * that …"); a position may be an object too ("has called for a recount", "endorsed Trump").
 */
public record StanceLexicon(Map<String, Map<String, StanceKind>> verbs, Map<String, String> lemmas,
                            List<String> formulas) {

    public StanceLexicon {
        Map<String, Map<String, StanceKind>> copy = new HashMap<>();
        verbs.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        verbs = Map.copyOf(copy);
        lemmas = Map.copyOf(lemmas);
        formulas = List.copyOf(formulas);
    }

    /** Reads lines "kind: lemma [particle]" ("position: call for"), with no inflected forms and no formulas. */
    static StanceLexicon parse(WordList lines) {
        return parse(lines, null, WordList.of());
    }

    /**
     * Reads lines "kind: lemma [particle]"; with {@code forms}, also maps each inflected form to its lemma, for
     * languages whose tokens carry no lemma ("defendeu" → "defender"); {@code formulas} ({@code stance-formulas.txt})
     * are the contents that say nothing when no one holds them: "to be named", "to comment", "anonimato".
     */
    static StanceLexicon parse(WordList lines, VerbForms forms, WordList formulas) {
        Map<String, Map<String, StanceKind>> verbs = new HashMap<>();
        for (String line : lines.entries()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("stance verb without a kind: " + line);
            }
            StanceKind kind = StanceKind.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            String verb = line.substring(colon + 1).strip();
            int sp = verb.indexOf(' ');
            verbs.computeIfAbsent(sp < 0 ? verb : verb.substring(0, sp), x -> new HashMap<>())
                    .put(sp < 0 ? "" : verb.substring(sp + 1).strip(), kind);
        }
        Map<String, String> lemmas = new HashMap<>();
        if (forms != null) {
            for (String lemma : verbs.keySet()) {
                for (String form : forms.forms(lemma)) {
                    lemmas.putIfAbsent(form, lemma);
                }
                lemmas.put(lemma, lemma);
            }
        }
        return new StanceLexicon(verbs, lemmas, formulas.entries().stream().map(f -> f.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * Whether a stance with this content says nothing when no one holds it: "an official who declined to be named",
     * "who asked not to be identified because …" (the content opens with a formula of anonymity or of no comment).
     */
    public boolean isFormula(String content) {
        String c = content.strip().toLowerCase(Locale.ROOT);
        return formulas.stream().anyMatch(f -> c.equals(f) || c.startsWith(f + " "));
    }

    /** The lemma of an inflected form ("criticou" → "criticar"), or null; only for lexicons read with forms. */
    public String lemmaOfForm(String word) {
        return lemmas.get(word.toLowerCase(Locale.ROOT));
    }

    /** The particles this lemma takes, "" for none, mapped to the kind they make; empty if it is no stance verb. */
    public Map<String, StanceKind> particles(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), Map.of());
    }

    public boolean isEmpty() {
        return verbs.isEmpty();
    }
}
