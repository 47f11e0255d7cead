package org.claimscope.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** Visits every live document matching a query, segment by segment in doc-id order, with no cap and no scoring. */
final class AllMatches {

    private AllMatches() {
    }

    /** Called once per segment; returns what to do with each matching doc of that segment. */
    interface PerLeaf {
        PerDoc leaf(LeafReaderContext context) throws IOException;
    }

    interface PerDoc {
        void accept(int doc) throws IOException;
    }

    static void forEach(IndexSearcher searcher, Query query, PerLeaf perLeaf) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(ctx);
            if (supplier == null) {
                continue;
            }
            DocIdSetIterator it = supplier.get(Long.MAX_VALUE).iterator();
            Bits live = ctx.reader().getLiveDocs();
            PerDoc perDoc = perLeaf.leaf(ctx);
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    perDoc.accept(doc);
                }
            }
        }
    }
}
