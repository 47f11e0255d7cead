package org.claimscope.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextCleanerTest {

    private final PlainTextCleaner cleaner = new PlainTextCleaner();

    @Test
    void missingSpaceAfterSentenceEndIsInserted() {
        assertEquals("Ele falou na quarta-feira. Ele afirmou que sim.",
                cleaner.clean("Ele falou na quarta-feira.Ele afirmou que sim."));
        assertEquals("Terminou ontem. O governo reagiu.", cleaner.clean("Terminou ontem.O governo reagiu."));
        assertEquals("Foi o que disse.” Ela saiu.", cleaner.clean("Foi o que disse.”Ela saiu."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Veja em OpenAI.com e no site g1.globo.com hoje.",
        "Escreva para contato@jornal.com.br ou acesse https://example.com/Noticias.Html agora.",
        "A empresa U.S.A. Corp e a Petrobras S.A. fecharam acordo.",
        "O índice subiu 3.5 pontos e 4,5% no ano.",
        "Baixe o arquivo relatorio_final.Docx e o Relatorio.PDF ainda hoje.",
        "O site Example.Com caiu.",
    })
    void addressesInitialismsDecimalsAndFileNamesAreLeftAlone(String text) {
        assertEquals(text, cleaner.clean(text));
    }

    @Test
    void captionAndCreditLinesAreDropped() {
        String raw = """
                Primeiro parágrafo da notícia, com informação relevante.

                Fonte da imagem: OpenAI
                Foto: Reuters/Jane Doe
                (Foto: Agência Brasil)
                Crédito: Divulgação
                Photo: Getty Images
                Source: Getty
                Leia também: Inflação cai pelo terceiro mês
                Read more: Markets rally after the vote
                Publicidade
                Advertisement
                Segundo parágrafo da notícia.""";
        assertEquals("Primeiro parágrafo da notícia, com informação relevante.\n\nSegundo parágrafo da notícia.",
                cleaner.clean(raw));
    }

    @Test
    void sentencesThatMerelyStartLikeACaptionAreKept() {
        String text = "Fonte: segundo o IBGE, a inflação acumulada em doze meses chegou a 4,5%, a maior desde 2022.";
        assertEquals(text, cleaner.clean(text));
    }

    @Test
    void onePerLineParagraphsStaySeparateParagraphs() {
        String raw = "Primeira frase completa do texto, que é um parágrafo inteiro.\n"
                + "Segunda frase completa do texto, que também é um parágrafo.\n"
                + "Terceira frase completa, encerrando a notícia de hoje.";
        assertEquals("Primeira frase completa do texto, que é um parágrafo inteiro.\n\n"
                + "Segunda frase completa do texto, que também é um parágrafo.\n\n"
                + "Terceira frase completa, encerrando a notícia de hoje.", cleaner.clean(raw));
    }

    @Test
    void hardWrappedLinesAreJoinedAndEndOfLineHyphensRemoved() {
        String raw = """
                O ministro apresentou ontem o plano de investimentos em infraes-
                trutura, que prevê obras em portos, rodovias e ferrovias de todo
                o país ao longo da próxima década, segundo o governo federal.
                Na quarta-feira, ele disse-
                lhe que o plano chegaria ao Congresso na semana que vem.
                """;
        assertEquals("O ministro apresentou ontem o plano de investimentos em infraestrutura, que prevê obras em "
                + "portos, rodovias e ferrovias de todo o país ao longo da próxima década, segundo o governo "
                + "federal. Na quarta-feira, ele disse-lhe que o plano chegaria ao Congresso na semana que vem.",
                cleaner.clean(raw));
    }

    @Test
    void outputIsNfcWithSingleSpacesAndNoStrayBlankLines() {
        String raw = "\n\n  Cafe\u0301 com\u00a0leite\t e  pão.  \r\n\r\n\r\n\r\nOutro  parágrafo.\u200b  \n\n";
        assertEquals("Café com leite e pão.\n\nOutro parágrafo.", cleaner.clean(raw));
    }

    @Test
    void quoteCharactersAreKeptAsTheyAre() {
        String text = "“Sim”, disse ele. «Não», respondeu ela. ‘Talvez’, „vielleicht“ e \"quem sabe\".";
        assertEquals(text, cleaner.clean(text));
    }

    @Test
    void boilerplateDetectionIsForShortLinesOnly() {
        assertTrue(PlainTextCleaner.isBoilerplate("Imagem: Reprodução/TV Globo"));
        assertTrue(PlainTextCleaner.isBoilerplate("Image caption: The bridge at night"));
        assertFalse(PlainTextCleaner.isBoilerplate("Imagine a city where every street has a bike lane."));
    }
}
