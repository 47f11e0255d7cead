package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.claimscope.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The qualifier layer in five languages, on our own sentences in {@code qualifiers.tsv}. */
class QualifierCasesTest {

    private static final RuleFigureRecognizer RECOGNIZER = new RuleFigureRecognizer();

    static Stream<String[]> cases() throws IOException {
        return TsvCases.rows("qualifiers.tsv");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void qualifierValueUnitAndBounds(String lang, String sentence, String type, String value, String unit,
                                     String qualifier, String low, String high) {
        List<Figure> found = RECOGNIZER.recognize(sentence, lang);
        assertEquals(1, found.size(), () -> "one figure expected in: " + sentence + " → " + found);
        Figure f = found.get(0);
        assertEquals(type, f.type().json(), sentence);
        assertEquals(Double.parseDouble(value), f.value(), 1e-6 * Math.abs(Double.parseDouble(value)), sentence);
        assertEquals(orNull(unit), f.unit(), sentence);
        assertEquals(orNull(qualifier), f.qualifier() == null ? null : f.qualifier().json(), sentence);
        assertBound(low, f.low(), sentence);
        assertBound(high, f.high(), sentence);
    }

    private static String orNull(String s) {
        return s.equals("-") ? null : s;
    }

    private static void assertBound(String expected, Double actual, String sentence) {
        if (expected.equals("-")) {
            assertEquals(null, actual, sentence);
        } else {
            assertNotNull(actual, sentence);
            assertEquals(Double.parseDouble(expected), actual, 1e-6 * Math.abs(Double.parseDouble(expected)), sentence);
        }
    }
}
