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
 * @param facetSample  facets count up to twice this many matches exactly; above that they are estimated from a
 *                     sample of about this size spread over the index ({@link MatchSampler}), which keeps broad
 *                     queries over millions of statements fast (≤ 0 = always exact)
 * @param facetThreads threads that count the matches and their facets while the searching thread ranks and
 *                     highlights the hits (0 = the searching thread does both); a search whose facets find every
 *                     such thread busy counts them itself
 */
public record SearchConfig(String preTag, String postTag, String ellipsis, int maxPassages, int facetLimit,
                           boolean requireAllTerms, int facetSample, int facetThreads) {

    public SearchConfig {
        if (preTag == null || postTag == null || ellipsis == null) {
            throw new IllegalArgumentException("highlight markers must not be null");
        }
        if (maxPassages < 1) {
            throw new IllegalArgumentException("maxPassages must be at least 1");
        }
        if (facetThreads < 0) {
            throw new IllegalArgumentException("facetThreads must not be negative");
        }
    }

    /**
     * {@code **word**} markers, 3 passages, 10 values per facet, all terms required, facets exact up to
     * {@value #DEFAULT_FACET_SAMPLE} matches, facets counted on one more thread when there is more than one core.
     */
    public static SearchConfig defaults() {
        int threads = Runtime.getRuntime().availableProcessors() > 1 ? 1 : 0;
        return new SearchConfig("**", "**", " … ", 3, 10, true, DEFAULT_FACET_SAMPLE, threads);
    }

    /** A sample of this size puts a value with a 1% share within about ±10% of its true count (one standard error). */
    public static final int DEFAULT_FACET_SAMPLE = 10_000;

    public SearchConfig withMarkers(String pre, String post) {
        return new SearchConfig(pre, post, ellipsis, maxPassages, facetLimit, requireAllTerms, facetSample,
                facetThreads);
    }

    public SearchConfig withFacetLimit(int limit) {
        return new SearchConfig(preTag, postTag, ellipsis, maxPassages, limit, requireAllTerms, facetSample,
                facetThreads);
    }

    public SearchConfig withFacetSample(int sample) {
        return new SearchConfig(preTag, postTag, ellipsis, maxPassages, facetLimit, requireAllTerms, sample,
                facetThreads);
    }

    public SearchConfig withFacetThreads(int threads) {
        return new SearchConfig(preTag, postTag, ellipsis, maxPassages, facetLimit, requireAllTerms, facetSample,
                threads);
    }
}
