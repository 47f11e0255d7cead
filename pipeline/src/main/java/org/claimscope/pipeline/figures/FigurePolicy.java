package org.claimscope.pipeline.figures;

/**
 * What counts as a figure. The pipeline wants claims, so by default a lone "one"/"um"/"un"/"ein"
 * (far more often an article or pronoun than a quantity) is reported only when it carries a unit;
 * an evaluation against a number-recognition suite may count it as the number 1.
 *
 * @param includeBareSmallNumbers report a lone "one"/"um"/"uno"/"un"/"ein" as the number 1
 */
public record FigurePolicy(boolean includeBareSmallNumbers) {

    /** Used by the no-arg {@link RuleFigureRecognizer} constructor and thus by the pipeline. */
    public static final FigurePolicy PIPELINE = new FigurePolicy(false);

    /** Every number in the text is a number, articles that read as "one" included. */
    public static final FigurePolicy ALL_NUMBERS = new FigurePolicy(true);
}
