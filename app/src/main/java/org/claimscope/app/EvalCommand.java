package org.claimscope.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.eval.corpus.CorpusEvaluation;
import org.claimscope.pipeline.eval.corpus.Report;
import org.claimscope.pipeline.normalize.NormalizationException;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Evaluation commands: each prints precision/recall/F1 (or pass rates) against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures accuracy against gold data.",
        subcommands = {EvalCommand.Corpus.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Quotes (P/R/F1), speaker accuracy and figure accuracy on corpus/ gold, "
                    + "per language and split (dev = what the rules were written against, heldout = not).")
    static final class Corpus implements Callable<Integer> {

        @Option(names = "--gold", defaultValue = "corpus/gold", paramLabel = "DIR",
                description = "Folder of gold JSON files (default: ${DEFAULT-VALUE}).")
        Path gold;

        @Option(names = "--split", paramLabel = "SPLIT",
                description = "Only dev or heldout articles (default: both, reported apart).")
        String split;

        @Option(names = "--details", description = "Also list every missed, extra or misattributed item.")
        boolean details;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TikaNormalizer normalizer = Wiring.normalizer();
            ArticleAnalyzer analyzer = Wiring.analyzer("en");
            CorpusEvaluation eval = new CorpusEvaluation(path -> {
                try {
                    return analyzer.analyze(normalizer.normalize(path));
                } catch (NormalizationException e) {
                    throw new IllegalStateException(path + ": " + e.getMessage(), e);
                }
            });
            Report report = eval.evaluate(gold, split);
            PrintWriter out = spec.commandLine().getOut();
            report.print(out, details);
            return 0;
        }
    }
}
