package org.claimscope.app;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimscope.index.ClaimExporter;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchConfig;
import org.claimscope.index.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --index DIR [QUERY] [filters] --format json|jsonl|csv [--out FILE]}: every match, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every matching claim (or quote, with --type quote) as structured records, streaming "
                + "and without a cap. Takes the same QUERY and filters as search."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path indexDir;

    @CommandLine.Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (one array), jsonl (one object a line) "
            + "or csv (default: ${DEFAULT-VALUE}).")
    String format = "jsonl";

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClaimExporter.Format f = ClaimExporter.Format.parse(format);
        SearchRequest request = filters.request().limit(0).facets(false).build();
        long n;
        try (QuoteSearcher searcher = QuoteSearcher.open(IndexDirs.requireIndex(indexDir), SearchConfig.defaults())) {
            ClaimExporter exporter = new ClaimExporter(searcher);
            if (out == null) {
                n = exporter.export(request, f, spec.commandLine().getOut());
            } else {
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export-", ".tmp");
                try {
                    try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8),
                            1 << 16)) {
                        n = exporter.export(request, f, w);
                    }
                    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        String what = "quote".equals(request.type()) ? "quotes" : "claims";
        spec.commandLine().getErr().println("claimscope: exported " + n + " " + what
                + (out == null ? "" : " to " + out));
        spec.commandLine().getErr().flush();
        return 0;
    }
}
