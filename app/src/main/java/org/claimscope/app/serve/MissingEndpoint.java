package org.claimscope.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.util.Set;

/** A 404 with a hint, whatever the method: unknown API paths, and the analyze route when it is off. */
final class MissingEndpoint extends Endpoint {

    private final String hint;

    MissingEndpoint(String hint) {
        super(Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        this.hint = hint;
    }

    @Override
    void answer(HttpExchange exchange) {
        throw new NotFoundException("nothing at " + exchange.getRequestURI().getPath() + ": " + hint);
    }
}
