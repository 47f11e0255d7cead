package org.claimscope.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchRequest;

/** Search latencies of the bench query set, per family, and of the match-all baseline run alongside. */
record SearchLatency(int queries, int warmupRounds, int rounds, Map<String, Stats> families, Stats all, Stats baseline,
                     double meanHits) {

    /** Latency percentiles in milliseconds. */
    record Stats(int n, double p50, double p99, double mean) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(0) / 1e6;
            return new Stats(s.length, percentile(s, 0.50) / 1e6, percentile(s, 0.99) / 1e6, mean);
        }

        private static double percentile(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    /**
     * {@code warmupRounds} untimed passes over everything (so the JIT and the page cache settle), then
     * {@code rounds} timed passes, each query followed by the baseline.
     */
    static SearchLatency measure(QuoteSearcher searcher, List<BenchQueries.Named> queries, int warmupRounds,
                                 int rounds) throws IOException {
        SearchRequest baseline = BenchQueries.baseline();
        for (int w = 0; w < warmupRounds; w++) {
            for (BenchQueries.Named q : queries) {
                searcher.search(q.request());
                searcher.search(baseline);
            }
        }
        Map<String, List<Long>> byFamily = new LinkedHashMap<>();
        long[] all = new long[queries.size() * rounds];
        long[] base = new long[queries.size() * rounds];
        long hits = 0;
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (BenchQueries.Named q : queries) {
                long t0 = System.nanoTime();
                hits += searcher.search(q.request()).totalHits();
                long t1 = System.nanoTime();
                searcher.search(baseline);
                long t2 = System.nanoTime();
                all[k] = t1 - t0;
                base[k] = t2 - t1;
                byFamily.computeIfAbsent(q.family(), f -> new ArrayList<>()).add(t1 - t0);
                k++;
            }
        }
        Map<String, Stats> families = new LinkedHashMap<>();
        byFamily.forEach((f, l) -> families.put(f, Stats.of(l.stream().mapToLong(Long::longValue).toArray())));
        return new SearchLatency(queries.size(), warmupRounds, rounds, families, Stats.of(all), Stats.of(base),
                (double) hits / k);
    }
}
