package org.claimscope.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.claimscope.index.ClaimExporter;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchRequest;

/**
 * {@code GET /api/export?format=jsonl&q=…}: every match, streamed in chunks as {@code claimscope export} writes
 * it, with no cap. The status line waits for the first bytes, so a bad query is still a 400 and not a cut stream.
 */
final class ExportEndpoint extends Endpoint {

    private static final Set<String> PARAMETERS = SearchEndpoint.with(RequestParameters.FILTERS, "format");

    private final ClaimExporter exporter;

    ExportEndpoint(QuoteSearcher searcher) {
        super(Set.of("GET"));
        this.exporter = new ClaimExporter(searcher);
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        RequestParameters p = RequestParameters.parse(exchange.getRequestURI().getRawQuery(), PARAMETERS);
        String formatName = p.text("format") == null ? "jsonl" : p.text("format");
        ClaimExporter.Format format;
        try {
            format = ClaimExporter.Format.parse(formatName);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        SearchRequest request = p.filters().limit(0).facets(false).build();
        DeferredBody body = new DeferredBody(exchange, contentType(format));
        Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        exporter.export(request, format, out);
        out.flush();
        body.finish(); // not in a finally: after a failure the error answer still has to choose the status

    }

    private static String contentType(ClaimExporter.Format format) {
        return switch (format) {
            case JSON -> JSON;
            case JSONL -> "application/x-ndjson; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
        };
    }

    /** Sends 200 and a chunked body on the first write; until then an error can still choose the status. */
    private static final class DeferredBody extends OutputStream {
        private final HttpExchange exchange;
        private final String contentType;
        private OutputStream body;

        DeferredBody(HttpExchange exchange, String contentType) {
            this.exchange = exchange;
            this.contentType = contentType;
        }

        private OutputStream body() throws IOException {
            if (body == null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(200, 0);
                body = exchange.getResponseBody();
            }
            return body;
        }

        @Override
        public void write(int b) throws IOException {
            body().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            body().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (body != null) {
                body.flush();
            }
        }

        /** Ends the body; sends the headers first when nothing was written (an empty JSON Lines export). */
        void finish() throws IOException {
            body().close();
        }
    }
}
