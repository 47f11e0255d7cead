package org.claimscope.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** {@code GET /}: a one-page search form over the API, for readers who do not want the command line. */
final class PageEndpoint extends Endpoint {

    private final byte[] page;

    PageEndpoint() {
        super(Set.of("GET"));
        try (InputStream in = PageEndpoint.class.getResourceAsStream("search.html")) {
            if (in == null) {
                throw new IllegalStateException("search.html missing from the application jar");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/") && !path.equals("/index.html")) {
            throw new NotFoundException("nothing at " + path + " (the API is under /api/)");
        }
        send(exchange, 200, "text/html; charset=utf-8", page);
    }
}
