package org.claimscope.pipeline.eval.polnear;

import java.util.Locale;

/** Compares a predicted speaker name with a gold source. */
public final class SpeakerNames {

    private SpeakerNames() {
    }

    /** Lower case, typographic apostrophes straightened, possessive and leading "the" dropped, punctuation to spaces. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
        s = s.replaceAll("'s?$", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        s = s.replaceFirst("^the ", "");
        return s;
    }

    static boolean blank(String name) {
        return normalize(name).isEmpty();
    }

    /** Equal to the gold source mention or its full name; a gold attribution without source wants no speaker. */
    public static boolean strict(String predicted, GoldAttribution gold) {
        if (gold.source() == null) {
            return blank(predicted);
        }
        String p = normalize(predicted);
        return !p.isEmpty() && (p.equals(normalize(gold.sourceText())) || p.equals(normalize(gold.fullName())));
    }

    /** Strict, or the predicted name's last word is the last word of the gold full name (or of the mention). */
    public static boolean lenient(String predicted, GoldAttribution gold) {
        if (strict(predicted, gold)) {
            return true;
        }
        if (gold.source() == null || blank(predicted)) {
            return false;
        }
        String g = normalize(gold.fullName() != null ? gold.fullName() : gold.sourceText());
        return !g.isEmpty() && lastWord(normalize(predicted)).equals(lastWord(g));
    }

    static String lastWord(String normalized) {
        int sp = normalized.lastIndexOf(' ');
        return sp < 0 ? normalized : normalized.substring(sp + 1);
    }
}
