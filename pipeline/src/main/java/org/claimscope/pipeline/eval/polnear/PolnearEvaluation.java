package org.claimscope.pipeline.eval.polnear;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluation and benchmark on PolNeAR: claimscope on a whole split, and claimscope against stock CoreNLP on the
 * first {@code compareLimit} articles of it (the same articles, the same thread count, throughput measured after a
 * warm-up pass over the first {@code warmup} articles). Tokens are counted the same way for both systems (runs of
 * letters/digits and single other non-space characters), so tokens/s are comparable.
 */
public final class PolnearEvaluation {

    /**
     * What to run: the first {@code limit} articles of {@code split} (all when {@code limit <= 0}); stock CoreNLP on
     * the first {@code compareLimit} of those ({@code compareLimit <= 0} skips it).
     */
    public record Options(Path data, String split, int limit, int compareLimit, int threads, int warmup,
            Path resolutions) {

        /** Without hand resolutions of sources. */
        public Options(Path data, String split, int limit, int compareLimit, int threads, int warmup) {
            this(data, split, limit, compareLimit, threads, warmup, null);
        }

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
        }
    }

    /** One system's run over a list of articles. */
    public record Run(String system, List<PolnearScorer.Outcome> direct, List<PolnearScorer.Outcome> all,
            List<PolnearScorer.Outcome> allQuotes, long tokens, double seconds, int failures) {

        public PolnearScorer.Counts directCounts() {
            return PolnearScorer.sum(direct);
        }

        public PolnearScorer.Counts allCounts() {
            return PolnearScorer.sum(all);
        }

        /** All attributions against the quotes alone, stances left out. */
        public PolnearScorer.Counts allQuoteCounts() {
            return PolnearScorer.sum(allQuotes);
        }

        public double tokensPerSecond() {
            return seconds <= 0 ? 0 : tokens / seconds;
        }
    }

    /** Everything measured, printable. */
    public record Report(String split, int threads, int articles, Run claimscopeAll, Run claimscopeSubset,
            Run stockSubset, SourceResolutions resolutions) {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "PolNeAR %s, %d thread(s)%n", split, threads));
            sb.append(String.format(Locale.ROOT, "%nclaimscope on all %d %s articles:%n", articles, split));
            sb.append(summary(claimscopeAll));
            if (resolutions != null) {
                sb.append(String.format(Locale.ROOT, "  direct quotes, sources resolved by hand where they hold no name: %s%n",
                        resolutions.score(claimscopeAll.direct())));
            }
            if (stockSubset != null) {
                sb.append(String.format(Locale.ROOT, "%nComparison on the first %d %s articles (%d tokens):%n",
                        stockSubset.direct().size(), split, stockSubset.tokens()));
                sb.append(table(claimscopeSubset, stockSubset));
                if (resolutions != null) {
                    SourceResolutions.Accuracy c = resolutions.score(claimscopeSubset.direct());
                    SourceResolutions.Accuracy k = resolutions.score(stockSubset.direct());
                    sb.append(String.format(Locale.ROOT, "  %-34s %12.3f %14.3f%n", "direct speaker, hand-resolved",
                            c.strictAccuracy(), k.strictAccuracy()));
                }
            }
            return sb.toString();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private PolnearEvaluation() {
    }

    /** Runs claimscope on the split and, when asked, the comparison with stock CoreNLP. */
    public static Report run(Options o, Supplier<QuoteSystem> claimscope, Supplier<QuoteSystem> stock)
            throws IOException {
        List<PolnearArticle> articles = PolnearCorpus.load(o.data(), o.split(), o.limit());
        QuoteSystem cs = claimscope.get();
        Run csAll = run(cs, articles, o.threads(), o.warmup());
        Run csSub = null;
        Run stockSub = null;
        if (o.compareLimit() > 0 && stock != null) {
            List<PolnearArticle> subset = articles.subList(0, Math.min(o.compareLimit(), articles.size()));
            csSub = run(cs, subset, o.threads(), o.warmup());
            stockSub = run(stock.get(), subset, o.threads(), o.warmup());
        }
        SourceResolutions resolutions = o.resolutions() == null ? null : SourceResolutions.load(o.resolutions());
        return new Report(o.split(), o.threads(), articles.size(), csAll, csSub, stockSub, resolutions);
    }

    /** The default systems: claimscope's {@code ArticleAnalyzer} and stock CoreNLP. */
    public static Report run(Options o) throws IOException {
        return run(o, ClaimscopeQuotes::new, StockCoreNlpQuotes::new);
    }

    /**
     * Error analysis of claimscope on the <em>train</em> split (never dev or test, so that rule changes are not fitted
     * to what they are measured on): the {@code top} most frequent error categories with examples.
     */
    public static String trainErrors(Path data, int limit, int top) throws IOException {
        List<PolnearArticle> articles = PolnearCorpus.load(data, "train", limit);
        Run r = run(new ClaimscopeQuotes(), articles, 1, 0);
        return String.format(Locale.ROOT, "claimscope on %d train articles:%n", articles.size()) + summary(r)
                + String.format(Locale.ROOT, "%nMost frequent error categories (all attributions, train):%n")
                + new ErrorAnalysis().add(r.all()).report(top);
    }

    /**
     * The gold attributions claimscope misses on the <em>train</em> split, grouped by cue lemma ({@link MissedByCue}):
     * the {@code top} most frequent with examples; all of them, one a line, to {@code tsv} when it is not null.
     */
    public static String trainMissed(Path data, int limit, int top, Path tsv) throws IOException {
        List<PolnearArticle> articles = PolnearCorpus.load(data, "train", limit);
        Run r = run(new ClaimscopeQuotes(), articles, 1, 0);
        MissedByCue missed = new MissedByCue().add(r.all());
        if (tsv != null) {
            missed.writeTsv(tsv);
        }
        return String.format(Locale.ROOT, "claimscope on %d train articles:%n", articles.size()) + summary(r)
                + String.format(Locale.ROOT, "%nMissed gold attributions by cue lemma (train):%n") + missed.report(top);
    }

    /**
     * The direct-quote speaker errors of claimscope on the <em>train</em> split, one per wrong match (at most
     * {@code max}), each with its category, our speaker, the gold source and the quote in its context: what the
     * error categories of {@link #trainErrors} count, to be read one by one.
     */
    public static String trainSpeakerErrors(Path data, int limit, int max) throws IOException {
        List<PolnearArticle> articles = PolnearCorpus.load(data, "train", limit);
        Run r = run(new ClaimscopeQuotes(), articles, 1, 0);
        return String.format(Locale.ROOT, "claimscope on %d train articles:%n", articles.size()) + summary(r)
                + String.format(Locale.ROOT, "%nDirect-quote speaker errors (train):%n")
                + ErrorAnalysis.directSpeakerErrors(r.direct(), max);
    }

    /**
     * Runs {@code system} on {@code articles} with {@code threads} threads: first once over the first
     * {@code warmup} articles (not timed), then over all of them, timed. An article that throws scores as no
     * predictions and is counted as a failure.
     */
    public static Run run(QuoteSystem system, List<PolnearArticle> articles, int threads, int warmup) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            analyze(pool, system, articles.subList(0, Math.min(warmup, articles.size())));
            long tokens = articles.stream().mapToLong(a -> tokens(a.text())).sum();
            long t0 = System.nanoTime();
            List<List<Predicted>> predictions = analyze(pool, system, articles);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<PolnearScorer.Outcome> direct = new ArrayList<>();
            List<PolnearScorer.Outcome> all = new ArrayList<>();
            List<PolnearScorer.Outcome> allQuotes = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < articles.size(); i++) {
                List<Predicted> p = predictions.get(i);
                if (p == null) {
                    failures++;
                    p = List.of();
                }
                direct.add(PolnearScorer.direct(articles.get(i), p));
                all.add(PolnearScorer.all(articles.get(i), p));
                allQuotes.add(PolnearScorer.all(articles.get(i), p.stream().filter(x -> !x.stance()).toList()));
            }
            return new Run(system.name(), direct, all, allQuotes, tokens, seconds, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<List<Predicted>> analyze(ExecutorService pool, QuoteSystem system, List<PolnearArticle> articles) {
        List<Future<List<Predicted>>> futures = new ArrayList<>();
        for (PolnearArticle a : articles) {
            futures.add(pool.submit(() -> system.quotes(a.id(), a.text())));
        }
        List<List<Predicted>> out = new ArrayList<>();
        for (Future<List<Predicted>> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                out.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** System-independent token count: runs of letters/digits, and every other non-space character. */
    public static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String summary(Run r) {
        PolnearScorer.Counts d = r.directCounts();
        PolnearScorer.Counts a = r.allCounts();
        return String.format(Locale.ROOT,
                "  direct quotes:    %s%n  all attributions: %s%n  (quotes only:     %s)%n"
                        + "  %d tokens in %.1f s = %.0f tokens/s, %d failed%n",
                d, a, r.allQuoteCounts(), r.tokens(), r.seconds(), r.tokensPerSecond(), r.failures());
    }

    static String table(Run cs, Run stock) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "  %-34s %12s %14s %8s%n", "metric", cs.system(), stock.system(), "ratio"));
        PolnearScorer.Counts cd = cs.directCounts();
        PolnearScorer.Counts sd = stock.directCounts();
        PolnearScorer.Counts ca = cs.allCounts();
        PolnearScorer.Counts sa = stock.allCounts();
        row(sb, "direct: gold / predicted / matched", cd.gold() + "/" + cd.predicted() + "/" + cd.matched(),
                sd.gold() + "/" + sd.predicted() + "/" + sd.matched());
        row(sb, "direct: merged pieces", String.valueOf(cd.merged()), String.valueOf(sd.merged()));
        row(sb, "direct: on non-direct gold", String.valueOf(cd.outOfScope()), String.valueOf(sd.outOfScope()));
        row(sb, "direct P", cd.precision(), sd.precision());
        row(sb, "direct R", cd.recall(), sd.recall());
        row(sb, "direct F1", cd.f1(), sd.f1());
        row(sb, "direct speaker acc (strict)", cd.strictAccuracy(), sd.strictAccuracy());
        row(sb, "direct speaker acc (lenient)", cd.lenientAccuracy(), sd.lenientAccuracy());
        row(sb, "  named gold sources: matched", String.valueOf(cd.named()), String.valueOf(sd.named()));
        row(sb, "  named: speaker acc (strict)", cd.namedStrictAccuracy(), sd.namedStrictAccuracy());
        row(sb, "  named: speaker acc (lenient)", cd.namedLenientAccuracy(), sd.namedLenientAccuracy());
        row(sb, "all: gold / predicted / matched", ca.gold() + "/" + ca.predicted() + "/" + ca.matched(),
                sa.gold() + "/" + sa.predicted() + "/" + sa.matched());
        row(sb, "all: merged pieces", String.valueOf(ca.merged()), String.valueOf(sa.merged()));
        row(sb, "all P", ca.precision(), sa.precision());
        row(sb, "all R", ca.recall(), sa.recall());
        row(sb, "all F1", ca.f1(), sa.f1());
        row(sb, "all speaker acc (strict)", ca.strictAccuracy(), sa.strictAccuracy());
        row(sb, "all speaker acc (lenient)", ca.lenientAccuracy(), sa.lenientAccuracy());
        row(sb, "  named gold sources: matched", String.valueOf(ca.named()), String.valueOf(sa.named()));
        row(sb, "  named: speaker acc (strict)", ca.namedStrictAccuracy(), sa.namedStrictAccuracy());
        row(sb, "  named: speaker acc (lenient)", ca.namedLenientAccuracy(), sa.namedLenientAccuracy());
        row(sb, "seconds (after warm-up)", cs.seconds(), stock.seconds());
        sb.append(String.format(Locale.ROOT, "  %-34s %12.0f %14.0f %7.1fx%n", "tokens/s", cs.tokensPerSecond(),
                stock.tokensPerSecond(), stock.tokensPerSecond() == 0 ? 0 : cs.tokensPerSecond() / stock.tokensPerSecond()));
        row(sb, "failed articles", String.valueOf(cs.failures()), String.valueOf(stock.failures()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, double a, double b) {
        sb.append(String.format(Locale.ROOT, "  %-34s %12.3f %14.3f %8s%n", label, a, b,
                b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b)));
    }

    private static void row(StringBuilder sb, String label, String a, String b) {
        sb.append(String.format(Locale.ROOT, "  %-34s %12s %14s%n", label, a, b));
    }
}
