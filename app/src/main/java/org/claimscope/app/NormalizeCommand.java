package org.claimscope.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimscope.model.ArticleJson;
import org.claimscope.pipeline.normalize.NormalizationException;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code normalize FILE…}: the clean text, metadata and language of each file, as JSON. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"Prints the normalized article of each file as JSON: source metadata, language, text and",
                "the language of each paragraph. An e-mail gives its body and each attachment."})
final class NormalizeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @CommandLine.Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TikaNormalizer normalizer = Wiring.normalizer();
        ArticleJson json = new ArticleJson(pretty);
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (Path p : Inputs.expand(files)) {
            try {
                for (var article : normalizer.normalizeAll(p)) {
                    out.println(json.write(article));
                }
            } catch (NormalizationException e) {
                failed++;
                spec.commandLine().getErr().println("claimscope: " + p + ": " + Main.oneLine(e));
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
