package org.claimscope.app.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.claimscope.index.QuoteSearcher;

/**
 * The HTTP API over one index: search, export, articles, health, an optional analyze route, and a search page.
 * Uses the JDK's built-in HTTP server with a virtual thread per request; the searcher is refreshed on a timer,
 * so statements an {@code ingest} commits while the server runs become searchable without a restart.
 */
public final class ApiServer implements AutoCloseable {

    /**
     * @param host          address to bind ("127.0.0.1" keeps the API on this machine)
     * @param port          port, 0 for any free one
     * @param refreshEvery  how often to look for new index commits
     * @param maxBodyBytes  largest document the analyze route accepts
     */
    public record Options(String host, int port, Duration refreshEvery, int maxBodyBytes) {
        public static Options local(int port) {
            return new Options("127.0.0.1", port, Duration.ofSeconds(2), 10 << 20);
        }
    }

    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService refresher;

    private ApiServer(HttpServer server, ExecutorService requests, ScheduledExecutorService refresher) {
        this.server = server;
        this.requests = requests;
        this.refresher = refresher;
    }

    /**
     * Starts serving {@code searcher} (which the caller closes after this server).
     *
     * @param analysis the analyze route's pipeline, or null to leave that route out
     */
    public static ApiServer start(QuoteSearcher searcher, TextAnalysis analysis, Options options)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        server.createContext("/api/search", new SearchEndpoint(searcher));
        server.createContext("/api/export", new ExportEndpoint(searcher));
        server.createContext("/api/articles", new ArticleEndpoint(searcher));
        server.createContext("/api/health", new HealthEndpoint(searcher, analysis != null));
        server.createContext("/api/analyze", analysis == null
                ? new MissingEndpoint("analysis is off (start the server with --analyze)")
                : new AnalyzeEndpoint(analysis, options.maxBodyBytes()));
        server.createContext("/api/", new MissingEndpoint("the API has search, export, articles/ID, health and "
                + "analyze"));
        server.createContext("/", new PageEndpoint());
        ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(requests);
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimscope-index-refresh");
            t.setDaemon(true);
            return t;
        });
        long every = options.refreshEvery().toMillis();
        refresher.scheduleWithFixedDelay(() -> {
            try {
                searcher.refresh();
            } catch (IOException | RuntimeException e) {
                // The old view stays open and keeps answering; the next tick tries again.
            }
        }, every, every, TimeUnit.MILLISECONDS);
        server.start();
        return new ApiServer(server, requests, refresher);
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getHostString() + ":" + a.getPort() + "/");
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops the refresh timer. */
    @Override
    public void close() {
        refresher.shutdownNow();
        server.stop(1);
        requests.shutdown();
    }
}
