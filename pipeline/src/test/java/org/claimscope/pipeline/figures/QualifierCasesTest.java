package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.claimscope.pipeline.eval.figures.QualifierCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The qualifier layer in five languages, on our own sentences in {@code corpus/figures/qualifiers.tsv}
 * (scored as {@code claimscope eval figures} scores them: one figure, type, value, unit, qualifier and bounds).
 */
class QualifierCasesTest {

    /** The module's tests run in the module folder, so the project's corpus is one level up. */
    static final Path TABLE = Path.of("../corpus/figures/qualifiers.tsv");

    private static final RuleFigureRecognizer RECOGNIZER = new RuleFigureRecognizer();

    static Stream<QualifierCases.Case> cases() {
        return QualifierCases.read(TABLE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void qualifierValueUnitAndBounds(QualifierCases.Case c) {
        assertNull(QualifierCases.mismatch(c, RECOGNIZER.recognize(c.sentence(), c.language())), c.sentence());
    }
}
