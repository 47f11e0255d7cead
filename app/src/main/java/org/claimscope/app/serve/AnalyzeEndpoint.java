package org.claimscope.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.claimscope.model.Article;
import org.claimscope.model.ArticleJson;

/**
 * {@code POST /api/analyze[?lang=pt]}: analyses the body and answers the article JSON (as {@code claimscope
 * analyze}). The body is plain text, HTML ({@code Content-Type: text/html}) or, as in {@code analyze --jsonl},
 * a JSON object {@code {"id"?, "text", "lang"?}} whose id is echoed back.
 */
final class AnalyzeEndpoint extends Endpoint {

    private final TextAnalysis analysis;
    private final int maxBytes;
    private final ArticleJson json = new ArticleJson(false);

    AnalyzeEndpoint(TextAnalysis analysis, int maxBytes) {
        super(Set.of("POST"));
        this.analysis = analysis;
        this.maxBytes = maxBytes;
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        RequestParameters p = RequestParameters.parse(exchange.getRequestURI().getRawQuery(), Set.of("lang"));
        byte[] bytes = readBody(exchange);
        String type = mediaType(exchange);
        String lang = p.text("lang");
        JsonNode id = null;
        String text;
        if (type.equals("application/json")) {
            JsonNode node;
            try {
                node = json.mapper().readTree(bytes);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new BadRequestException("body is not JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.path("text").isTextual()) {
                throw new BadRequestException("a JSON body needs a \"text\" string");
            }
            id = node.get("id");
            text = node.get("text").asText();
            lang = node.hasNonNull("lang") ? node.get("lang").asText() : lang;
        } else {
            text = utf8(bytes);
        }
        if (text.isBlank()) {
            throw new BadRequestException("empty document");
        }
        Article article = analysis.analyze(text, type.equals("text/html"), lang);
        ObjectNode result = json.mapper().valueToTree(article);
        if (id != null) {
            result.set("id", id);
        }
        send(exchange, 200, JSON, json.mapper().writeValueAsBytes(result));
    }

    private byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new BadRequestException("document larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private static String mediaType(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Content-Type");
        if (header == null) {
            return "text/plain";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
