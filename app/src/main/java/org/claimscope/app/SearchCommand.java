package org.claimscope.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchConfig;
import org.claimscope.index.SearchRequest;
import org.claimscope.index.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code search --index DIR QUERY [filters]}: highlighted quotes and claims, with facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the quotes and claims of an index. Each hit shows the statement with the matching "
                + "words between ** **, its speaker and role, kind, source, date and figures; facet counts "
                + "(speakers, languages, kinds, sources, types) cover every match."})
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path indexDir;

    @CommandLine.Mixin
    FilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}; counts "
            + "and facets cover all matches).")
    int limit = 10;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, newest or oldest (default: "
            + "${DEFAULT-VALUE}).")
    String sort = "relevance";

    @Option(names = "--facets", paramLabel = "N", description = "Values shown per facet (default: ${DEFAULT-VALUE}; "
            + "0 = all).")
    int facetLimit = 10;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be between 0 and "
                    + SearchRequest.MAX_LIMIT + " (use export for more)");
        }
        SearchRequest request = filters.request().limit(limit).sort(parseSort(sort)).facets(true).build();
        SearchConfig config = SearchConfig.defaults().withFacetLimit(facetLimit);
        SearchResult result;
        try (QuoteSearcher searcher = QuoteSearcher.open(IndexDirs.requireIndex(indexDir), config)) {
            result = searcher.search(request);
        }
        if (json) {
            new SearchJson().write(request, result, spec.commandLine().getOut());
        } else {
            new HitPrinter(spec.commandLine().getOut()).print(request, result);
        }
        return 0;
    }

    private SearchRequest.Sort parseSort(String s) {
        try {
            return SearchRequest.Sort.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sort must be relevance, newest or oldest, "
                    + "was " + s);
        }
    }
}
