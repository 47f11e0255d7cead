package org.claimscope.index;

/**
 * How a {@link QuoteSearcher} presents results.
 *
 * @param preTag       put before each matched word in snippets
 * @param postTag      put after each matched word
 * @param ellipsis     joins non-adjacent snippet passages
 * @param maxPassages  sentences per snippet
 * @param facetLimit   values shown per facet dimension (≤ 0 = all)
 * @param requireAllTerms true: the words of a query are ANDed ("aposta agressiva" needs both); false: ORed
 */
public record SearchConfig(String preTag, String postTag, String ellipsis, int maxPassages, int facetLimit,
                           boolean requireAllTerms) {

    public SearchConfig {
        if (preTag == null || postTag == null || ellipsis == null) {
            throw new IllegalArgumentException("highlight markers must not be null");
        }
        if (maxPassages < 1) {
            throw new IllegalArgumentException("maxPassages must be at least 1");
        }
    }

    /** {@code **word**} markers, 3 passages, 10 values per facet, all terms required. */
    public static SearchConfig defaults() {
        return new SearchConfig("**", "**", " … ", 3, 10, true);
    }

    public SearchConfig withMarkers(String pre, String post) {
        return new SearchConfig(pre, post, ellipsis, maxPassages, facetLimit, requireAllTerms);
    }

    public SearchConfig withFacetLimit(int limit) {
        return new SearchConfig(preTag, postTag, ellipsis, maxPassages, limit, requireAllTerms);
    }
}
