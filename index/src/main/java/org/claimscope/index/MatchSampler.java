package org.claimscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Keeps a sample of a query's matches for facet counting, visiting only as much of the index as it takes.
 *
 * <p>The doc-id space is cut into windows of up to {@value #WINDOW} documents (a few articles; smaller in a small
 * index, so that each stratum still holds at least {@value #MIN_WINDOWS_PER_STRATUM} windows and a value clustered
 * in a few hundred documents, such as one language's, is still met in many places), and the windows into
 * {@value #STRATA} strata by window number modulo {@value #STRATA}. Given the exact number of matches (which
 * Lucene counts far faster than a collector can visit them), the sampler picks just enough strata, in a fixed
 * pseudo-random order, to expect {@code sampleSize} matches, and visits their windows in one pass. Each stratum is
 * spread evenly over the whole index, so the sample is spread over thousands of places rather than a few, and
 * clustering by language or by date (how an index is laid out) does not bias it. A query with at most twice the
 * sample size is visited entirely.
 */
final class MatchSampler {

    static final int STRATA = 64;
    static final int WINDOW = 64;
    static final int MIN_WINDOWS_PER_STRATUM = 16;

    private final int sampleSize;
    private final int[] order;

    /** {@code sampleSize ≤ 0}: always visit every match. {@code seed} fixes the stratum order. */
    MatchSampler(int sampleSize, long seed) {
        this.sampleSize = sampleSize;
        this.order = shuffled(seed);
    }

    /**
     * The matches seen, per segment.
     *
     * @param all whether they are all the matches; otherwise a sample of them
     */
    record Sample(boolean all, List<FacetsCollector.MatchingDocs> visited) {

        long seen() {
            long n = 0;
            for (FacetsCollector.MatchingDocs m : visited) {
                n += m.totalHits();
            }
            return n;
        }
    }

    /** A sample of the matches of {@code query}, of which there are {@code total}. */
    Sample sample(IndexSearcher searcher, Query query, long total) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Leaf> state = new ArrayList<>();
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            state.add(new Leaf(ctx));
        }
        int window = windowFor(searcher.getIndexReader().maxDoc());
        int strata = sampleSize <= 0 || total <= 2L * sampleSize ? STRATA
                : (int) Math.min(STRATA, Math.ceil(STRATA * (double) sampleSize / total));
        if (strata == STRATA) {
            for (Leaf leaf : state) {
                leaf.visitAll(weight);
            }
        } else {
            boolean[] member = new boolean[STRATA];
            for (int i = 0; i < strata; i++) {
                member[order[i]] = true;
            }
            for (Leaf leaf : state) {
                leaf.visitStrata(weight, member, window);
            }
        }
        return new Sample(strata == STRATA, matchingDocs(state));
    }




    /** Window size in documents for an index of {@code maxDoc} documents. */
    static int windowFor(int maxDoc) {
        return Math.max(1, Math.min(WINDOW, maxDoc / (STRATA * MIN_WINDOWS_PER_STRATUM)));
    }

    /** One entry per segment, empty ones included: facet counting pairs entries with segments by position. */
    private static List<FacetsCollector.MatchingDocs> matchingDocs(List<Leaf> state) {
        List<FacetsCollector.MatchingDocs> out = new ArrayList<>(state.size());
        for (Leaf l : state) {
            out.add(new FacetsCollector.MatchingDocs(l.ctx, new BitDocIdSet(l.bits, l.count), l.count, null));
        }
        return out;
    }

    private static int[] shuffled(long seed) {
        int[] a = new int[STRATA];
        for (int i = 0; i < STRATA; i++) {
            a[i] = i;
        }
        Random r = new Random(seed);
        for (int i = STRATA - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** One segment: the matches seen so far. */
    private static final class Leaf {
        final LeafReaderContext ctx;
        final FixedBitSet bits;
        final Bits live;
        int count;

        Leaf(LeafReaderContext ctx) {
            this.ctx = ctx;
            this.bits = new FixedBitSet(Math.max(1, ctx.reader().maxDoc()));
            this.live = ctx.reader().getLiveDocs();
        }

        /** Every match in this segment. */
        void visitAll(Weight weight) throws IOException {
            DocIdSetIterator it = iterator(weight);
            if (it != null) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    count += take(doc);
                }
            }
        }

        /**
         * The matches in this segment's windows whose stratum is a member. Windows are numbered in the global doc-id
         * space, so the first one may have begun in the segment before.
         */
        int visitStrata(Weight weight, boolean[] member, int windowSize) throws IOException {
            int[] gap = gaps(member);
            int max = ctx.reader().maxDoc();
            int base = ctx.docBase;
            DocIdSetIterator it = iterator(weight);
            if (it == null) {
                return 0;
            }
            int added = 0;
            int doc = -1;
            long window = next(base / windowSize, gap);
            while (true) {
                long start = window * windowSize - base;
                if (start >= max) {
                    break;
                }
                long from = Math.max(0, start);
                long to = Math.min(max, start + windowSize);
                if (doc < from) {
                    doc = it.advance((int) from);
                }
                while (doc < to) {
                    added += take(doc);
                    doc = it.nextDoc();
                }
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                // The next member window that can hold the next match.
                window = next(Math.max(window + 1, ((long) doc + base) / windowSize), gap);
            }
            count += added;
            return added;
        }

        /** For each residue, how many windows on the next member stratum is. */
        private static int[] gaps(boolean[] member) {
            int[] gap = new int[STRATA];
            for (int r = 0; r < STRATA; r++) {
                int d = 0;
                while (d < STRATA && !member[(r + d) % STRATA]) {
                    d++;
                }
                gap[r] = d;
            }
            return gap;
        }

        private static long next(long window, int[] gap) {
            return window + gap[(int) (window % STRATA)];
        }

        private DocIdSetIterator iterator(Weight weight) throws IOException {
            ScorerSupplier supplier = weight.scorerSupplier(ctx);
            return supplier == null ? null : supplier.get(Long.MAX_VALUE).iterator();
        }

        private int take(int doc) {
            if (live != null && !live.get(doc)) {
                return 0;
            }
            bits.set(doc);
            return 1;
        }
    }
}
