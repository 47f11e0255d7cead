package org.claimscope.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints the bench numbers as aligned tables. */
final class BenchReport {

    private final PrintWriter out;

    BenchReport(PrintWriter out) {
        this.out = out;
    }

    void header(int articles, long bytes, long pt, long en, int threads, long seed, long quotes, long claims) {
        out.printf(Locale.ROOT, "claimscope bench: %d articles (%d pt, %d en, %d other; %.1f MB), seed %d, %d threads,"
                        + " %d cores, Java %s%n", articles, pt, en, articles - pt - en, bytes / 1e6, seed, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf(Locale.ROOT, "found %d quotes and %d claims (%.2f quotes/article)%n%n", quotes, claims,
                (double) quotes / articles);
        out.printf(Locale.ROOT, "%-32s %9s %12s %12s %11s %14s%n", "stage", "time", "articles/s", "tokens/s",
                "quotes/s", "statements/s");
    }

    void throughput(String stage, long nanos, long articles, long tokens, long quotes, long statements) {
        double s = nanos / 1e9;
        out.printf(Locale.ROOT, "%-32s %8.1fs %12.1f %12.0f %11s %14s%n", stage, s, articles / s, tokens / s,
                quotes < 0 ? "-" : String.format(Locale.ROOT, "%.1f", quotes / s),
                statements < 0 ? "-" : String.format(Locale.ROOT, "%.1f", statements / s));
        out.flush();
    }

    void scaled(ScaledIndex s) {
        out.printf(Locale.ROOT, "%ngrown index: %d articles, %d quotes, %d statements (copies of the analysed "
                + "articles), indexed in %.1fs (%.0f statements/s), merged into one segment in %.1fs%n", s.articles(),
                s.quotes(), s.statements(), s.nanos() / 1e9, s.statements() / (s.nanos() / 1e9), s.mergeNanos() / 1e9);
    }

    void latency(String title, SearchLatency l) {
        out.printf(Locale.ROOT, "%n%s: %d queries x %d rounds after %d untimed (10 hits + facets each; mean %.0f "
                + "matches)%n", title, l.queries(), l.rounds(), l.warmupRounds(), l.meanHits());
        out.printf(Locale.ROOT, "%-22s %7s %10s %10s %10s %12s %12s%n", "queries", "runs", "p50 ms", "p99 ms", "mean ms",
                "p50/base", "p99/base");
        for (Map.Entry<String, SearchLatency.Stats> e : l.families().entrySet()) {
            row(e.getKey(), e.getValue(), l.baseline());
        }
        row("all", l.all(), l.baseline());
        row("baseline (match-all)", l.baseline(), l.baseline());
        out.flush();
    }

    private void row(String name, SearchLatency.Stats s, SearchLatency.Stats base) {
        out.printf(Locale.ROOT, "%-22s %7d %10.3f %10.3f %10.3f %11.2fx %11.2fx%n", name, s.n(), s.p50(), s.p99(),
                s.mean(), s.p50() / base.p50(), s.p99() / base.p99());
    }
}
