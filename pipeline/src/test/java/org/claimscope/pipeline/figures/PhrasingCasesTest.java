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
 * Classes of number phrasing (fractions, scales, hyphenated amounts, currency codes, digit
 * groupings, …) on our own sentences in {@code phrasings.tsv}: every figure found, in order, with
 * its text, type, value and unit, under {@link FigurePolicy#ALL_FIGURES} (recognition without the news
 * conventions, which {@code news.tsv} covers). Rows list all figures, so a stray extra figure fails too.
 */
class PhrasingCasesTest {

    private static final RuleFigureRecognizer RECOGNIZER = new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES);

    static Stream<String[]> cases() throws IOException {
        return TsvCases.rows("phrasings.tsv").map(c -> new String[] {c[0], c[1], c.length > 2 ? c[2] : ""});
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void figuresFound(String lang, String sentence, String expected) {
        List<String> want = TsvCases.figureList(expected);
        List<String> got = RECOGNIZER.recognize(sentence, lang).stream().map(PhrasingCasesTest::describe).toList();
        assertEquals(want, got);
    }

    /** "text | type | value | unit", the value printed without trailing zeros. */
    private static String describe(Figure f) {
        String v = new java.math.BigDecimal(f.value()).round(new java.math.MathContext(10)).stripTrailingZeros()
                .toPlainString();
        return f.text() + " | " + f.type().name().toLowerCase(Locale.ROOT) + " | " + v + " | "
                + (f.unit() == null ? "-" : f.unit());
    }
}
