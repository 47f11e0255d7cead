package org.claimscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimscope.model.Article;
import org.claimscope.model.Figure;
import org.claimscope.model.Qualifier;
import org.claimscope.model.Quote;
import org.claimscope.model.QuoteKind;
import org.claimscope.model.Speaker;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article claimscope started from must come out right (see the foundation issue). */
class SeedArticleTest {

    private static Article article;

    @BeforeAll
    static void analyze() throws Exception {
        TikaNormalizer normalizer = new TikaNormalizer();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new RuleFigureRecognizer(), "en");
        article = analyzer.analyze(normalizer.normalize(Path.of("../corpus/articles/pt/seed_openai_infra.txt")));
    }

    private static Quote quote(String words) {
        return article.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with: " + words));
    }

    @Test
    void isDetectedAsPortuguese() {
        assertEquals("pt", article.language());
    }

    @Test
    void fourDirectQuotesByAltmanIncludingThePartialAndTheColonIntroducedOne() {
        List<Quote> direct = article.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(4, direct.size(), direct.toString());
        for (Quote q : direct) {
            assertNotNull(q.speaker(), q.text());
            assertEquals("Sam Altman", q.speaker().name(), q.text());
        }
        assertTrue(direct.stream().anyMatch(q -> q.text().equals("aposta muito agressiva em infraestrutura")),
                direct.toString());
        Quote colon = quote("Nunca estive tão confiante");
        assertEquals(":", colon.cue().text());
        assertEquals("disse", quote("Vocês podem esperar").cue().text());
        assertEquals("enfatizou", quote("Para fazer uma aposta massiva").cue().text());
    }

    @Test
    void reportedSpeechByAltmanAndTwiceByHuang() {
        Quote altman = quote("os futuros modelos");
        assertTrue(altman.kind() != QuoteKind.DIRECT);
        assertEquals("Sam Altman", altman.speaker().name());
        assertEquals("explicou", altman.cue().text());
        Quote surprise = quote("a notícia do acordo");
        assertEquals(QuoteKind.INDIRECT, surprise.kind());
        assertEquals("Jensen Huang", surprise.speaker().name());
        assertEquals("afirmou", surprise.cue().text());
        Quote cloud = quote("a OpenAI poderá construir");
        assertEquals("Jensen Huang", cloud.speaker().name());
        assertEquals("explicou", cloud.cue().text());
    }

    @Test
    void speakersAreCanonicalWithRolesAndNoOneElseSpeaks() {
        List<String> names = article.speakers().stream().map(Speaker::name).sorted().toList();
        assertEquals(List.of("Jensen Huang", "Sam Altman"), names);
        Speaker altman = article.speakers().stream().filter(s -> s.name().equals("Sam Altman")).findFirst().orElseThrow();
        assertTrue(altman.roles().contains("CEO da OpenAI"), altman.roles().toString());
        // "Altman", "o CEO da OpenAI" and the full name are all his mentions
        assertTrue(altman.mentions().size() >= 5, altman.mentions().toString());
    }

    @Test
    void figuresAreNormalizedWithQualifiers() {
        Figure trillion = figure("US$ 1 trilhão");
        assertEquals(1e12, trillion.value());
        assertEquals("USD", trillion.unit());
        assertEquals(Qualifier.MORE_THAN, trillion.qualifier());
        Figure billions = figure("US$ 4,5 bilhões");
        assertEquals(4.5e9, billions.value());
        assertEquals("USD", billions.unit());
        assertEquals(Qualifier.JUST_OVER, billions.qualifier());
    }

    @Test
    void captionLineAndGluedSentenceAreRepaired() {
        assertTrue(!article.text().contains("Fonte da imagem"));
        assertTrue(article.text().contains("quarta-feira. Ele afirmou"));
    }

    @Test
    void claimsCoverEveryQuoteAndTheFigureSentence() {
        assertEquals(article.quotes().size(),
                article.claims().stream().filter(c -> c.quote() != null).count());
        String trillionId = figure("US$ 1 trilhão").id();
        assertTrue(article.claims().stream().anyMatch(c -> c.quote() == null && c.figures().contains(trillionId)));
    }

    private static Figure figure(String text) {
        return article.figures().stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + article.figures()));
    }
}
