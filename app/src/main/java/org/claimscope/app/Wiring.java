package org.claimscope.app;

import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.FigurePolicy;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.NormalizerOptions;
import org.claimscope.pipeline.normalize.TikaNormalizer;

/** Builds the pipeline stages the commands share; the one place that picks implementations. */
final class Wiring {

    private Wiring() {
    }

    static TikaNormalizer normalizer() {
        return new TikaNormalizer(NormalizerOptions.defaults());
    }

    static ArticleAnalyzer analyzer(String fallbackLanguage) {
        return analyzer(fallbackLanguage, FigurePolicy.NEWS);
    }

    static ArticleAnalyzer analyzer(String fallbackLanguage, FigurePolicy figures) {
        return new ArticleAnalyzer(new RuleFigureRecognizer(figures), fallbackLanguage);
    }
}
