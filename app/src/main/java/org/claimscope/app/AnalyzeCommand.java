package org.claimscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimscope.model.Article;
import org.claimscope.model.ArticleJson;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.FigurePolicy;
import org.claimscope.pipeline.normalize.NormalizationException;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze FILE…|-}: one JSON object per article; {@code --jsonl}: JSON Lines in, JSON Lines out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyzes articles and prints one JSON object per article (schema "
                + Article.SCHEMA + ").",
                "Files may be folders (walked recursively) or - for text on standard input.",
                "With --jsonl, reads {\"id\", \"text\", \"lang\"?} lines from standard input and writes one result"
                        + " line per input line with the same id."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files or folders to analyze, or - for stdin.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--jsonl", description = "Read JSON Lines from stdin, write JSON Lines to stdout.")
    boolean jsonl;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of all input (pt, en, es …), "
            + "instead of detecting it.")
    String lang;

    /** Which numbers are figures. */
    enum Figures {
        news(FigurePolicy.NEWS),
        all(FigurePolicy.ALL_FIGURES);

        final FigurePolicy policy;

        Figures(FigurePolicy policy) {
            this.policy = policy;
        }
    }

    @Option(names = "--figures", paramLabel = "WHICH", defaultValue = "news",
            description = "news (default): the figures a claim can carry, leaving out ages, scores, numbers that "
                    + "name things (\"Room 12\") and fractions in words; all: every number, as number-recognition "
                    + "test suites count them (what `eval figures` scores).")
    Figures figures;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private int analyzed;
    private long quotes;
    private long claims;

    @Override
    public Integer call() throws Exception {
        if (!jsonl && files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give FILE(s), - or --jsonl");
        }
        ArticleJson json = new ArticleJson(pretty && !jsonl);
        TikaNormalizer normalizer = Wiring.normalizer();
        ArticleAnalyzer analyzer = Wiring.analyzer(lang == null ? "en" : lang, figures.policy);
        PrintWriter err = spec.commandLine().getErr();
        try (PrintWriter w = out == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            long started = System.nanoTime();
            int failed = jsonl ? jsonLines(normalizer, analyzer, json, w, err) : files(normalizer, analyzer, json, w, err);
            w.flush();
            if (out != null) {
                err.printf("claimscope: %d articles analyzed (%d quotes, %d claims), %d failed, in %.1f s -> %s%n",
                        analyzed, quotes, claims, failed, (System.nanoTime() - started) / 1e9, out);
                err.flush();
            }
            return failed == 0 ? 0 : 1;
        }
    }

    private int files(TikaNormalizer normalizer, ArticleAnalyzer analyzer, ArticleJson json, PrintWriter w,
                      PrintWriter err) throws Exception {
        int failed = 0;
        List<Path> paths = new ArrayList<>();
        boolean stdin = files.remove(Path.of("-"));
        paths.addAll(Inputs.expand(files));
        if (stdin) {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            Article article = analyzer.analyze(normalizer.fromText(text, null, lang));
            count(article);
            w.println(json.write(article));
        }
        for (Path p : paths) {
            try {
                // an e-mail gives its body and each readable attachment as articles of their own
                for (NormalizedArticle n : normalizer.normalizeAll(p)) {
                    // --lang is the language of all input, every paragraph included
                    NormalizedArticle a = lang != null ? new NormalizedArticle(n.source(), lang, n.text()) : n;
                    Article article = analyzer.analyze(a);
                    count(article);
                    w.println(json.write(article));
                    w.flush();
                }
            } catch (NormalizationException e) {
                failed++;
                err.println("claimscope: " + p + ": " + Main.oneLine(e));
            } catch (RuntimeException | StackOverflowError e) {
                // one bad article never stops the batch
                failed++;
                err.println("claimscope: " + p + ": analysis failed: " + Main.oneLine(e));
            }
        }
        return failed;
    }

    private void count(Article a) {
        analyzed++;
        quotes += a.quotes().size();
        claims += a.claims().size();
    }

    /** One result line per input line, in order; a bad line gets an {"id", "error"} line, not a stop. */
    private int jsonLines(TikaNormalizer normalizer, ArticleAnalyzer analyzer, ArticleJson json, PrintWriter w,
                          PrintWriter err) throws Exception {
        int failed = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode id = null;
            try {
                JsonNode node = json.mapper().readTree(line);
                id = node.get("id");
                JsonNode text = node.get("text");
                if (text == null || !text.isTextual()) {
                    throw new IllegalArgumentException("no \"text\" string");
                }
                String language = node.hasNonNull("lang") ? node.get("lang").asText() : lang;
                NormalizedArticle a = normalizer.fromText(text.asText(), null, language);
                Article article = analyzer.analyze(a);
                count(article);
                ObjectNode result = json.mapper().valueToTree(article);
                if (id != null) {
                    result.set("id", id);
                }
                w.println(json.mapper().writeValueAsString(result));
            } catch (Exception e) {
                failed++;
                ObjectNode error = json.mapper().createObjectNode();
                error.set("id", id);
                error.put("error", "line " + lineNo + ": " + Main.oneLine(e));
                w.println(json.mapper().writeValueAsString(error));
                err.println("claimscope: stdin line " + lineNo + ": " + Main.oneLine(e));
            }
            w.flush();
        }
        return failed;
    }
}
