package org.claimscope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimscope.index.ArticleIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest DIR… --index DIR}: analyses folders of articles into one index, incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses every supported file under the folders into one search index.",
                "A second run skips unchanged files, re-does changed ones and removes deleted ones.",
                "Exit status: 0 all went well, 1 some file failed (listed with its reason), 130 interrupted."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders (walked recursively) or files.")
    List<Path> roots;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder (created if "
            + "needed).")
    Path indexDir;

    @Option(names = "--threads", paramLabel = "N", description = "Files analysed at once (default: all cores, "
            + "${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of every file (pt, en, es …) instead "
            + "of detecting it.")
    String lang;

    @Option(names = "--commit-every", paramLabel = "N", description = "Commit after N changed articles "
            + "(default: ${DEFAULT-VALUE}) or --commit-seconds, whichever comes first.")
    int commitEvery = 500;

    @Option(names = "--commit-seconds", paramLabel = "S", description = "Commit at least every S seconds "
            + "(default: ${DEFAULT-VALUE}).")
    int commitSeconds = 30;

    @Option(names = "--merge", description = "Afterwards merge the index into one segment: the ingest takes longer, "
            + "searches get faster. Worth it for an index that is mostly searched.")
    boolean merge;

    @Option(names = "--quiet", description = "No progress, only the summary.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (commitEvery < 1 || commitSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "commit intervals must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CorpusWalker.Listing listing = CorpusWalker.walk(roots);
        Files.createDirectories(indexDir);
        Ingester.Options options = Ingester.Options.defaults().withThreads(threads)
                .withLanguage(lang == null ? null : lang.strip().toLowerCase(Locale.ROOT))
                .withCommitEvery(commitEvery, Duration.ofSeconds(commitSeconds));
        ProgressReporter progress = quiet ? ProgressReporter.none()
                : ProgressReporter.forConsole("ingest", System.err, err);
        CountDownLatch over = new CountDownLatch(1);
        Ingester.Summary summary;
        try (ArticleIndex index = ArticleIndex.open(indexDir)) {
            Ingester ingester = new Ingester(index, Wiring.normalizer(), Wiring.analyzer(lang == null ? "en" : lang),
                    options, progress);
            // Ctrl-C: start no more files, commit what is done, print the summary, then let the JVM go.
            Thread onInterrupt = new Thread(() -> {
                ingester.cancel();
                try {
                    over.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ingest-interrupt");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                summary = ingester.run(listing);
                if (merge && !summary.cancelled()) {
                    if (!quiet) {
                        err.println("ingest: merging the index into one segment");
                        err.flush();
                    }
                    index.forceMerge(1);
                }
                index.close();
                new IngestSummaryPrinter(out, err).print(summary);
            } finally {
                removeHook(onInterrupt);
                over.countDown();
            }
        }
        if (summary.cancelled()) {
            return 130;
        }
        return summary.failed() == 0 ? 0 : 1;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is running and waits for us
        }
    }
}
