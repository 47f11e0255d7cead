package org.claimscope.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimscope.pipeline.eval.polnear.PolnearEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval polnear}: attribution accuracy and throughput on the PolNeAR corpus (not shipped; pass its folder),
 * claimscope against stock CoreNLP on the same articles.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Direct quotes and all attributions (P/R/F1, speaker accuracy) and tokens/s on PolNeAR, "
                + "claimscope vs stock CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote).")
final class PolnearCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The PolNeAR repository folder (holding data/<split>/{text,attributions,corenlp}).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
            description = "train or dev (default: ${DEFAULT-VALUE}). Keep test for a final, single run.")
    String split;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "Only the first N articles of the split (default: all).")
    int limit;

    @Option(names = "--compare", defaultValue = "40", paramLabel = "N",
            description = "Run stock CoreNLP on the first N articles, and claimscope on the same (default: "
                    + "${DEFAULT-VALUE}; 0 skips CoreNLP, which runs at about 150 tokens/s).")
    int compare;

    @Option(names = "--resolutions", paramLabel = "FILE",
            description = "Hand resolutions of sources that hold no name (article, attribution, name|NULL|UNSURE; "
                    + "corpus/polnear/dev-source-resolutions.tsv for dev): also prints the direct-quote speaker "
                    + "accuracy with them.")
    Path resolutions;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Threads, the same for both systems (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N",
            description = "Articles analysed once, untimed, before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--train-errors", paramLabel = "N",
            description = "Instead: the N most frequent claimscope error categories on the train split, with examples.")
    Integer trainErrors;

    @Option(names = "--train-speakers", paramLabel = "N",
            description = "Instead: the direct quotes on the train split whose speaker is wrong (the first N, with "
                    + "context), after counts per category.")
    Integer trainSpeakers;

    @Option(names = "--train-missed", paramLabel = "N",
            description = "Instead: the missed gold attributions on the train split grouped by cue lemma, the N most "
                    + "frequent lemmas with examples.")
    Integer trainMissed;

    @Option(names = "--missed-tsv", paramLabel = "FILE",
            description = "With --train-missed: also write every missed attribution to FILE, one a line.")
    Path missedTsv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (trainMissed != null) {
            out.print(PolnearEvaluation.trainMissed(data, limit, trainMissed, missedTsv));
        } else if (trainSpeakers != null) {
            out.print(PolnearEvaluation.trainSpeakerErrors(data, limit, trainSpeakers));
        } else if (trainErrors != null) {
            out.print(PolnearEvaluation.trainErrors(data, limit, trainErrors));
        } else {
            out.print(PolnearEvaluation.run(
                    new PolnearEvaluation.Options(data, split, limit, compare, threads, warmup, resolutions)));
        }
        out.flush();
        return 0;
    }
}
