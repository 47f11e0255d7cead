package org.claimscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private final QuoteMarks marks = new QuoteMarks();

    private List<String> contents(String text) {
        return marks.find(text).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void findsCurlyGuillemetAndStraightQuotes() {
        String text = "“Vamos crescer”, disse ela. «Não há pressa», afirmou ele. \"We are ready,\" she said.";
        assertEquals(List.of("Vamos crescer", "Não há pressa", "We are ready,"), contents(text));
    }

    @Test
    void germanLowHighQuotesPair() {
        assertEquals(List.of("Wir sind bereit"), contents("Er sagte: „Wir sind bereit“ und ging."));
    }

    @Test
    void curlyAndStraightMarksMixedByEditingStillPair() {
        String text = "“We will cut taxes,\" the mayor said. \"We will not raise them.” Then \"a quote with “nested” words\" ends.";
        assertEquals(List.of("We will cut taxes,", "We will not raise them.", "a quote with “nested” words"),
                contents(text));
    }

    @Test
    void twoApostrophesAreOneDoubleMark() {
        String text = "''We will cut taxes,'' the mayor said. ''It is the voters' money.''\n\n''First part.\n\n''Second part.''";
        assertEquals(List.of("We will cut taxes,", "It is the voters' money.", "First part.\n\n''Second part."),
                contents(text));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), contents("Nvidia's chips and the workers' union aren't ready"));
    }

    @Test
    void quoteLeftOpenContinuesIntoNextParagraphThatReopens() {
        String text = "“The first part goes on here.\n\n“And the second part ends here,” he said.";
        assertEquals(List.of("The first part goes on here.\n\n“And the second part ends here,"), contents(text));
    }

    @Test
    void dialogueDashParagraphIsSpeechUpToTheClosingDash() {
        String text = "O ministro falou aos jornalistas.\n\n— Não vamos ceder — disse o ministro.";
        assertEquals(List.of("Não vamos ceder"), contents(text));
    }

    @Test
    void unclosedShortQuoteIsDropped() {
        assertEquals(List.of(), contents("O chamado “teto de gastos caiu.\n\nOutro parágrafo."));
    }

    @Test
    void anAnswerAfterAQuestionIsSpeechButAnAPrefixAloneIsNot() {
        String text = "Q: When will work start?\n\nA: When it is safe.\n\nA: list item without a question.";
        assertEquals(List.of("When it is safe."), contents(text));
    }

    @Test
    void answersUnderPlainQuestionLinesOfAnAnnouncedInterviewAreQuotes() {
        String text = "The chef spoke with us last week; the interview has been condensed.\n\n"
                + "Why close now?\n\nThe rent doubled. I could not make it work.\n\n"
                + "What comes next?\n\nA food truck, and a lot of sleep. My son said, “Finally.”";
        List<QuotedSpan> found = marks.find(text);
        assertEquals(List.of("The rent doubled. I could not make it work.",
                "A food truck, and a lot of sleep. My son said, “Finally.”"),
                found.stream().map(q -> q.content().of(text)).toList());
        assertEquals(List.of(true, true), found.stream().map(QuotedSpan::answer).toList());
    }

    @Test
    void rhetoricalQuestionsInOrdinaryProseAnnounceNoInterview() {
        String text = "The council met on Monday.\n\nWhy does it matter?\n\nBecause rents are rising.\n\n"
                + "Who pays?\n\nTenants, mostly.";
        assertEquals(List.of(), contents(text));
    }

    @Test
    void threeApostrophesCloseTheInnerQuoteThenTheDoubleMark() {
        String text = "''Voters will not accept 'We'll bomb them,''' said the senator. '''Tis the season,'' he added.";
        assertEquals(List.of("Voters will not accept 'We'll bomb them,'", "'Tis the season,"),
                contents(text));
    }
}
