package org.claimscope.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import org.claimscope.index.SearchRequest;
import org.claimscope.index.SearchResult;
import org.claimscope.index.StatementJson;
import org.claimscope.model.ArticleJson;

/**
 * A search result as one JSON object: {@code {"schema", "request", "totalHits", "tookMicros", "hits": [{"snippet",
 * "score", "statement"}], "facets": {dim: {"total", "distinct", "estimated", "values": [{"value", "count"}],
 * "other"}}}}, documented in docs/schema/search-v1.schema.json. The statement is the export record
 * ({@link StatementJson}); {@code other} counts the matches whose value is not listed, so the values and
 * {@code other} add up to {@code total}.
 */
public final class SearchJson {

    /** Names this answer's version (docs/schema/search-v1.schema.json). */
    public static final String SCHEMA = "claimscope/search/1";

    private final ObjectMapper mapper = new ArticleJson(false).mapper();

    /** Writes the result as one line of JSON and flushes. */
    public void write(SearchRequest request, SearchResult result, PrintWriter out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("request", requestNode(request));
        root.put("totalHits", result.totalHits());
        root.put("tookMicros", result.tookMicros());
        ArrayNode hits = root.putArray("hits");
        for (SearchResult.Hit h : result.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("snippet", h.snippet());
            if (Float.isNaN(h.score())) {
                hit.putNull("score");
            } else {
                hit.put("score", h.score());
            }
            hit.set("statement", StatementJson.tree(mapper, h.statement()));
        }
        ObjectNode facets = root.putObject("facets");
        java.util.List<SearchResult.FacetCounts> dims = new java.util.ArrayList<>(result.facets().values());
        dims.sort(java.util.Comparator.comparingInt(c -> HitPrinter.FACET_ORDER.indexOf(c.dimension()) < 0
                ? HitPrinter.FACET_ORDER.size() : HitPrinter.FACET_ORDER.indexOf(c.dimension())));
        for (SearchResult.FacetCounts c : dims) {
            ObjectNode dim = facets.putObject(c.dimension());
            dim.put("total", c.total());
            dim.put("distinct", c.distinct());
            dim.put("estimated", c.estimated());
            ArrayNode values = dim.putArray("values");
            long shown = 0;
            for (SearchResult.FacetValue v : c.values()) {
                values.addObject().put("value", v.value()).put("count", v.count());
                shown += v.count();
            }
            // Estimated counts are rounded one by one, so their sum can pass the rounded total.
            dim.put("other", Math.max(0, c.total() - shown));
        }
        out.println(mapper.writeValueAsString(root));
        out.flush();
    }

    private ObjectNode requestNode(SearchRequest r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("query", r.query());
        n.put("speaker", r.speaker());
        n.put("language", r.language());
        n.put("kind", r.kind());
        n.put("type", r.type());
        n.put("unit", r.unit());
        n.put("min", r.min());
        n.put("max", r.max());
        n.put("since", r.since() == null ? null : r.since().toString());
        n.put("until", r.until() == null ? null : r.until().toString());
        n.put("limit", r.limit());
        n.put("sort", r.sort().name().toLowerCase(java.util.Locale.ROOT));
        return n;
    }
}
