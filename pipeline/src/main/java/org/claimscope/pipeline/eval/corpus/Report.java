package org.claimscope.pipeline.eval.corpus;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scores of a corpus evaluation, per "language/split" group, and the problems behind them. */
public record Report(Map<String, Tally> groups, List<String> problems) {

    public Tally group(String language, String split) {
        Tally t = groups.get(language + "/" + split);
        if (t == null) {
            throw new IllegalArgumentException("no gold articles for " + language + "/" + split);
        }
        return t;
    }

    public void print(PrintWriter out, boolean details) {
        out.println(String.format(Locale.ROOT, "%-14s %4s %6s %6s %6s %8s %8s %8s %6s",
                "group", "docs", "quoteP", "quoteR", "quoteF1", "speaker", "figAcc", "figPrec", "wrongSpk"));
        for (Map.Entry<String, Tally> e : groups.entrySet()) {
            Tally t = e.getValue();
            out.println(String.format(Locale.ROOT, "%-14s %4d %6.3f %6.3f %6.3f %8.3f %8.3f %8.3f %6d",
                    e.getKey(), t.articles(), t.quotePrecision(), t.quoteRecall(), t.quoteF1(),
                    t.speakerAccuracy(), t.figureAccuracy(), t.figurePrecision(), t.forbiddenSpeakers()));
        }
        if (details) {
            out.println();
            problems.forEach(out::println);
        }
        out.flush();
    }
}
