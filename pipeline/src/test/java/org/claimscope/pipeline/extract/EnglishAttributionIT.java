package org.claimscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimscope.model.Article;
import org.claimscope.model.Quote;
import org.claimscope.model.QuoteKind;
import org.claimscope.model.Source;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English attribution through the English CoreNLP models (hence an integration test). */
class EnglishAttributionIT {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(new RuleFigureRecognizer(), "en");
    }

    private static Article analyze(String text) {
        return analyzer.analyze(new NormalizedArticle(Source.ofPath("test"), "en", text));
    }

    private static String speakerOf(Article a, String words) {
        Quote q = a.quotes().stream().filter(x -> x.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in " + a.quotes()));
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void titlesBeforeNamesAreRolesNotNames() {
        Article a = analyze("\"This is the biggest investment in a generation,\" Senate Majority Leader Chuck Warner "
                + "told reporters after the vote.");
        assertEquals("Chuck Warner", speakerOf(a, "biggest investment"));
    }

    @Test
    void appositionWithAgeAndRoleStillFindsTheName() {
        Article a = analyze("Jane Doe, 52, a teacher at Lincoln High School, told the board that class sizes were "
                + "too large.");
        assertEquals("Jane Doe", speakerOf(a, "class sizes"));
    }

    @Test
    void pronounResolvesToTheSubjectNotTheObject() {
        Article a = analyze("The shadow chancellor, Oliver Prentice, accused Ms Ashworth of balancing the books on "
                + "the backs of the sick. He said that 250,000 people could be pushed into poverty.");
        assertEquals("Oliver Prentice", speakerOf(a, "pushed into poverty"));
    }

    @Test
    void anonymousSourcesNameNoOne() {
        Article a = analyze("\"I think people are rightly furious,\" said one resident of Henley, who asked not to "
                + "be named.");
        assertNull(speakerOf(a, "rightly furious"));
    }

    @Test
    void britishSingleQuotesAndCueAfterTheQuote() {
        Article a = analyze("Thames Water's chief executive, Chris Weston, apologised. 'We recognise that we have "
                + "fallen short,' he told the BBC.");
        assertEquals("Chris Weston", speakerOf(a, "fallen short"));
    }

    @Test
    void organizationsSpeakThroughStatementsAndSpokespeople() {
        Article a = analyze("A spokesperson for Northwind Airlines said the delays were caused by weather. "
                + "The Ministry of Health said in a statement that vaccination would begin next week.");
        assertEquals("Northwind Airlines", speakerOf(a, "delays were caused"));
        assertEquals("Ministry of Health", speakerOf(a, "vaccination would begin"));
    }

    @Test
    void asSomeonePutItIntroducesTheirQuote() {
        Article a = analyze("Shannon Wells, a labor law professor, reviewed the ruling. As Wells put it, \"This is "
                + "a crack in the wall, not the wall coming down.\"");
        Quote q = a.quotes().stream().filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertEquals("Shannon Wells", q.speaker().name());
    }

    @Test
    void declinedToCommentIsNoStatement() {
        Article a = analyze("The Prime Minister's spokesperson declined to comment on reports that further cuts "
                + "were being considered.");
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
    }

    @Test
    void aQuoteEndingItsSentenceTakesTheCueAfterIt() {
        Article a = analyze("Priya Marsh and Tom Lowell debated on Sunday.\n\n\"Can you name one bridge you built?\" "
                + "Lowell asked the councillor. \"We will finish the ring road!\" Marsh said. She smiled.");
        assertEquals("Tom Lowell", speakerOf(a, "name one bridge"));
        assertEquals("Priya Marsh", speakerOf(a, "finish the ring road"));
    }

    @Test
    void stackedTitlesBeforeTheNameNameThePerson() {
        Article a = analyze("\"The depot will close in the spring,\" former Ohio transit director Dana Whitcombe "
                + "said.\n\n\"Nobody asked the riders,\" said county board member Luis Ferro, who opposes it.");
        assertEquals("Dana Whitcombe", speakerOf(a, "depot will close"));
        assertEquals("Luis Ferro", speakerOf(a, "Nobody asked"));
    }

    @Test
    void aGerundCueBeforeTheQuoteBelongsToTheSentenceSubject() {
        Article a = analyze("Mayor Helen Brandt urged residents to conserve water, saying, \"Every bucket counts "
                + "this summer.\"");
        assertEquals("Helen Brandt", speakerOf(a, "Every bucket"));
    }

    @Test
    void curlyQuoteClosedByAStraightMarkStillEndsThere() {
        Article a = analyze("Owen Grady spoke after the vote.\n\n\u201cWe lost the vote tonight,\" Grady said. "
                + "\"We will win the next one.\u201d");
        assertEquals("Owen Grady", speakerOf(a, "lost the vote"));
        assertEquals("Owen Grady", speakerOf(a, "win the next one"));
    }

    @Test
    void aTitleCaseHeadlineDoesNotRunANameIntoTheWordsAfterIt() {
        Article a = analyze("Dana Whitcombe Praises Transit Plan Over Objections\n\nDana Whitcombe spoke on Monday.\n\n"
                + "\"The depot will close in the spring,\" Whitcombe said.");
        assertEquals("Dana Whitcombe", speakerOf(a, "depot will close"));
    }

    @Test
    void aCueBetweenCommasReportsTheWholeSentence() {
        Article a = analyze("Helen Brandt spoke on Monday. In the long run, Brandt said, the reform would pay for itself.");
        assertEquals("Helen Brandt", speakerOf(a, "pay for itself"));
    }

    @Test
    void accordingToAnUnnamedSourceIsReportedSpeechWithoutASpeaker() {
        Article a = analyze("Turnout in the county rose by a fifth, according to a new survey of local voters.");
        assertNull(speakerOf(a, "Turnout in the county"));
    }
}
