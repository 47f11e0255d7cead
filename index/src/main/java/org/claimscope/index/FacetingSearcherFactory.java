package org.claimscope.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Builds, once per reader (not per query), the facet ordinal state, the set of field names that hold values and
 * the index layout, so that a query only counts.
 */
final class FacetingSearcherFactory extends SearcherFactory {

    /** The layout of the documents, when the caller writes them; otherwise read from each reader's commit. */
    private final Integer layout;

    /** For a reader over a directory's commits. */
    FacetingSearcherFactory() {
        this.layout = null;
    }

    /** For near-real-time readers of a writer that writes {@code layout}. */
    FacetingSearcherFactory(int layout) {
        this.layout = layout;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetingSearcher(reader, layout != null ? layout : committedLayout(reader));
    }

    private static int committedLayout(IndexReader reader) throws IOException {
        if (!(reader instanceof DirectoryReader d)) {
            return 1;
        }
        return Integer.parseInt(d.getIndexCommit().getUserData().getOrDefault(ArticleIndex.LAYOUT_KEY, "1"));
    }

    static final class FacetingSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facets;
        final Set<String> fields;
        /** {@link ArticleIndex#LAYOUT} of the documents. */
        final int layout;

        FacetingSearcher(IndexReader reader, int layout) throws IOException {
            super(reader);
            this.layout = layout;
            Set<String> names = new HashSet<>();
            for (FieldInfo fi : FieldInfos.getMergedFieldInfos(reader)) {
                // Every document has every text field, most of them empty: count an indexed one when it has terms.
                if (fi.getIndexOptions() == IndexOptions.NONE || reader.getDocCount(fi.name) > 0) {
                    names.add(fi.name);
                }
            }
            this.fields = Set.copyOf(names);
            FacetsConfig config = StatementDocuments.facetsConfig();
            this.facets = names.contains(config.getDimConfig(Schema.FACET_TYPE).indexFieldName)
                    ? new DefaultSortedSetDocValuesReaderState(reader, config)
                    : null;
        }
    }
}
