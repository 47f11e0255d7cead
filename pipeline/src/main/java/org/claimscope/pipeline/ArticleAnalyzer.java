package org.claimscope.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscope.model.Article;
import org.claimscope.pipeline.annotate.CoreNlpLanguage;
import org.claimscope.pipeline.annotate.CoreNlpTextAnnotator;
import org.claimscope.pipeline.annotate.EnglishCoreNlp;
import org.claimscope.pipeline.annotate.RuleBasedCoreNlp;
import org.claimscope.pipeline.annotate.TextAnnotator;
import org.claimscope.pipeline.extract.Extraction;
import org.claimscope.pipeline.extract.SpeechExtractor;
import org.claimscope.pipeline.figures.FigureRecognizer;
import org.claimscope.pipeline.lang.LanguageResources;
import org.claimscope.pipeline.normalize.NormalizedArticle;

/**
 * Annotate and extract: a normalized article in, the {@link Article} record tree out. Language
 * pipelines are built on first use and reused; the analyzer is thread-safe.
 */
public final class ArticleAnalyzer {

    /** Languages with their own lexicons; others are analysed with the English rules. */
    public static final Set<String> SUPPORTED = Set.of("pt", "en", "es");

    private final FigureRecognizer figures;
    private final String fallbackLanguage;
    private final Map<String, LanguagePipeline> pipelines = new ConcurrentHashMap<>();

    private record LanguagePipeline(TextAnnotator annotator, SpeechExtractor extractor) {
    }

    public ArticleAnalyzer(FigureRecognizer figures, String fallbackLanguage) {
        this.figures = figures;
        this.fallbackLanguage = fallbackLanguage;
    }

    public Article analyze(NormalizedArticle article) {
        String language = article.language() != null ? article.language() : fallbackLanguage;
        LanguagePipeline p = pipelines.computeIfAbsent(SUPPORTED.contains(language) ? language : "en", this::build);
        Extraction x = p.extractor().extract(p.annotator().annotate(article.text()));
        return new Article(Article.SCHEMA, contentId(article.text()), article.source(), language, article.text(),
                x.speakers(), x.quotes(), x.figures(), x.claims());
    }

    /** Loads a language's models now (they are otherwise loaded on first use). */
    public void preload(String language) {
        pipelines.computeIfAbsent(language, this::build);
    }

    private LanguagePipeline build(String language) {
        LanguageResources lex = LanguageResources.load(language);
        CoreNlpLanguage lang = "en".equals(language) ? new EnglishCoreNlp(figures) : new RuleBasedCoreNlp(figures, lex);
        return new LanguagePipeline(new CoreNlpTextAnnotator(lang), new SpeechExtractor(lex));
    }

    /** Content-hash ids: the same text reached by two paths is one article. */
    public static String contentId(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
