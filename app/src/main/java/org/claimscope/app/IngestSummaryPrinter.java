package org.claimscope.app;

import java.io.PrintWriter;
import java.util.Locale;

/** The closing summary of an ingest: counts on standard output, failed files with their reasons on errors. */
final class IngestSummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;

    IngestSummaryPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void print(Ingester.Summary s) {
        for (CorpusWalker.Problem p : s.skipped()) {
            err.println("claimscope: warning: " + p);
        }
        for (Ingester.Failure f : s.failures()) {
            err.println("claimscope: failed: " + f.path() + ": " + f.reason());
        }
        err.flush();
        if (s.cancelled()) {
            out.println("interrupted: the files done so far are committed; run again to go on.");
        }
        double secs = Math.max(1e-3, s.elapsed().toNanos() / 1e9);
        out.printf(Locale.ROOT, "files: %d seen, %d analyzed, %d unchanged, %d reused, %d failed, %d removed%n",
                s.seen(), s.analyzed(), s.unchanged(), s.reused(), s.failed(), s.removed());
        out.printf(Locale.ROOT, "found: %d quotes, %d claims, %d stances in the analyzed files%n", s.quotes(),
                s.claims(), s.stances());
        out.printf(Locale.ROOT, "index: %d articles, %d quotes, %d claims, %d stances%n", s.index().articles(),
                s.index().quotes(), s.index().claims(), s.index().stances());
        int done = s.analyzed() + s.unchanged() + s.reused() + s.failed();
        out.printf(Locale.ROOT, "elapsed: %s (%.1f files/s)%n", Durations.format(s.elapsed()), done / secs);
        out.flush();
    }
}
