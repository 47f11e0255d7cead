package org.claimscope.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.claimscope.index.ArticleIndex;
import org.claimscope.model.Article;

/** An index grown to a target number of quotes from copies of analysed articles, for search latency at scale. */
record ScaledIndex(Path dir, long articles, long quotes, long statements, long nanos, long mergeNanos) {

    /**
     * Indexes rounds of {@link ReplicatedArticles} copies of {@code originals} until {@code targetQuotes} is met, then
     * merges the index into one segment, as {@code ingest --merge} does for an index that is mostly searched.
     */
    static ScaledIndex build(ExecutorService pool, List<Article> originals, long targetQuotes, Path dir,
                             PrintWriter log) throws Exception {
        long perRound = originals.stream().mapToLong(a -> a.quotes().size()).sum();
        long statementsPerRound = originals.stream().mapToLong(a -> a.quotes().size() + a.claims().size()).sum();
        if (perRound == 0) {
            throw new IllegalStateException("the analysed articles hold no quotes to copy");
        }
        int rounds = (int) Math.min(Integer.MAX_VALUE - 1L, (targetQuotes + perRound - 1) / perRound);
        log.printf(Locale.ROOT, "bench: growing an index to %d quotes (%d copies of %d articles)%n",
                perRound * rounds, rounds, originals.size());
        log.flush();
        long t0 = System.nanoTime();
        long t1;
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (int k = 1; k <= rounds; k++) {
                int copy = k;
                List<Future<?>> done = new ArrayList<>(originals.size());
                for (Article a : originals) {
                    done.add(pool.submit(() -> {
                        Article c = ReplicatedArticles.copy(a, copy);
                        index.upsert(c, "bench-" + c.id(), List.of(c.source().path()));
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                if (k % 10 == 0 || k == rounds) {
                    log.printf(Locale.ROOT, "bench: %d of %d copies indexed%n", k, rounds);
                    log.flush();
                }
            }
            index.commit();
            t1 = System.nanoTime();
            log.println("bench: merging the grown index into one segment");
            log.flush();
            index.forceMerge(1);
            index.commit();
        }
        return new ScaledIndex(dir, (long) rounds * originals.size(), perRound * rounds,
                statementsPerRound * rounds, t1 - t0, System.nanoTime() - t1);
    }
}
