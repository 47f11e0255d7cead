package org.claimscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Collects only the documents that pass a filter, checking the filter for each document offered instead of
 * intersecting it inside the query. A scoring query inside a conjunction with a dense filter scores every match;
 * on its own it skips blocks whose best score cannot reach the top k (block-max WAND). Skipping stays right under
 * the filter: a document too weak for the top k without the filter is too weak with it.
 */
final class PostFilter<C extends Collector, T> implements CollectorManager<PostFilter.Filtering<C>, T> {

    private final Weight filter;
    private final CollectorManager<C, T> delegate;

    PostFilter(Weight filter, CollectorManager<C, T> delegate) {
        this.filter = filter;
        this.delegate = delegate;
    }

    /** The non-scoring weight of {@code filter}, to reuse for costs and collection. */
    static Weight weight(IndexSearcher searcher, Query filter) throws IOException {
        return searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** Estimated matches of {@code query} over the whole index. */
    static long cost(IndexSearcher searcher, Query query) throws IOException {
        return cost(searcher, weight(searcher, query));
    }

    /** Estimated matches of {@code weight} over the whole index. */
    static long cost(IndexSearcher searcher, Weight weight) throws IOException {
        long cost = 0;
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            ScorerSupplier s = weight.scorerSupplier(ctx);
            cost += s == null ? 0 : s.cost();
        }
        return cost;
    }

    @Override
    public Filtering<C> newCollector() throws IOException {
        return new Filtering<>(delegate.newCollector(), filter);
    }

    @Override
    public T reduce(Collection<Filtering<C>> collectors) throws IOException {
        List<C> inner = new ArrayList<>(collectors.size());
        collectors.forEach(c -> inner.add(c.inner));
        return delegate.reduce(inner);
    }

    static final class Filtering<C extends Collector> extends FilterCollector {
        private final C inner;
        private final Weight filter;

        Filtering(C inner, Weight filter) {
            super(inner);
            this.inner = inner;
            this.filter = filter;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            ScorerSupplier supplier = filter.scorerSupplier(context);
            if (supplier == null) {
                throw new CollectionTerminatedException(); // nothing in this segment passes
            }
            DocIdSetIterator passing = supplier.get(Long.MAX_VALUE).iterator();
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    int at = passing.docID();
                    if (at < doc) {
                        at = passing.advance(doc);
                    }
                    if (at == doc) {
                        in.collect(doc);
                    }
                }
            };
        }
    }
}
