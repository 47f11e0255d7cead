package org.claimscope.pipeline.figures;

/**
 * What counts as a figure. The pipeline wants claims, so by default a lone "one"/"um"/"un"/"ein"
 * (far more often an article or pronoun than a quantity) is reported only when it carries a unit.
 * News conventions (corpus/README.md) further leave out numbers that are not claims: fractions said in
 * words without a unit ("a third of the business"), ages ("Ethan Caldwell, 38,", "a 26-year-old"),
 * scores and vote tallies ("voted 6-3", "venceu por 2 a 1"), numbers that name things ("Room 12", "page 4")
 * and a lone "one"; a number-recognition suite counts them.
 *
 * @param includeBareSmallNumbers report a lone "one"/"um"/"uno"/"un"/"ein" as the number 1
 * @param newsConventions         leave out fractions in words, ages, scores, names and a lone "one"
 * @param rangesAsBounds          report the two bounds of a range as two figures ("between 5% and 7%" = 5% and 7%),
 *                                as suites that score ranges in a model of their own count them elsewhere
 */
public record FigurePolicy(boolean includeBareSmallNumbers, boolean newsConventions, boolean rangesAsBounds) {

    /** Used by the no-arg {@link RuleFigureRecognizer} constructor and thus by the news pipeline. */
    public static final FigurePolicy NEWS = new FigurePolicy(false, true, false);

    /**
     * Every figure, as number-recognition suites count them: no news conventions; a lone "one" only where it counts
     * what follows it ("one more try", not "which one"). {@code analyze --figures all} uses it.
     */
    public static final FigurePolicy ALL_FIGURES = new FigurePolicy(false, false, false);

    /** Every number in the text is a number, articles that read as "one" included. */
    public static final FigurePolicy ALL_NUMBERS = new FigurePolicy(true, false, false);

    /** The same policy with each bound of a range reported as a figure of its own. */
    public FigurePolicy withRangesAsBounds() {
        return new FigurePolicy(includeBareSmallNumbers, newsConventions, true);
    }
}
