package org.claimscope.pipeline.eval.corpus;

/** Counts for one group (a language and split): quotes, speakers and figures. */
public final class Tally {

    int goldQuotes;
    int predictedQuotes;
    int matchedQuotes;
    int speakerCorrect;
    int goldFigures;
    int predictedFigures;
    int figuresFound;
    int figuresCorrect;
    int forbiddenSpeakers;
    int articles;
    int failedArticles;

    void add(Tally o) {
        goldQuotes += o.goldQuotes;
        predictedQuotes += o.predictedQuotes;
        matchedQuotes += o.matchedQuotes;
        speakerCorrect += o.speakerCorrect;
        goldFigures += o.goldFigures;
        predictedFigures += o.predictedFigures;
        figuresFound += o.figuresFound;
        figuresCorrect += o.figuresCorrect;
        forbiddenSpeakers += o.forbiddenSpeakers;
        articles += o.articles;
        failedArticles += o.failedArticles;
    }

    public double quotePrecision() {
        return ratio(matchedQuotes, predictedQuotes);
    }

    public double quoteRecall() {
        return ratio(matchedQuotes, goldQuotes);
    }

    public double quoteF1() {
        double p = quotePrecision();
        double r = quoteRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched quotes whose speaker is the gold one (both null counts as right). */
    public double speakerAccuracy() {
        return ratio(speakerCorrect, matchedQuotes);
    }

    /** Share of gold figures found with the right value, unit and qualifier. */
    public double figureAccuracy() {
        return ratio(figuresCorrect, goldFigures);
    }

    public double figurePrecision() {
        return ratio(figuresFound, predictedFigures);
    }

    public int forbiddenSpeakers() {
        return forbiddenSpeakers;
    }

    public int articles() {
        return articles;
    }

    public int failedArticles() {
        return failedArticles;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
