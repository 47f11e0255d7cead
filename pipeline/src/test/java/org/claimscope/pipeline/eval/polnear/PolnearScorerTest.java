package org.claimscope.pipeline.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimscope.model.Span;
import org.junit.jupiter.api.Test;

/** The .ann reader, the gold builder and the scorer on a small hand-written article. */
class PolnearScorerTest {

    static final String TEXT = "Jane Doe spoke first. “We will win,” Doe said, “and soon.”\n"
            + "Officials said the plan was “bold” and would pass.\n"
            + "It is believed that taxes will rise.";

    static int at(String s) {
        return TEXT.indexOf(s);
    }

    static String t(String id, String type, String covered) {
        int b = at(covered);
        return id + "\t" + type + " " + b + " " + (b + covered.length()) + "\t" + covered + "\n";
    }

    static String ann() {
        int w = at("We will win");
        int s = at("and soon.");
        return t("T1", "Source", "Doe said").replace(" " + (at("Doe said") + 8) + "\t", " " + (at("Doe said") + 3) + "\t")
                + t("T2", "Cue", "said,")
                        .replace(" " + (at("said,") + 5) + "\t", " " + (at("said,") + 4) + "\t")
                + "T3\tContent " + w + " " + (w + 12) + ";" + s + " " + (s + 9) + "\tWe will win, and soon.\n"
                + "T4\tAttribution " + at("said,") + " " + (at("said,") + 4) + "\tsaid\n"
                + "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
                + t("T5", "Source", "Officials")
                + t("T6", "Cue", "said the")
                + t("T7", "Content", "the plan was “bold” and would pass")
                + "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7\n"
                + "#1\tAnnotatorNotes T7\ta note\n"
                + t("T8", "Cue", "is believed")
                + t("T9", "Content", "taxes will rise")
                + "E3\tAttribution-no-source:T8 Cue:T8 Content:T9\n";
    }

    @Test
    void readsEntitiesEventsAndDiscontinuousSpans() {
        BratAnn brat = BratAnn.parse(ann(), TEXT);
        assertEquals(2, brat.entities().get("T3").fragments().size());
        assertEquals("Doe", brat.entities().get("T1").envelope().of(TEXT));
        assertEquals(3, brat.events().size());
        assertEquals(List.of("T3"), brat.events().getFirst().role("Content"));
    }

    @Test
    void buildsGoldWithDirectFlagAndFullNames() {
        PolnearArticle a = PolnearCorpus.article("x", "a1", TEXT, ann(), null);
        assertEquals(3, a.attributions().size());
        GoldAttribution quote = a.attributions().get(0);
        assertTrue(quote.direct());
        assertEquals("Doe", quote.sourceText());
        assertEquals("Jane Doe", quote.fullName());
        GoldAttribution mixed = a.attributions().get(1);
        assertFalse(mixed.direct());
        assertEquals("Officials", mixed.sourceText());
        GoldAttribution noSource = a.attributions().get(2);
        assertNull(noSource.source());
        assertFalse(noSource.direct());
    }

    @Test
    void scoresOverlapOneToOneAndSpeakers() {
        PolnearArticle a = PolnearCorpus.article("x", "a1", TEXT, ann(), null);
        Span quote = new Span(at("“We"), at("Doe said") - 1);
        Span mixed = new Span(at("the plan"), at(" and would pass"));
        List<Predicted> predicted = List.of(
                new Predicted(quote, "direct", "Senator Jane Doe"),
                new Predicted(new Span(at("“bold”"), at("“bold”") + 6), "direct", "officials"),
                new Predicted(mixed, "mixed", "The officials"),
                new Predicted(new Span(0, 8), "indirect", "x"));
        // direct: the gold quote matches; "bold" lies inside the predicted mixed quote and is dropped
        PolnearScorer.Counts d = PolnearScorer.counts(PolnearScorer.direct(a, predicted));
        assertEquals(new PolnearScorer.Counts(1, 1, 1, 0, 1, 1, 0, 1, 0, 0), d);
        // all: 3 gold, 3 outermost predictions, 2 matches (the mixed one overlaps more than half of the shorter)
        PolnearScorer.Counts all = PolnearScorer.counts(PolnearScorer.all(a, predicted));
        assertEquals(3, all.gold());
        assertEquals(3, all.predicted());
        assertEquals(2, all.matched());
        assertEquals(1, all.strict());
        assertEquals(2, all.lenient());
        assertEquals(2.0 / 3, all.precision(), 1e-9);
        assertEquals(2.0 / 3, all.f1(), 1e-9);
    }

    @Test
    void aStanceCountsAmongAllAttributionsButNeverAsADirectQuote() {
        PolnearArticle a = PolnearCorpus.article("x", "a1", TEXT, ann(), null);
        // "taxes will rise" is a belief: a stance prediction over it matches in the all-attributions score only
        List<Predicted> predicted = List.of(new Predicted(new Span(at("taxes will rise"), at("taxes will rise") + 15),
                Predicted.STANCE, null));
        assertEquals(0, PolnearScorer.counts(PolnearScorer.direct(a, predicted)).predicted());
        PolnearScorer.Counts all = PolnearScorer.counts(PolnearScorer.all(a, predicted));
        assertEquals(1, all.predicted());
        assertEquals(1, all.matched());
    }

    @Test
    void piecesOfASplitQuoteAreMergedNotSpurious() {
        PolnearArticle a = PolnearCorpus.article("x", "a1", TEXT, ann(), null);
        List<Predicted> predicted = List.of(
                new Predicted(new Span(at("We will win"), at("We will win") + 12), "direct", "Jane Doe"),
                new Predicted(new Span(at("and soon."), at("and soon.") + 9), "direct", "Jane Doe"));
        PolnearScorer.Counts d = PolnearScorer.counts(PolnearScorer.direct(a, predicted));
        assertEquals(new PolnearScorer.Counts(1, 1, 1, 1, 1, 1, 1, 1, 1, 0), d);
        assertEquals(1.0, d.f1(), 1e-9);
    }

    @Test
    void aDirectQuoteOnAMixedGoldContentIsOutOfScopeOfTheDirectScore() {
        PolnearArticle a = PolnearCorpus.article("x", "a1", TEXT, ann(), null);
        // the gold content "the plan was “bold” and would pass" is not direct, so it is not in the direct gold
        List<Predicted> predicted = List.of(
                new Predicted(new Span(at("the plan was “bold”"), at(" and would pass")), "direct", "Officials"),
                new Predicted(new Span(0, 8), "direct", "x"));
        PolnearScorer.Outcome o = PolnearScorer.direct(a, predicted);
        assertEquals(1, o.outOfScope().size());
        assertEquals(1, o.spurious().size());
        PolnearScorer.Counts d = PolnearScorer.counts(o);
        assertEquals(1, d.predicted()); // only the real false positive; the gold quote is missed
        assertEquals(0, d.matched());
        assertEquals(1, d.outOfScope());
        // the all-attributions score has no kinds: there it is a match
        assertEquals(1, PolnearScorer.counts(PolnearScorer.all(a, predicted)).matched());
    }

    @Test
    void overlapBelowHalfOfTheShorterDoesNotMatch() {
        PolnearArticle a = PolnearCorpus.article("x", "a1", TEXT, ann(), null);
        GoldAttribution g = a.attributions().get(2);
        int b = g.content().getFirst().start();
        Span longer = new Span(at("Officials"), b + 4); // 4 of the 15 gold characters: less than half of the gold
        assertEquals(0, PolnearScorer.score(a, List.of(g), List.of(new Predicted(longer, "indirect", null)))
                .matches().size());
    }

    @Test
    void speakerNamesNormalize() {
        assertEquals("white house", SpeakerNames.normalize("The White House’s"));
    }

    @Test
    void aFullNameLeavesTitlesOutAndSkipsANameThatModifiesARole() {
        String text = "Jane Doe arrived. “We will win,” Mr. Doe said. “Soon,” Doe spokesman Tom Reilly said.";
        FullNames names = new FullNames(text, null);
        int mr = text.indexOf("Mr. Doe");
        assertEquals("Jane Doe", names.fullName(new Span(mr, mr + 7)).orElseThrow());
        int spokesman = text.indexOf("Doe spokesman");
        assertEquals("Tom Reilly", names.fullName(new Span(spokesman, text.indexOf(" said.", spokesman))).orElseThrow());
    }
}
