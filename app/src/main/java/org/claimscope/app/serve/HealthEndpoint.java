package org.claimscope.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Set;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchRequest;
import org.claimscope.model.Article;

/** {@code GET /api/health}: status, output schema, statements indexed and whether analysis is enabled. */
final class HealthEndpoint extends Endpoint {

    private final QuoteSearcher searcher;
    private final boolean analysis;
    private final ObjectMapper mapper = new ObjectMapper();

    HealthEndpoint(QuoteSearcher searcher, boolean analysis) {
        super(Set.of("GET"));
        this.searcher = searcher;
        this.analysis = analysis;
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        RequestParameters.parse(exchange.getRequestURI().getRawQuery(), Set.of());
        long statements = searcher.count(SearchRequest.builder().build());
        byte[] body = mapper.writeValueAsBytes(mapper.createObjectNode().put("status", "ok")
                .put("schema", Article.SCHEMA).put("statements", statements).put("analyze", analysis));
        send(exchange, 200, JSON, body);
    }
}
