package org.claimscope.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Builds, once per reader (not per query), the facet ordinal state and the set of field names that hold values,
 * so that a query only counts.
 */
final class FacetingSearcherFactory extends SearcherFactory {

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetingSearcher(reader);
    }

    static final class FacetingSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facets;
        final Set<String> fields;

        FacetingSearcher(IndexReader reader) throws IOException {
            super(reader);
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
