package org.claimscope.pipeline.eval.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.claimscope.pipeline.normalize.StopwordLanguageDetector;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LanguageEvaluationTest {

    private static final Path SPECS = org.claimscope.pipeline.SharedData.find("data/recognizers-text-specs/Number");
    private static final Path CORPUS = Path.of("../corpus");

    @Test
    void corpusParagraphsAndArticles() throws Exception {
        LanguageEvaluation.Report r = LanguageEvaluation.run(null, CORPUS, new StopwordLanguageDetector(),
                new TikaNormalizer());
        assertNull(r.sentences());
        assertEquals(Set.of("en", "es", "pt"), r.articles().byLanguage().keySet());
        assertEquals(1.0, r.articles().all().accuracy(), 1e-9, r.toString());
        assertTrue(r.paragraphs().all().accuracy() >= 0.95, r.toString());
        assertTrue(r.paragraphsInContext().all().accuracy() >= 0.99, r.toString());
        assertTrue(r.toString().contains("paragraphs alone"));
    }

    @Test
    void recognizersSpecSentences() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SPECS),
                "skipped: " + SPECS + " (recognizers-text specs) is not on this machine");
        LanguageEvaluation.Report r = LanguageEvaluation.run(SPECS, null, new StopwordLanguageDetector(), null);
        assertNotNull(r.sentences());
        assertEquals(Set.of("de", "en", "es", "fr", "pt"), r.sentences().byLanguage().keySet());
        System.out.print(r);
        // measured 0.919 (>= 3 words) and 0.953 (>= 6 words); guard against regressions
        assertTrue(r.sentences().all().accuracy() >= 0.90, r.toString());
        assertTrue(r.longSentences().all().accuracy() >= 0.94, r.toString());
        for (String lang : Set.of("pt", "es")) {
            assertTrue(r.longSentences().byLanguage().get(lang).accuracy() >= 0.9, lang + "\n" + r);
        }
    }
}
