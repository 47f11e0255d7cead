package org.claimscope.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.claimscope.app.SearchJson;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchRequest;
import org.claimscope.index.SearchResult;

/** {@code GET /api/search?q=…&speaker=…&limit=…}: the same JSON as {@code claimscope search --json}. */
final class SearchEndpoint extends Endpoint {

    private static final Set<String> PARAMETERS = with(RequestParameters.FILTERS, "limit", "sort", "facets");

    private final QuoteSearcher searcher;
    private final SearchJson json = new SearchJson();

    SearchEndpoint(QuoteSearcher searcher) {
        super(Set.of("GET"));
        this.searcher = searcher;
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        RequestParameters p = RequestParameters.parse(exchange.getRequestURI().getRawQuery(), PARAMETERS);
        SearchRequest request = p.filters().limit(p.integer("limit", 10, 0, SearchRequest.MAX_LIMIT))
                .sort(p.sort()).facets(p.integer("facets", 1, 0, 1) == 1).build();
        SearchResult result = searcher.search(request);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8))) {
            json.write(request, result, w);
        }
        send(exchange, 200, JSON, body.toByteArray());
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }
}
