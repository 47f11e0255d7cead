package org.claimscope.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One route of the API. Subclasses answer one request; this class checks the method and turns failures into
 * JSON errors ({@code {"error": "…"}}): bad parameters and query syntax 400, unknown things 404, anything else
 * 500 — never a stack trace to the client, and one failed request never stops the server.
 */
abstract class Endpoint implements HttpHandler {

    static final String JSON = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Set<String> methods;

    Endpoint(Set<String> methods) {
        this.methods = methods;
    }

    /** Answers the request; throws {@link BadRequestException} or {@link NotFoundException} for client errors. */
    abstract void answer(HttpExchange exchange) throws IOException;

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!methods.contains(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
                error(exchange, 405, "method " + exchange.getRequestMethod() + " not allowed here");
                return;
            }
            try {
                answer(exchange);
            } catch (BadRequestException | IllegalArgumentException e) { // incl. QuerySyntaxException and request checks
                error(exchange, 400, e.getMessage());
            } catch (NotFoundException e) {
                error(exchange, 404, e.getMessage());
            } catch (IOException | RuntimeException e) {
                error(exchange, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends an error unless the response has already started (then the stream is cut, which clients see). */
    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        ObjectNode body = MAPPER.createObjectNode().put("error", message == null ? "failed" : message)
                .put("status", status);
        send(exchange, status, JSON, MAPPER.writeValueAsBytes(body));
    }

    /** The path below the route's prefix, without a leading slash ("" when none). */
    static String remainder(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String prefix = exchange.getHttpContext().getPath();
        String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
