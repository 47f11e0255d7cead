package org.claimscope.pipeline.extract;

import static org.claimscope.pipeline.extract.StanceLookup.sourceOf;
import static org.claimscope.pipeline.extract.StanceLookup.stance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimscope.model.Article;
import org.claimscope.model.Source;
import org.claimscope.model.Stance;
import org.claimscope.model.StanceKind;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Beliefs, evidence, positions and messages: attributed, but not quotes (English models, hence an integration test). */
class EnglishStanceIT {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(new RuleFigureRecognizer(), "en");
    }

    private static Article analyze(String text) {
        return analyzer.analyze(new NormalizedArticle(Source.ofPath("test"), "en", text));
    }


    @Test
    void aBeliefIsAStanceOfItsHolderAndNoQuote() {
        Article a = analyze("Mayor Dana Whitfield thinks the tunnel can open by 2028.");
        Stance s = stance(a, "the tunnel can open by 2028");
        assertEquals(StanceKind.BELIEF, s.kind());
        assertEquals("Dana Whitfield", sourceOf(s));
        assertEquals("thinks", s.cue().text());
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
    }

    @Test
    void aPositionMayBeTheVerbsObject() {
        Article a = analyze("Senator Ruth Calloway has called for an inquiry into the ferry contract.");
        Stance s = stance(a, "an inquiry into the ferry contract");
        assertEquals(StanceKind.POSITION, s.kind());
        assertEquals("Ruth Calloway", sourceOf(s));
        assertEquals("called for", s.cue().text());
    }

    @Test
    void anAnnouncementOfAThingIsAMessage() {
        Article a = analyze("On Monday, the Transport Department announced a new fare cap for weekly passes.");
        Stance s = stance(a, "a new fare cap");
        assertEquals(StanceKind.MESSAGE, s.kind());
        assertEquals("Transport Department", sourceOf(s));
    }

    @Test
    void aHopeToDoSomethingIsABelief() {
        Article a = analyze("Councillor Peter Kowalski hopes to win back the seat in November.");
        Stance s = stance(a, "to win back the seat");
        assertEquals(StanceKind.BELIEF, s.kind());
        assertEquals("Peter Kowalski", sourceOf(s));
    }

    @Test
    void aStanceBesideSpeechInTheSameSentenceIsKept() {
        Article a = analyze("Eight years ago, Marcus Hale endorsed the levy and said it would cut waiting lists.");
        assertEquals("Marcus Hale", sourceOf(stance(a, "the levy")));
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().contains("cut waiting lists")), a.quotes().toString());
        assertTrue(a.stances().stream().noneMatch(s -> s.text().contains("waiting lists")), a.stances().toString());
    }

    @Test
    void aPassiveExpectationIsHeldByNoOneNamed() {
        Article a = analyze("The tournament is expected to bring 40,000 visitors to the city this summer.");
        Stance s = stance(a, "40,000 visitors");
        assertEquals(StanceKind.BELIEF, s.kind());
        assertNull(s.source());
        assertTrue(s.text().startsWith("The tournament"), s.text());
    }

    @Test
    void evidenceNamedAfterItsContent() {
        Article a = analyze("Average rents in the district rose 14 percent last year, county records show.");
        Stance s = stance(a, "rose 14 percent");
        assertEquals(StanceKind.EVIDENCE, s.kind());
        assertEquals("show", s.cue().text());
    }

    @Test
    void aPollShowsAClauseWithAParticiple() {
        Article a = analyze("The latest Harlow poll shows Governor Ellen Marsh trailing her rival by six points.");
        Stance s = stance(a, "trailing her rival");
        assertEquals(StanceKind.EVIDENCE, s.kind());
    }

    @Test
    void aPersonWhoShowsSomethingAttributesNothing() {
        Article a = analyze("Senator Ruth Calloway showed great composure during the long hearing on Tuesday.");
        assertEquals(List.of(), a.stances());
    }

    @Test
    void aRelativeClauseEndsTheStanceItHolds() {
        Article a = analyze("Governor Ellen Marsh, who backed the levy, signed it on Friday. Voters who oppose the "
                + "levy can still petition the council.");
        Stance backed = stance(a, "levy");
        assertEquals("the levy", backed.text());
        assertEquals("Ellen Marsh", sourceOf(backed));
        Stance opposed = a.stances().stream().filter(s -> s.cue().text().equals("oppose")).findFirst().orElseThrow();
        assertEquals("the levy", opposed.text());
    }

    @Test
    void aGroupBackingSomeoneHoldsThatPosition() {
        Article a = analyze("Wealthy donors gave $25 million last month to an outside group backing Governor "
                + "Ellen Marsh.");
        assertEquals(StanceKind.POSITION, stance(a, "Governor Ellen Marsh").kind());
    }

    @Test
    void anonymityWithNoOneToHoldItIsNoStanceButANamedRefusalIs() {
        Article a = analyze("A county official who declined to be named said the audit would be published in May. "
                + "Commissioner Lena Ortiz declined to comment on the audit.");
        assertTrue(a.stances().stream().noneMatch(s -> s.text().startsWith("to be named")), a.stances().toString());
        Stance refusal = stance(a, "to comment");
        assertEquals("Lena Ortiz", sourceOf(refusal));
    }

    @Test
    void aReportedQuestionIsAStanceOfItsOwnKindNotAQuote() {
        Article a = analyze("Senator Ruth Calloway asked whether the ferry contract had been reviewed by lawyers.");
        Stance q = stance(a, "whether the ferry contract");
        assertEquals(StanceKind.QUESTION, q.kind());
        assertEquals("Ruth Calloway", sourceOf(q));
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
        // a question put to the subject is not the subject's
        Article put = analyze("Asked whether he would run again, Mayor Tom Reyes said he had not decided. One barge "
                + "captain, asked when the river might recover, replied with a shrug.");
        assertTrue(put.stances().stream().noneMatch(s -> s.kind() == StanceKind.QUESTION), put.stances().toString());
    }
}
