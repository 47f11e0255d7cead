package org.claimscope.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.model.ArticleJson;

/** {@code GET /api/articles/ID}: the analysed article as indexed (schema claimscope/article), by its id. */
final class ArticleEndpoint extends Endpoint {

    private final QuoteSearcher searcher;
    private final ArticleJson json = new ArticleJson(false);

    ArticleEndpoint(QuoteSearcher searcher) {
        super(Set.of("GET"));
        this.searcher = searcher;
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        RequestParameters.parse(exchange.getRequestURI().getRawQuery(), Set.of());
        String id = remainder(exchange);
        if (id.isEmpty()) {
            throw new BadRequestException("give an article id: /api/articles/ID (each hit's statement.articleId)");
        }
        var article = searcher.article(id)
                .orElseThrow(() -> new NotFoundException("no article with id \"" + id + "\" in the index"));
        send(exchange, 200, JSON, json.write(article).getBytes(StandardCharsets.UTF_8));
    }
}
