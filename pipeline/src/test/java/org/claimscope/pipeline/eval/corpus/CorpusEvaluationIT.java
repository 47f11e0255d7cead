package org.claimscope.pipeline.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.NormalizationException;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression floors on the corpus gold, per language and split, set a little under what was measured
 * (see the closing notes): a change that makes attribution worse fails the build. Loads the English
 * CoreNLP models, hence an integration test.
 */
class CorpusEvaluationIT {

    private static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        TikaNormalizer normalizer = new TikaNormalizer();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new RuleFigureRecognizer(), "en");
        report = new CorpusEvaluation(path -> {
            try {
                return analyzer.analyze(normalizer.normalize(path));
            } catch (NormalizationException e) {
                throw new IllegalStateException(e);
            }
        }).evaluate(Path.of("../corpus/gold"));
        report.print(new PrintWriter(System.out), false);
    }

    private static void floors(String lang, String split, double f1, double speaker, double figures) {
        Tally t = report.group(lang, split);
        assertEquals(0, t.failedArticles(), lang + "/" + split + " articles failed");
        assertTrue(t.quoteF1() >= f1, lang + "/" + split + " quote F1 " + t.quoteF1() + " < " + f1);
        assertTrue(t.speakerAccuracy() >= speaker,
                lang + "/" + split + " speaker accuracy " + t.speakerAccuracy() + " < " + speaker);
        assertTrue(t.figureAccuracy() >= figures,
                lang + "/" + split + " figure accuracy " + t.figureAccuracy() + " < " + figures);
    }

    @Test
    void portugueseDev() {
        floors("pt", "dev", 0.96, 0.97, 0.97);
    }

    // English dev grew at stop 12 by twenty articles written blind (twelfth to fourteenth batches); their speaker
    // accuracy was 0.808, 0.832 and 0.847 at first sight, the fourteenth batch's figure accuracy 0.850 (barrels per
    // day, local dollars). The floors are set from the measurement on the grown split (speaker 0.954, figures 0.971).
    @Test
    void englishDev() {
        floors("en", "dev", 0.96, 0.95, 0.97);
    }

    // The held-out split grew at stop 10 by ten articles written blind (eighth batch, corpus/README.md) and at stop 14
    // by eighteen more (twenty-first to twenty-third batches, held out before they were first scored: first sight
    // en 0.928 and 0.890, pt 0.885). Speaker accuracy is held at the foundation issue's floor of 0.90 (measured at
    // stop 19: pt 0.901, en 0.905).
    @Test
    void portugueseHeldOut() {
        floors("pt", "heldout", 0.95, 0.90, 0.96);
    }

    @Test
    void englishHeldOut() {
        floors("en", "heldout", 0.95, 0.90, 0.95);
    }

    @Test
    void noOneListedAsNotASpeakerSpeaksInDevArticles() {
        assertEquals(0, report.group("all", "dev").forbiddenSpeakers());
    }
}
