package org.claimscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.claimscope.index.ArticleIndex;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchConfig;
import org.claimscope.index.SearchRequest;
import org.claimscope.model.Article;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.normalize.NormalizationException;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.claimscope.pipeline.normalize.TikaNormalizer;

/**
 * Brings an index up to date with folders of articles, in parallel over files.
 *
 * <p>Per file: hash the bytes; the same hash as indexed for that path means unchanged (no parsing at all).
 * Otherwise normalize, and take the article id from the text ({@link ArticleAnalyzer#contentId}); when an
 * article with that id is already indexed (a copy at another path, or a file whose bytes changed but not its
 * text) its stored analysis is re-used and the path added to it, else the article is analysed. Paths indexed
 * under the given roots that are no longer there are removed at the end; a file that now fails loses its old
 * entry. Changes are committed every {@code commitEveryArticles} changes or {@code commitInterval}, and at the
 * end; {@link #cancel()} stops starting new files, and what is done is committed, so the next run goes on
 * from there.
 */
final class Ingester {

    /**
     * @param threads             worker threads (≥ 1)
     * @param language            the language of every file, or null to detect it per file
     * @param commitEveryArticles commit after this many changed articles
     * @param commitInterval      or after this long since the last commit
     */
    record Options(int threads, String language, int commitEveryArticles, Duration commitInterval) {
        Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            if (commitEveryArticles < 1) {
                throw new IllegalArgumentException("commit interval must be at least 1 article");
            }
        }

        static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), null, 500, Duration.ofSeconds(30));
        }

        Options withThreads(int n) {
            return new Options(n, language, commitEveryArticles, commitInterval);
        }

        Options withLanguage(String lang) {
            return new Options(threads, lang, commitEveryArticles, commitInterval);
        }

        Options withCommitEvery(int articles, Duration interval) {
            return new Options(threads, language, articles, interval);
        }
    }

    /** A file that could not be ingested, and why (one line). */
    record Failure(Path path, String reason) {
    }

    /** Statements in the index after the run. */
    record IndexCounts(long articles, long quotes, long claims, long stances) {
    }

    /**
     * What a run did. {@code reused}: indexed without analysis because an indexed article has the same text;
     * {@code quotes}/{@code claims}/{@code stances}: found in the articles analysed in this run.
     */
    record Summary(int seen, int analyzed, int unchanged, int reused, int removed, List<Failure> failures,
                   List<CorpusWalker.Problem> skipped, long quotes, long claims, long stances, Duration elapsed,
                   boolean cancelled, IndexCounts index) {
        int failed() {
            return failures.size();
        }
    }

    private enum Outcome { ANALYZED, UNCHANGED, REUSED, FAILED, NOT_STARTED }

    private final ArticleIndex index;
    private final TikaNormalizer normalizer;
    private final ArticleAnalyzer analyzer;
    private final Options options;
    private final ProgressReporter progress;

    private volatile boolean cancelled;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Map<String, CompletableFuture<Article>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> doneIds = ConcurrentHashMap.newKeySet();
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong quotes = new AtomicLong();
    private final AtomicLong claims = new AtomicLong();
    private final AtomicLong stances = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private final Object commitLock = new Object();
    private volatile long lastCommitNanos;

    Ingester(ArticleIndex index, TikaNormalizer normalizer, ArticleAnalyzer analyzer, Options options,
             ProgressReporter progress) {
        this.index = index;
        this.normalizer = normalizer;
        this.analyzer = analyzer;
        this.options = options;
        this.progress = progress;
    }

    /** Asks a running {@link #run} to start no more files, finish the ones in hand and commit. */
    void cancel() {
        cancelled = true;
    }

    /** Waits (at most {@code max}) until {@link #run} has committed and returned. */
    boolean awaitFinished(Duration max) throws InterruptedException {
        return finished.await(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    Summary run(CorpusWalker.Listing listing) throws IOException {
        try {
            return doRun(listing);
        } finally {
            finished.countDown();
        }
    }

    private Summary doRun(CorpusWalker.Listing listing) throws IOException {
        long start = System.nanoTime();
        lastCommitNanos = start;
        Map<String, String> known = index.indexedPaths();
        Set<String> knownHashes = new HashSet<>(known.values());
        List<Path> files = listing.files();
        int[] counts = new int[Outcome.values().length];
        progress.start(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), workerThreads());
        try {
            List<Future<Outcome>> futures = new ArrayList<>(files.size());
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    Outcome o = ingest(f, known.get(f.toString()), knownHashes);
                    if (o != Outcome.NOT_STARTED) {
                        progress.step();
                    }
                    return o;
                }));
            }
            for (Future<Outcome> f : futures) {
                counts[await(f).ordinal()]++;
            }
        } finally {
            pool.shutdown();
            progress.close();
        }
        int removed = 0;
        if (!cancelled) {
            Set<String> present = new HashSet<>();
            files.forEach(f -> present.add(f.toString()));
            for (String p : known.keySet()) {
                if (!present.contains(p) && listing.covers(Path.of(p)) && index.deleteByPath(p)) {
                    removed++;
                }
            }
        }
        index.commit();
        List<Failure> failed = new ArrayList<>(failures);
        failed.sort((a, b) -> a.path().compareTo(b.path()));
        return new Summary(files.size(), counts[Outcome.ANALYZED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                counts[Outcome.REUSED.ordinal()], removed, List.copyOf(failed), listing.problems(), quotes.get(),
                claims.get(), stances.get(), Duration.ofNanos(System.nanoTime() - start), cancelled, counts());
    }

    private Outcome ingest(Path file, String previousHash, Set<String> knownHashes) throws IOException {
        if (cancelled) {
            return Outcome.NOT_STARTED;
        }
        String path = file.toString();
        String hash;
        try {
            hash = hash(file);
        } catch (IOException | UncheckedIOException e) {
            return failed(file, previousHash, "cannot read: " + Main.oneLine(e));
        }
        try {
            if (hash.equals(previousHash)) {
                return Outcome.UNCHANGED;
            }
            NormalizedArticle n = normalizer.normalize(file);
            if (options.language() != null) {
                n = n.withLanguage(options.language());
            }
            String id = ArticleAnalyzer.contentId(n.text());
            boolean mayBeIndexed = previousHash != null || knownHashes.contains(hash) || doneIds.contains(id);
            Outcome o = indexArticle(n, id, hash, path, mayBeIndexed);
            doneIds.add(id);
            changed();
            return o;
        } catch (NormalizationException e) {
            return failed(file, previousHash, Main.oneLine(e));
        } catch (UncheckedIOException e) {
            return failed(file, previousHash, "cannot read: " + Main.oneLine(e));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, previousHash, "analysis failed: " + Main.oneLine(e));
        }
    }

    /** Analyses the article, or re-uses the analysis of the same text (in the index or being made now). */
    private Outcome indexArticle(NormalizedArticle n, String id, String hash, String path, boolean mayBeIndexed)
            throws IOException {
        CompletableFuture<Article> mine = new CompletableFuture<>();
        CompletableFuture<Article> other = inFlight.putIfAbsent(id, mine);
        if (other != null) {
            Optional<Article> same = joinQuietly(other);
            if (same.isPresent()) {
                index.upsert(same.get(), hash, List.of(path));
                return Outcome.REUSED;
            }
        }
        try {
            Optional<Article> stored = mayBeIndexed ? index.article(id) : Optional.empty();
            if (stored.isPresent()) {
                index.upsert(stored.get(), hash, List.of(path));
                mine.complete(stored.get());
                return Outcome.REUSED;
            }
            Article a = analyzer.analyze(n);
            index.upsert(a, hash, List.of(path));
            mine.complete(a);
            quotes.addAndGet(a.quotes().size());
            claims.addAndGet(a.claims().size());
            stances.addAndGet(a.stances().size());
            return Outcome.ANALYZED;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    private Outcome failed(Path file, String previousHash, String reason) throws IOException {
        failures.add(new Failure(file, reason));
        if (previousHash != null && index.deleteByPath(file.toString())) {
            changed(); // its old content is no longer in the file
        }
        return Outcome.FAILED;
    }

    /** Counts a change and commits when enough changes or time have gone by since the last commit. */
    private void changed() throws IOException {
        int n = pending.incrementAndGet();
        long now = System.nanoTime();
        if (n >= options.commitEveryArticles() || now - lastCommitNanos >= options.commitInterval().toNanos()) {
            synchronized (commitLock) {
                if (pending.get() >= options.commitEveryArticles()
                        || now - lastCommitNanos >= options.commitInterval().toNanos()) {
                    pending.set(0);
                    lastCommitNanos = System.nanoTime();
                    index.commit();
                }
            }
        }
    }

    private IndexCounts counts() throws IOException {
        try (QuoteSearcher s = index.newSearcher(SearchConfig.defaults())) {
            s.refresh();
            SearchRequest.Builder all = SearchRequest.builder();
            return new IndexCounts(index.articleCount(), s.count(all.type("quote").build()),
                    s.count(all.type("claim").build()), s.count(all.type("stance").build()));
        }
    }

    private static Optional<Article> joinQuietly(CompletableFuture<Article> f) {
        try {
            return Optional.ofNullable(f.join());
        } catch (RuntimeException e) {
            return Optional.empty(); // the other path failed; try this one on its own
        }
    }

    private static Outcome await(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io; // the index itself failed: stop
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(c);
        }
    }

    /** SHA-256 of the file's bytes, streamed. */
    static String hash(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
