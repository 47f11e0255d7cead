package org.claimscope.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits  exact number of matching statements
 * @param hits       the top {@code limit} of them
 * @param facets     per dimension (type, speaker, language, kind, source), counts over ALL matches; empty when
 *                   facets were not asked for
 * @param tookMicros time spent in the searcher
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<String, FacetCounts> facets, long tookMicros) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching statement. {@code snippet} is the text with matched words between the configured markers
     * (the plain text when nothing is highlighted); {@code score} is NaN when sorted by date.
     */
    public record Hit(Statement statement, String snippet, float score) {
    }

    /** One facet value with its count. */
    public record FacetValue(String value, long count) {
    }

    /**
     * Counts of one dimension: {@code total} matches have a value for it (every statement does; missing ones
     * count as {@value Schema#MISSING}), {@code distinct} values occur, the top of which are in {@code values}.
     * {@code estimated}: the matches were more than twice {@link SearchConfig#facetSample()}, so the counts are scaled up
     * from a sample of them spread evenly over the index (and {@code distinct} counts only the values the sample saw).
     */
    public record FacetCounts(String dimension, long total, int distinct, List<FacetValue> values,
                              boolean estimated) {
        public FacetCounts {
            values = List.copyOf(values);
        }
    }
}
