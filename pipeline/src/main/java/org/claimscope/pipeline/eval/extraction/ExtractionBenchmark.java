package org.claimscope.pipeline.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimscope.pipeline.normalize.TikaNormalizer;

/**
 * Scores an HTML main-text extractor on an article-extraction benchmark directory laid out as
 * {@code ground-truth.json} (id → {url, articleBody}) and {@code html/<id>.html.gz}. Pages are split into two
 * fixed halves by the parity of the id's last hex digit, so one half can be kept aside from any tuning.
 */
public final class ExtractionBenchmark {

    /** One page's outcome. */
    public record Page(String id, double precision, double recall, boolean failed) {
        /** The held-out half: ids whose last hex digit is even. */
        public boolean heldOut() {
            char c = id.charAt(id.length() - 1);
            return Character.digit(c, 16) % 2 == 0;
        }
    }

    /** Mean precision/recall over pages and the F1 of those means. */
    public record Summary(int pages, int failures, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        static Summary of(List<Page> pages) {
            double p = pages.stream().mapToDouble(Page::precision).average().orElse(0);
            double r = pages.stream().mapToDouble(Page::recall).average().orElse(0);
            int failures = (int) pages.stream().filter(Page::failed).count();
            return new Summary(pages.size(), failures, p, r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pages=%d failures=%d P=%.4f R=%.4f F1=%.4f", pages, failures,
                    precision, recall, f1());
        }
    }

    /** All pages with the overall score and the score of each half. */
    public record Report(List<Page> pages) {
        public Summary all() {
            return Summary.of(pages);
        }

        public Summary tuning() {
            return Summary.of(pages.stream().filter(p -> !p.heldOut()).toList());
        }

        public Summary heldOut() {
            return Summary.of(pages.stream().filter(Page::heldOut).toList());
        }

        /** The worst pages by F1, for looking at failures. */
        public List<Page> worst(int n) {
            return pages.stream().sorted((a, b) -> Double.compare(f1(a), f1(b))).limit(n).toList();
        }

        private static double f1(Page p) {
            return p.precision + p.recall == 0 ? 0 : 2 * p.precision * p.recall / (p.precision + p.recall);
        }

        @Override
        public String toString() {
            return "all:      " + all() + "\ntuning:   " + tuning() + "  (odd ids)\nheld-out: " + heldOut()
                    + "  (even ids)";
        }
    }

    private ExtractionBenchmark() {
    }

    /** Runs {@code extractor} (raw HTML bytes → text) over every page; a thrown exception scores as empty text. */
    public static Report run(Path dir, Function<byte[], String> extractor) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> gold = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            gold.put(e.getKey(), e.getValue().path("articleBody").asText(""));
        }
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String predicted;
            boolean failed = false;
            try {
                predicted = extractor.apply(readGzip(dir.resolve("html").resolve(e.getKey() + ".html.gz")));
            } catch (IOException | RuntimeException | StackOverflowError ex) {
                predicted = "";
                failed = true;
            }
            ShingleScore s = ShingleScore.of(e.getValue(), predicted == null ? "" : predicted);
            pages.add(new Page(e.getKey(), s.precision(), s.recall(), failed));
        }
        return new Report(pages);
    }

    private static byte[] readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** Scores claimscope's own HTML extraction: {@code ExtractionBenchmark <benchmark-dir>}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/article-extraction-benchmark");
        TikaNormalizer normalizer = new TikaNormalizer();
        Report report = run(dir, html -> normalizer.fromHtml(html, "benchmark").text());
        System.out.println(report);
        if (args.length > 1 && args[1].equals("--worst")) {
            report.worst(15).forEach(p -> System.out.printf(Locale.ROOT, "  %s P=%.2f R=%.2f%s%n", p.id(),
                    p.precision(), p.recall(), p.heldOut() ? " (held-out)" : ""));
        }
    }
}
