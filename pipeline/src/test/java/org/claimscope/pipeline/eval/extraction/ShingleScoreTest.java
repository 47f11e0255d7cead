package org.claimscope.pipeline.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void identicalTextsScorePerfectly() {
        assertEquals(new ShingleScore(1, 1), ShingleScore.of("one two three four five", "one two three four five"));
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        // gold: 2 shingles; predicted: the same 2 plus 2 more
        ShingleScore s = ShingleScore.of("a b c d e", "a b c d e f g");
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }

    @Test
    void missingTextLowersRecallOnly() {
        ShingleScore s = ShingleScore.of("a b c d e f g", "a b c d e");
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
    }

    @Test
    void emptyPredictionScoresZero() {
        assertEquals(new ShingleScore(0, 0), ShingleScore.of("a b c d", ""));
    }

    @Test
    void shortTextIsOneShorterShingleAndPunctuationIsIgnored() {
        assertEquals(Map.of(List.of("Olá", "mundo"), 1), ShingleScore.shingles("Olá, mundo!"));
        assertEquals(List.of("São", "Paulo", "2025", "x_y"), ShingleScore.tokens("São-Paulo (2025) x_y"));
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        ShingleScore s = ShingleScore.of("a b c d a b c d", "a b c d");
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.2, s.recall(), 1e-9);
    }
}
