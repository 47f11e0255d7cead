package org.claimscope.pipeline.extract;

import static org.claimscope.pipeline.extract.StanceLookup.sourceOf;
import static org.claimscope.pipeline.extract.StanceLookup.stance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimscope.model.Article;
import org.claimscope.model.Source;
import org.claimscope.model.Stance;
import org.claimscope.model.StanceKind;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.junit.jupiter.api.Test;

/** Portuguese beliefs, evidence, positions and messages through the (model-free) Portuguese pipeline. */
class PortugueseStanceTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(new RuleFigureRecognizer(), "pt");

    private static Article analyze(String text) {
        return ANALYZER.analyze(new NormalizedArticle(Source.ofPath("test"), "pt", text));
    }


    @Test
    void aPositionTakenOnAnObjectIsAStanceNotAQuote() {
        Article a = analyze("A Federação das Indústrias do Paraná criticou o aumento da tarifa de energia.");
        Stance s = stance(a, "o aumento da tarifa de energia");
        assertEquals(StanceKind.POSITION, s.kind());
        assertEquals("Federação das Indústrias do Paraná", sourceOf(s));
        assertEquals("criticou", s.cue().text());
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
    }

    @Test
    void aVerbOfSayingWithAClauseStaysSpeech() {
        Article a = analyze("O deputado Rui Falcão defendeu que a tarifa seja congelada até dezembro.");
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        assertTrue(a.stances().isEmpty(), a.stances().toString());
    }

    @Test
    void aStudyShowsForTheInstituteThatMadeIt() {
        Article a = analyze("Um levantamento do Instituto Cerrado Vivo mostra que a área queimada cresceu 40% em "
                + "Goiás.");
        Stance s = stance(a, "a área queimada cresceu 40%");
        assertEquals(StanceKind.EVIDENCE, s.kind());
        assertEquals("Instituto Cerrado Vivo", sourceOf(s));
    }

    @Test
    void aGroupsBeliefHasNoNamedSource() {
        Stance s = stance(analyze("Analistas esperam que a inflação feche o ano abaixo de 4%."), "a inflação feche");
        assertEquals(StanceKind.BELIEF, s.kind());
        assertNull(sourceOf(s));
    }

    @Test
    void aBeliefMayBeAnInfinitive() {
        Stance s = stance(analyze("A Companhia Docas de Itajaí pretende ampliar o terminal de contêineres até 2027."),
                "ampliar o terminal");
        assertEquals(StanceKind.BELIEF, s.kind());
        assertEquals("Companhia Docas de Itajaí", sourceOf(s));
    }

    @Test
    void whenTheVerbHappenedIsNoPartOfTheMessage() {
        Stance s = stance(analyze("A Secretaria de Saúde de Itabira anunciou nesta segunda-feira (9) a abertura de 40 "
                + "leitos."), "leitos");
        assertEquals(StanceKind.MESSAGE, s.kind());
        assertEquals("a abertura de 40 leitos", s.text());
        assertEquals("anunciou nesta segunda-feira (9)", s.cue().text());
    }

    @Test
    void aParticipleOrAnInfinitiveHasNoSubjectOfItsOwn() {
        // "o comunicado divulgado", "vão pedir": the verb's subject is not the phrase before it
        Article a = analyze("O comunicado divulgado pela empresa trouxe poucos detalhes. Os moradores vão pedir uma "
                + "audiência pública.");
        assertTrue(a.stances().isEmpty(), a.stances().toString());
    }

    @Test
    void aPersonShowingSomethingAttributesNothing() {
        assertTrue(analyze("O goleiro Wellington mostrou muita segurança no segundo tempo.").stances().isEmpty());
    }
}
