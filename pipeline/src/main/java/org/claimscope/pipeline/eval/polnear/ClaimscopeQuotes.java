package org.claimscope.pipeline.eval.polnear;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.Article;
import org.claimscope.model.Source;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.NormalizedArticle;

/**
 * claimscope's own analysis: every quote of {@link Article#quotes()}, with its kind and speaker name, and every stance
 * of {@link Article#stances()} (PolNeAR counts beliefs, evidence and positions as attributions too).
 */
public final class ClaimscopeQuotes implements QuoteSystem {

    private final ArticleAnalyzer analyzer;

    public ClaimscopeQuotes() {
        this(new ArticleAnalyzer(new RuleFigureRecognizer(), "en"));
    }

    public ClaimscopeQuotes(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
        analyzer.preload("en");
    }

    @Override
    public String name() {
        return "claimscope";
    }

    @Override
    public List<Predicted> quotes(String id, String text) {
        Article a = analyzer.analyze(new NormalizedArticle(Source.ofPath(id), "en", text));
        List<Predicted> out = new ArrayList<>();
        a.quotes().forEach(q -> out.add(new Predicted(q.span(), q.kind().json(), q.speaker() == null ? null
                : q.speaker().name())));
        a.stances().forEach(st -> out.add(new Predicted(st.span(), Predicted.STANCE, st.source() == null ? null
                : st.source().name())));
        return out;
    }
}
