package org.claimscope.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.claimscope.app.serve.ApiServer;
import org.claimscope.app.serve.TextAnalysis;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchConfig;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --index DIR [--port N] [--analyze]}: the HTTP API and a search page over an index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves an index over HTTP until stopped (Ctrl-C): GET /api/search and /api/export take the "
                + "search and export filters as parameters (q, speaker, lang, kind, type, unit, min, max, since, "
                + "until; limit, sort, facets; format) and answer the same JSON; GET /api/articles/ID gives an "
                + "analysed article; GET /api/health; with --analyze, POST /api/analyze analyses a posted text. "
                + "The page at / searches from a browser. New ingests are picked up without a restart."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path indexDir;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--analyze", description = "Also serve POST /api/analyze (loads the language pipelines on "
            + "first use).")
    boolean analyze;

    @Option(names = "--facets", paramLabel = "N", description = "Values per facet in search answers (default: "
            + "${DEFAULT-VALUE}; 0 = all).")
    int facetLimit = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        }
        SearchConfig config = SearchConfig.defaults().withFacetLimit(facetLimit);
        ApiServer.Options options = new ApiServer.Options(host, port, Duration.ofSeconds(2), 10 << 20);
        CountDownLatch stopped = new CountDownLatch(1);
        try (QuoteSearcher searcher = QuoteSearcher.open(IndexDirs.requireIndex(indexDir), config);
             ApiServer server = ApiServer.start(searcher, analyze ? analysis() : null, options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            spec.commandLine().getErr().println("claimscope: serving " + indexDir + " at " + server.address()
                    + " (Ctrl-C to stop)");
            spec.commandLine().getErr().flush();
            stopped.await();
        }
        return 0;
    }

    private static TextAnalysis analysis() {
        TikaNormalizer normalizer = Wiring.normalizer();
        ArticleAnalyzer analyzer = Wiring.analyzer("en");
        return (body, html, language) -> analyzer.analyze(html
                ? normalizer.fromHtml(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                : normalizer.fromText(body, null, language));
    }
}
