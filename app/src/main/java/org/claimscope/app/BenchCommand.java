package org.claimscope.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimscope.index.ArticleIndex;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchConfig;
import org.claimscope.index.SearchRequest;
import org.claimscope.model.Article;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench --articles N [--work DIR]}: generates a synthetic corpus and measures normalization, analysis
 * and indexing throughput and search latency against a match-all baseline. Not a test: numbers for people.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a seeded synthetic corpus (Portuguese and English news with quotes and figures), "
                + "then measures normalize, analyze (after a warm-up) and index-only throughput, and search latency "
                + "p50/p99 over a fixed query set against a match-all baseline."})
final class BenchCommand implements Callable<Integer> {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*|\\p{N}[\\p{N}.,]*|\\S");

    @Option(names = "--articles", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles = 5000;

    @Option(names = "--work", paramLabel = "DIR", description = "Work folder for the corpus and the index "
            + "(default: a new temporary folder, deleted afterwards).")
    Path work;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, "
            + "${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles analysed before timing (default: "
            + "${DEFAULT-VALUE}).")
    int warmup = 100;

    @Option(names = "--rounds", paramLabel = "N", description = "Times the query set is run (default: "
            + "${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--search-warmup", paramLabel = "N", description = "Untimed passes over the query set before "
            + "timing (default: ${DEFAULT-VALUE}).")
    int searchWarmup = 2;

    @Option(names = "--search-quotes", paramLabel = "N", description = "Also measure search over an index of at "
            + "least N quotes, grown by indexing dated copies of the analysed articles (default: none).")
    long searchQuotes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || threads < 1 || rounds < 1 || warmup < 0 || searchWarmup < 0 || searchQuotes < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --threads and --rounds must be "
                    + "at least 1; --warmup, --search-warmup and --search-quotes at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter log = spec.commandLine().getErr();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("claimscope-bench") : work;
        try {
            run(dir, out, log);
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private void run(Path dir, PrintWriter out, PrintWriter log) throws Exception {
        Path corpusDir = dir.resolve("corpus");
        Path indexDir = dir.resolve("index");
        deleteTree(corpusDir);
        deleteTree(indexDir);
        deleteTree(dir.resolve("ingest-index"));
        deleteTree(dir.resolve("scale-index"));
        log.printf(Locale.ROOT, "bench: generating %d articles (seed %d) in %s%n", articles, seed, corpusDir);
        log.flush();
        List<Path> files = new SyntheticCorpus(seed).write(corpusDir, articles);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }

        TikaNormalizer normalizer = Wiring.normalizer();
        ArticleAnalyzer analyzer = Wiring.analyzer("en");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            log.println("bench: normalizing");
            log.flush();
            long t0 = System.nanoTime();
            List<NormalizedArticle> normalized = parallel(pool, files, normalizer::normalize);
            long normalizeNanos = System.nanoTime() - t0;
            long tokens = 0;
            for (NormalizedArticle n : normalized) {
                tokens += tokens(n.text());
            }

            log.printf(Locale.ROOT, "bench: warming up on %d articles%n", Math.min(warmup, normalized.size()));
            log.flush();
            parallel(pool, normalized.subList(0, Math.min(warmup, normalized.size())), analyzer::analyze);

            log.println("bench: analyzing");
            log.flush();
            t0 = System.nanoTime();
            List<Article> analyzed = parallel(pool, normalized, analyzer::analyze);
            long analyzeNanos = System.nanoTime() - t0;
            long quotes = analyzed.stream().mapToLong(a -> a.quotes().size()).sum();
            long claims = analyzed.stream().mapToLong(a -> a.claims().size()).sum();

            log.println("bench: indexing");
            log.flush();
            t0 = System.nanoTime();
            try (ArticleIndex index = ArticleIndex.open(indexDir)) {
                parallel(pool, analyzed, a -> {
                    index.upsert(a, "bench-" + a.id(), List.of(a.source().path()));
                    return a;
                });
                index.commit();
            }
            long indexNanos = System.nanoTime() - t0;

            log.println("bench: ingesting end to end (hash, normalize, analyze, index, commit)");
            log.flush();
            Ingester.Summary ingest;
            try (ArticleIndex index = ArticleIndex.open(dir.resolve("ingest-index"))) {
                ingest = new Ingester(index, normalizer, analyzer, Ingester.Options.defaults().withThreads(threads),
                        ProgressReporter.none()).run(CorpusWalker.walk(List.of(corpusDir)));
            }
            if (ingest.failed() > 0 || ingest.analyzed() != articles) {
                throw new IllegalStateException("bench ingest analysed " + ingest.analyzed() + " of " + articles
                        + " articles, " + ingest.failed() + " failed");
            }

            long pt = normalized.stream().filter(n -> "pt".equals(n.language())).count();
            long en = normalized.stream().filter(n -> "en".equals(n.language())).count();
            // Searching measures the index, not a heap full of articles: let them go (copies need the analysed).
            normalized = null;
            List<Article> originals = searchQuotes > 0 ? analyzed : List.of();
            analyzed = null;
            log.println("bench: searching");
            log.flush();
            List<BenchQueries.Named> queries = BenchQueries.build();
            SearchLatency latency;
            try (QuoteSearcher searcher = QuoteSearcher.open(indexDir, SearchConfig.defaults())) {
                latency = SearchLatency.measure(searcher, queries, searchWarmup, rounds);
            }
            ScaledIndex scaled = searchQuotes > 0
                    ? ScaledIndex.build(pool, originals, searchQuotes, dir.resolve("scale-index"), log)
                    : null;
            originals = null;
            SearchLatency scaledLatency = null;
            if (scaled != null) {
                log.println("bench: searching the grown index");
                log.flush();
                try (QuoteSearcher searcher = QuoteSearcher.open(scaled.dir(), SearchConfig.defaults())) {
                    scaledLatency = SearchLatency.measure(searcher, queries, searchWarmup, rounds);
                }
            }

            BenchReport report = new BenchReport(out);
            report.header(articles, bytes, pt, en, threads, seed, quotes, claims);
            report.throughput("normalize (Tika, language)", normalizeNanos, articles, tokens, -1, -1);
            report.throughput("analyze (after warm-up)", analyzeNanos, articles, tokens, quotes, quotes + claims);
            report.throughput("index only (analysed Articles)", indexNanos, articles, tokens, quotes, quotes + claims);
            report.throughput("ingest end to end (warm)", ingest.elapsed().toNanos(), articles, tokens,
                    ingest.quotes(), ingest.quotes() + ingest.claims());
            report.latency("search latency", latency);
            if (scaled != null) {
                report.scaled(scaled);
                report.latency("search latency over the grown index", scaledLatency);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private interface Work<I, O> {
        O apply(I in) throws Exception;
    }

    private static <I, O> List<O> parallel(ExecutorService pool, List<I> inputs, Work<I, O> work) throws Exception {
        List<Future<O>> futures = new ArrayList<>(inputs.size());
        for (I in : inputs) {
            futures.add(pool.submit(() -> work.apply(in)));
        }
        List<O> out = new ArrayList<>(inputs.size());
        for (Future<O> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
