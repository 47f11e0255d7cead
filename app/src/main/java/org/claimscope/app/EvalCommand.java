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
        subcommands = {EvalCommand.Corpus.class, EvalCommand.Figures.class, EvalCommand.Extraction.class,
                EvalCommand.Language.class, PolnearCommand.class})
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

    @Command(name = "figures", mixinStandardHelpOptions = true,
            description = "Pass rates of the figure recognizer on the Recognizers-Text test suite, per language and "
                    + "file, for the part the rules were written against (dev) and the part kept aside (held-out).")
    static final class Figures implements Callable<Integer> {

        @Option(names = "--specs", required = true, paramLabel = "DIR",
                description = "The recognizers-text-specs folder (with Number/ and NumberWithUnit/).")
        Path specs;

        @Option(names = "--all-numbers", description = "Count lone 'one'/'um' as numbers, as the suite does.")
        boolean allNumbers;

        @Option(names = "--failures", paramLabel = "LANG",
                description = "Also list the failed dev cases (never held-out ones) of this language: input, expected, found.")
        String failuresLanguage;

        @Option(names = "--file", paramLabel = "TEXT",
                description = "With --failures: only files whose name contains TEXT (e.g. Currency).")
        String failuresFile;

        @Option(names = "--qualifiers", defaultValue = "corpus/figures/qualifiers.tsv", paramLabel = "FILE",
                description = "Our own qualifier cases, scored after the suite tables (default: ${DEFAULT-VALUE}).")
        Path qualifiers;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var policy = allNumbers
                    ? org.claimscope.pipeline.figures.FigurePolicy.ALL_NUMBERS
                    : org.claimscope.pipeline.figures.FigurePolicy.ALL_FIGURES;
            var report = new org.claimscope.pipeline.eval.figures.RecognizersSpecEvaluation().evaluate(specs,
                    new org.claimscope.pipeline.figures.RuleFigureRecognizer(policy.withRangesAsBounds()),
                    new org.claimscope.pipeline.figures.RuleFigureRecognizer(policy));
            if (report.files().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no spec files under " + specs
                        + " (expected Number/<Language>/NumberModel.json and the like)");
            }
            spec.commandLine().getOut().println(report.toTable());
            spec.commandLine().getOut().println("failures of Number+Percent+Currency by kind (counted, never shown for held-out)");
            spec.commandLine().getOut().println(report.failureKindsTable());
            if (failuresLanguage != null) {
                spec.commandLine().getOut().print(org.claimscope.pipeline.eval.figures.RecognizersSpecEvaluation
                        .devFailures(report, failuresLanguage, failuresFile));
                spec.commandLine().getOut().flush();
            }
            printQualifierCases(spec.commandLine().getOut());
            return 0;
        }

        /** Our qualifier cases, with the pipeline's recognizer (as the test scores them), or a note if absent. */
        private void printQualifierCases(PrintWriter out) {
            if (!java.nio.file.Files.isRegularFile(qualifiers)) {
                out.println("own qualifier cases: " + qualifiers + " not found, skipped");
            } else {
                var cases = org.claimscope.pipeline.eval.figures.QualifierCases.read(qualifiers);
                var results = org.claimscope.pipeline.eval.figures.QualifierCases.evaluate(cases,
                        new org.claimscope.pipeline.figures.RuleFigureRecognizer());
                out.println("own qualifier cases (" + qualifiers + ")");
                out.print(org.claimscope.pipeline.eval.figures.QualifierCases.toTable(results));
            }
            out.flush();
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Main-text extraction from HTML against the article-extraction benchmark: precision, recall "
                    + "and F1 over 4-token shingles, for all pages, the tuning half and the held-out half.")
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "The article-extraction-benchmark folder (html/ and ground-truth.json).")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TikaNormalizer normalizer = Wiring.normalizer();
            var report = org.claimscope.pipeline.eval.extraction.ExtractionBenchmark.run(data,
                    html -> normalizer.fromHtml(html, "benchmark").text());
            PrintWriter out = spec.commandLine().getOut();
            out.println("all       " + report.all());
            out.println("tuning    " + report.tuning());
            out.println("held-out  " + report.heldOut());
            return 0;
        }
    }

    @Command(name = "language", mixinStandardHelpOptions = true,
            description = "Language detection accuracy on labelled sentences and on the corpus paragraphs and articles.")
    static final class Language implements Callable<Integer> {

        @Option(names = "--specs", required = true, paramLabel = "DIR",
                description = "The recognizers-text-specs Number folder (Number/<Language>/*.json).")
        Path specs;

        @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR")
        Path corpus;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var detector = new org.claimscope.pipeline.normalize.LinguaLanguageDetector();
            var report = org.claimscope.pipeline.eval.language.LanguageEvaluation.run(specs, corpus, detector,
                    Wiring.normalizer());
            spec.commandLine().getOut().println(report);
            return 0;
        }
    }
}
