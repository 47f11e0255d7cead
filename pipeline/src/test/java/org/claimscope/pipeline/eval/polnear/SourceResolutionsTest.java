package org.claimscope.pipeline.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.claimscope.model.Span;
import org.junit.jupiter.api.Test;

/** Hand resolutions of name-less sources replace the corpus coreference when speakers are scored. */
class SourceResolutionsTest {

    private static final String TEXT = "“We will win,” he said. “Not today,” a voter said. “Maybe,” she said.";

    private static GoldAttribution gold(String id, String quote, String source, String fullName) {
        int q = TEXT.indexOf(quote);
        int s = TEXT.indexOf(source, q);
        return new GoldAttribution(id, List.of(new Span(q, q + quote.length())), new Span(s, s + source.length()),
                List.of(), true, source, "said", fullName);
    }

    private static Predicted predicted(String quote, String speaker) {
        int q = TEXT.indexOf(quote);
        return new Predicted(new Span(q, q + quote.length()), "direct", speaker);
    }

    private static List<PolnearScorer.Outcome> outcome(List<Predicted> predicted) {
        // the corpus's coreference had resolved "he" to the wrong man and could not resolve the other two
        List<GoldAttribution> gold = List.of(gold("E1", "We will win", "he", "Tom Baker"),
                gold("E2", "Not today", "a voter", null), gold("E3", "Maybe", "she", null));
        PolnearArticle article = new PolnearArticle("art", "a1", TEXT, gold);
        return List.of(PolnearScorer.score(article, gold, predicted));
    }

    private static final SourceResolutions BY_HAND = SourceResolutions.parse(List.of(
            "# article\tattribution\tanswer\treason",
            "art_a1\tE1\tJoe Carver\tthe candidate of the paragraph before",
            "art_a1\tE2\tNULL\tan unnamed voter",
            "art_a1\tE3\tUNSURE\ttwo women named"));

    @Test
    void aResolvedNameAndAnUnnamedSourceAreScoredAsTheReaderResolvedThem() {
        SourceResolutions.Accuracy a = BY_HAND.score(outcome(List.of(predicted("We will win", "Joe Carver"),
                predicted("Not today", null), predicted("Maybe", "Ann Lee"))));
        assertEquals(2, a.judged());
        assertEquals(1, a.unsure());
        assertEquals(2, a.strict());
        // the same predictions are both wrong by the corpus's own coreference
        assertEquals(0, PolnearScorer.sum(outcome(List.of(predicted("We will win", "Joe Carver"),
                predicted("Not today", null)))).strict());
    }

    @Test
    void aNameForAnUnnamedSourceAndAnotherPersonAreWrong() {
        SourceResolutions.Accuracy a = BY_HAND.score(outcome(List.of(predicted("We will win", "Tom Baker"),
                predicted("Not today", "Joe Carver"))));
        assertEquals(2, a.judged());
        assertEquals(0, a.strict());
        assertEquals(0, a.lenient());
    }

    @Test
    void aLineWithoutAnAnswerIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SourceResolutions.parse(List.of("art_a1\tE1")));
    }
}
