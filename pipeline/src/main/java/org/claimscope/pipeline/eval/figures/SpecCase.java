package org.claimscope.pipeline.eval.figures;

import java.util.List;

/** One test sentence of a recognizers-text spec file with its expected results. */
record SpecCase(int index, String input, List<Expected> expected) {

    /**
     * An expected result. {@code end} is exclusive (the spec's inclusive End + 1); {@code value}
     * may be null (e.g. a bare "rmb"); {@code low}/{@code high} are set for number ranges.
     */
    record Expected(String text, int start, int end, Double value, String isoCurrency, Double low, Double high) { }
}
