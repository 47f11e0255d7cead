package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimscope.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the news pipeline ({@link FigurePolicy#NEWS}) reports and leaves out, on our own sentences in
 * {@code news.tsv}: ages, scores, clock times, road and index numbers, dates, points in time, vague
 * amounts, fractions in words, ranges without "between", percentage points. Rows list every figure.
 */
class NewsConventionsTest {

    private static final RuleFigureRecognizer RECOGNIZER = new RuleFigureRecognizer();

    static Stream<String[]> cases() throws IOException {
        return TsvCases.rows("news.tsv").map(c -> new String[] {c[0], c[1], c.length > 2 ? c[2] : ""});
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void figuresFound(String lang, String sentence, String expected) {
        List<String> want = TsvCases.figureList(expected);
        List<String> got = RECOGNIZER.recognize(sentence, lang).stream().map(NewsConventionsTest::describe).toList();
        assertEquals(want, got);
    }

    /** "text | type | value | unit", plus " | QUALIFIER low high" ("-" for a missing bound) when qualified. */
    static String describe(Figure f) {
        String s = f.text() + " | " + f.type().name().toLowerCase(Locale.ROOT) + " | " + num(f.value()) + " | "
                + (f.unit() == null ? "-" : f.unit());
        if (f.qualifier() != null) {
            s += " | " + f.qualifier().name() + " " + (f.low() == null ? "-" : num(f.low())) + " "
                    + (f.high() == null ? "-" : num(f.high()));
        }
        return s;
    }

    private static String num(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
