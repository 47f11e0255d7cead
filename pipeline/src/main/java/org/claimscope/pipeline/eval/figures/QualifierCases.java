package org.claimscope.pipeline.eval.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.claimscope.model.Figure;
import org.claimscope.pipeline.figures.FigureRecognizer;

/**
 * Our own qualifier cases ({@code corpus/figures/qualifiers.tsv}, format in corpus/README.md): one sentence
 * with exactly one figure per row and its expected type, value, unit, qualifier and bounds. A case passes
 * when the recognizer finds exactly one figure and all six fields are right. Used by the pipeline test
 * and by {@code claimscope eval figures}.
 */
public final class QualifierCases {

    /** One row; {@code unit}, {@code qualifier}, {@code low} and {@code high} are null where the table says "-". */
    public record Case(String language, String sentence, String type, double value, String unit, String qualifier,
                       Double low, Double high) {

        @Override
        public String toString() {
            return language + ": " + sentence;
        }
    }

    /** Passed and total cases of one language. */
    public record LanguageResult(String language, int passed, int total) { }

    private QualifierCases() { }

    /** The rows of a case table; blank lines and lines starting with '#' are skipped. */
    public static List<Case> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 8) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": 8 tab-separated columns expected, got "
                        + c.length);
            }
            cases.add(new Case(c[0], c[1], c[2], Double.parseDouble(c[3]), orNull(c[4]), orNull(c[5]),
                    bound(c[6]), bound(c[7])));
        }
        return List.copyOf(cases);
    }

    /** What is wrong with the figures found for a case, or null when the case passes. */
    public static String mismatch(Case c, List<Figure> found) {
        if (found.size() != 1) {
            return "one figure expected, found " + found.size() + ": " + found;
        }
        Figure f = found.get(0);
        List<String> wrong = new ArrayList<>();
        if (!c.type().equals(f.type().json())) {
            wrong.add("type " + f.type().json() + " (expected " + c.type() + ")");
        }
        if (!same(c.value(), f.value())) {
            wrong.add("value " + f.value() + " (expected " + c.value() + ")");
        }
        if (!Objects.equals(c.unit(), f.unit())) {
            wrong.add("unit " + f.unit() + " (expected " + c.unit() + ")");
        }
        String q = f.qualifier() == null ? null : f.qualifier().json();
        if (!Objects.equals(c.qualifier(), q)) {
            wrong.add("qualifier " + q + " (expected " + c.qualifier() + ")");
        }
        if (!same(c.low(), f.low())) {
            wrong.add("low " + f.low() + " (expected " + c.low() + ")");
        }
        if (!same(c.high(), f.high())) {
            wrong.add("high " + f.high() + " (expected " + c.high() + ")");
        }
        return wrong.isEmpty() ? null : String.join(", ", wrong) + " in " + f;
    }

    /** Passed/total per language, in the order languages first appear in the table. */
    public static List<LanguageResult> evaluate(List<Case> cases, FigureRecognizer recognizer) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Case c : cases) {
            int[] s = sums.computeIfAbsent(c.language(), k -> new int[2]);
            s[0] += mismatch(c, recognizer.recognize(c.sentence(), c.language())) == null ? 1 : 0;
            s[1]++;
        }
        List<LanguageResult> out = new ArrayList<>();
        sums.forEach((lang, s) -> out.add(new LanguageResult(lang, s[0], s[1])));
        return out;
    }

    /** A table of passed/total per language and for all languages together. */
    public static String toTable(List<LanguageResult> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-4s %14s%n", "lang", "passed"));
        int passed = 0;
        int total = 0;
        for (LanguageResult r : results) {
            b.append(row(r.language(), r.passed(), r.total()));
            passed += r.passed();
            total += r.total();
        }
        b.append(row("all", passed, total));
        return b.toString();
    }

    private static String row(String language, int passed, int total) {
        return String.format(Locale.ROOT, "%-4s %4d/%-4d %3.0f%%%n", language, passed, total,
                total == 0 ? 0 : 100.0 * passed / total);
    }

    private static String orNull(String s) {
        return s.equals("-") ? null : s;
    }

    private static Double bound(String s) {
        return s.equals("-") ? null : Double.valueOf(s);
    }

    private static boolean same(Double expected, Double actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        return Math.abs(expected - actual) <= 1e-6 * Math.abs(expected);
    }
}
