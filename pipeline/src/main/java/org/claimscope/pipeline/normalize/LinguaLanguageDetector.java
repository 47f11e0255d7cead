package org.claimscope.pipeline.normalize;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;

/**
 * Lingua's n-gram models restricted to the languages news in our languages mixes (pt, en, es, fr, de,
 * it, nl): more accurate than word lists on short sentences. Lingua has no Galician model, so a text
 * it reads as Portuguese or Spanish that our stopword detector calls Galician is Galician.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

    private static final int MIN_WORDS = 3;
    /** How close to the best a declared language must score to be believed (Lingua's relative confidences are compressed: a clearly wrong language still scores about 0.7). */
    private static final double HINT_RATIO = 0.95;
    /** How far below the best the article language must fall for a paragraph to switch. */
    private static final double SWITCH_RATIO = 0.8;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final LanguageDetector galician;

    public LinguaLanguageDetector() {
        this(new StopwordLanguageDetector());
    }

    public LinguaLanguageDetector(LanguageDetector galicianCheck) {
        this.lingua = LanguageDetectorBuilder.fromLanguages(Language.PORTUGUESE, Language.ENGLISH, Language.SPANISH,
                Language.FRENCH, Language.GERMAN, Language.ITALIAN, Language.DUTCH).build();
        this.galician = galicianCheck;
    }

    @Override
    public String detect(String text) {
        if (words(text) < MIN_WORDS) {
            return null;
        }
        Language l = lingua.detectLanguageOf(text);
        return l == Language.UNKNOWN ? null : iberian(code(l), text);
    }

    @Override
    public String detect(String text, String hint) {
        String declared = normalize(hint);
        if (declared == null) {
            return detect(text);
        }
        if (words(text) < MIN_WORDS) {
            return declared;
        }
        Map<Language, Double> confidence = lingua.computeLanguageConfidenceValues(text);
        double best = confidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double hinted = confidence.entrySet().stream().filter(e -> code(e.getKey()).equals(declared))
                .mapToDouble(Map.Entry::getValue).findFirst().orElse(-1);
        if (hinted < 0) {
            // a language we have no model for ("gl", "ru"): believe the page unless the text says otherwise
            String detected = detect(text);
            return detected == null || best < 0.9 ? declared : detected;
        }
        return hinted >= best * HINT_RATIO ? declared : detect(text);
    }

    @Override
    public String detectParagraph(String paragraph, String documentLanguage) {
        if (documentLanguage == null || words(paragraph) < 6) {
            return documentLanguage != null ? documentLanguage : detect(paragraph);
        }
        Map<Language, Double> confidence = lingua.computeLanguageConfidenceValues(paragraph);
        double best = confidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double article = confidence.entrySet().stream().filter(e -> code(e.getKey()).equals(documentLanguage))
                .mapToDouble(Map.Entry::getValue).findFirst().orElse(-1);
        if (article < 0 || article >= best * SWITCH_RATIO) {
            return documentLanguage; // a paragraph switches only when its text clearly says so
        }
        String detected = detect(paragraph);
        return detected == null ? documentLanguage : detected;
    }

    private String iberian(String code, String text) {
        if (("pt".equals(code) || "es".equals(code)) && "gl".equals(galician.detect(text))) {
            return "gl";
        }
        return code;
    }

    private static String code(Language l) {
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static String normalize(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String h = hint.strip().toLowerCase(Locale.ROOT);
        int cut = h.indexOf('-') >= 0 ? h.indexOf('-') : h.indexOf('_');
        return cut > 0 ? h.substring(0, cut) : h;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
