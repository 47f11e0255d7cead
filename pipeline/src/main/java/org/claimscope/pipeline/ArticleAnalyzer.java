package org.claimscope.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscope.model.Article;
import org.claimscope.model.Figure;
import org.claimscope.model.Span;
import org.claimscope.pipeline.annotate.AnnotatedText;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.annotate.Token;
import org.claimscope.pipeline.normalize.Paragraph;
import org.claimscope.pipeline.annotate.CoreNlpLanguage;
import org.claimscope.pipeline.annotate.CoreNlpTextAnnotator;
import org.claimscope.pipeline.annotate.EnglishCoreNlp;
import org.claimscope.pipeline.annotate.RuleBasedCoreNlp;
import org.claimscope.pipeline.annotate.TextAnnotator;
import org.claimscope.pipeline.extract.Extraction;
import org.claimscope.pipeline.extract.SpeechExtractor;
import org.claimscope.pipeline.figures.CurrencyContext;
import org.claimscope.pipeline.figures.MinorUnits;
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
    private final CurrencyContext currencies = CurrencyContext.load();
    private final MinorUnits minorUnits = new MinorUnits();
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
        LanguagePipeline p = pipeline(language);
        AnnotatedText annotated = annotate(article, language);
        annotated = new AnnotatedText(annotated.language(), annotated.text(), annotated.sentences(),
                minorUnits.resolve(language, currencies.resolve(annotated.text(), language, annotated.figures())));
        Extraction x = p.extractor().extract(annotated);
        return new Article(Article.SCHEMA, contentId(article.text()), article.source(), language, article.text(),
                x.speakers(), x.quotes(), x.stances(), x.figures(), x.claims());
    }

    private LanguagePipeline pipeline(String language) {
        return pipelines.computeIfAbsent(SUPPORTED.contains(language) ? language : "en", this::build);
    }

    /**
     * Each stretch of paragraphs is tokenized and tagged in its own language (an English statement quoted
     * in a Portuguese article gets the English models); the article language's rules then read it all.
     */
    private AnnotatedText annotate(NormalizedArticle article, String language) {
        List<int[]> runs = new ArrayList<>();
        List<String> runLanguages = new ArrayList<>();
        for (Paragraph para : article.paragraphLanguages()) {
            String l = para.language() == null || !SUPPORTED.contains(para.language()) ? language : para.language();
            if (!runs.isEmpty() && runLanguages.get(runLanguages.size() - 1).equals(l)) {
                runs.get(runs.size() - 1)[1] = para.end();
            } else {
                runs.add(new int[] {para.start(), para.end()});
                runLanguages.add(l);
            }
        }
        if (runs.size() <= 1) {
            return pipeline(language).annotator().annotate(article.text());
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        int tokenIndex = 0;
        for (int r = 0; r < runs.size(); r++) {
            // each run ends where the next begins, so every character belongs to one run
            int start = r == 0 ? 0 : runs.get(r)[0];
            int end = r + 1 < runs.size() ? runs.get(r + 1)[0] : article.text().length();
            AnnotatedText part = pipeline(runLanguages.get(r)).annotator().annotate(article.text().substring(start, end));
            for (Sentence s : part.sentences()) {
                List<Token> tokens = new ArrayList<>();
                for (Token t : s.tokens()) {
                    tokens.add(new Token(tokenIndex++, t.word(), t.begin() + start, t.end() + start, t.pos(), t.lemma(),
                            t.ner()));
                }
                sentences.add(new Sentence(sentences.size(), s.begin() + start, s.end() + start, tokens));
            }
            for (Figure f : part.figures()) {
                figures.add(new Figure(f.id(), f.type(), f.text(), new Span(f.span().start() + start,
                        f.span().end() + start), f.value(), f.unit(), f.qualifier(), f.low(), f.high()));
            }
        }
        return new AnnotatedText(language, article.text(), sentences, figures);
    }

    /** Loads a language's models now (they are otherwise loaded on first use). */
    public void preload(String language) {
        pipeline(language);
    }

    private LanguagePipeline build(String language) {
        LanguageResources lex = LanguageResources.load(language);
        CoreNlpLanguage lang = "en".equals(language) ? new EnglishCoreNlp(figures, lex) : new RuleBasedCoreNlp(figures, lex);
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
