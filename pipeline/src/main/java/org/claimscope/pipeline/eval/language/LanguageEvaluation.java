package org.claimscope.pipeline.eval.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimscope.pipeline.normalize.LanguageDetector;
import org.claimscope.pipeline.normalize.NormalizationException;
import org.claimscope.pipeline.normalize.NormalizedArticle;
import org.claimscope.pipeline.normalize.Paragraph;
import org.claimscope.pipeline.normalize.StopwordLanguageDetector;
import org.claimscope.pipeline.normalize.TikaNormalizer;

/**
 * Measures a {@link LanguageDetector} on text whose language is known from where it comes, never from a heuristic:
 * <ul>
 * <li><b>sentences</b>: the inputs of the Microsoft Recognizers-Text number specs, whose folders are labelled by
 * language ({@code Number/<Language>/NumberModel.json}, {@code NumberRangeModel.json}, {@code PercentModel.json};
 * read in place, never copied). Inputs with fewer than {@link #MIN_WORDS} words (bare numerals) are skipped; the
 * "long" rows count only inputs of at least {@link #LONG_WORDS} words.</li>
 * <li><b>paragraphs</b> and <b>articles</b>: the project corpus, {@code corpus/gold/*.json} giving each article's
 * language. Each article is normalized and every paragraph of at least {@link #MIN_WORDS} words is labelled with the
 * article's language (the corpus has no paragraph in another language than its article's). Paragraphs are scored
 * alone ({@code detect(paragraph)}) and in context, as the normalizer assigns them (the article language as a
 * prior, {@link NormalizedArticle#paragraphLanguages()}).</li>
 * </ul>
 */
public final class LanguageEvaluation {

    static final int MIN_WORDS = 3;
    static final int LONG_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Map<String, String> SPEC_LANGUAGES = Map.of("English", "en", "French", "fr", "German", "de",
            "Portuguese", "pt", "Spanish", "es");
    private static final List<String> SPEC_FILES = List.of("NumberModel.json", "NumberRangeModel.json",
            "PercentModel.json");

    /** Counts for one language: how many items, how many right, how many with no answer, what the errors were. */
    public static final class Tally {
        private int total;
        private int correct;
        private int undecided;
        private final Map<String, Integer> errors = new TreeMap<>();

        void add(String expected, String predicted) {
            total++;
            if (predicted == null) {
                undecided++;
            } else if (predicted.equals(expected)) {
                correct++;
            } else {
                errors.merge(predicted, 1, Integer::sum);
            }
        }

        public int total() {
            return total;
        }

        public int correct() {
            return correct;
        }

        public int undecided() {
            return undecided;
        }

        /** Wrong answers by the language given. */
        public Map<String, Integer> errors() {
            return Map.copyOf(errors);
        }

        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5d  acc=%.3f  undecided=%d  wrong=%s", total, accuracy(), undecided,
                    errors);
        }
    }

    /** Tallies per expected language (ISO 639-1), plus an "all" row. */
    public record Table(String name, Map<String, Tally> byLanguage) {
        public Tally all() {
            Tally t = new Tally();
            byLanguage.values().forEach(x -> {
                t.total += x.total;
                t.correct += x.correct;
                t.undecided += x.undecided;
                x.errors.forEach((k, v) -> t.errors.merge(k, v, Integer::sum));
            });
            return t;
        }

        void add(String expected, String predicted) {
            byLanguage.computeIfAbsent(expected, k -> new Tally()).add(expected, predicted);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(name).append('\n');
            byLanguage.forEach((lang, t) -> sb.append("  ").append(lang).append("   ").append(t).append('\n'));
            sb.append("  all  ").append(all()).append('\n');
            return sb.toString();
        }
    }

    /** Every table measured; tables whose data was absent are null. */
    public record Report(Table sentences, Table longSentences, Table paragraphs, Table paragraphsInContext,
            Table articles) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            Stream.of(sentences, longSentences, paragraphs, paragraphsInContext, articles).filter(Objects::nonNull)
                    .forEach(sb::append);
            return sb.toString();
        }
    }

    private LanguageEvaluation() {
    }

    /**
     * Runs every measurement whose data is present: {@code specsNumberDir} is the recognizers-text-specs
     * {@code Number} folder, {@code corpusDir} the project's {@code corpus} folder; either may be null.
     */
    public static Report run(Path specsNumberDir, Path corpusDir, LanguageDetector detector,
            TikaNormalizer normalizer) throws IOException {
        Table sentences = null;
        Table longSentences = null;
        if (specsNumberDir != null && Files.isDirectory(specsNumberDir)) {
            sentences = new Table("sentences (recognizers-text Number specs, >= " + MIN_WORDS + " words)",
                    new TreeMap<>());
            longSentences = new Table("long sentences (same, >= " + LONG_WORDS + " words)", new TreeMap<>());
            for (Map.Entry<String, List<String>> e : specSentences(specsNumberDir).entrySet()) {
                for (String s : e.getValue()) {
                    String predicted = detector.detect(s);
                    sentences.add(e.getKey(), predicted);
                    if (words(s) >= LONG_WORDS) {
                        longSentences.add(e.getKey(), predicted);
                    }
                }
            }
        }
        Table paragraphs = null;
        Table inContext = null;
        Table articles = null;
        if (corpusDir != null && Files.isDirectory(corpusDir.resolve("gold"))) {
            paragraphs = new Table("paragraphs alone (corpus, >= " + MIN_WORDS + " words)", new TreeMap<>());
            inContext = new Table("paragraphs in context (corpus, as NormalizedArticle.paragraphLanguages)",
                    new TreeMap<>());
            articles = new Table("articles (corpus)", new TreeMap<>());
            ObjectMapper json = new ObjectMapper();
            List<Path> golds;
            try (Stream<Path> s = Files.list(corpusDir.resolve("gold"))) {
                golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path g : golds) {
                JsonNode gold = json.readTree(g.toFile());
                String lang = gold.path("language").asText(null);
                String file = gold.path("file").asText(null);
                if (lang == null || file == null) {
                    continue;
                }
                NormalizedArticle a;
                try {
                    a = normalizer.normalize(corpusDir.resolve(file));
                } catch (NormalizationException e) {
                    articles.add(lang, null);
                    continue;
                }
                articles.add(lang, a.language());
                for (Paragraph p : a.paragraphLanguages()) {
                    String text = p.text(a.text());
                    if (words(text) < MIN_WORDS) {
                        continue;
                    }
                    paragraphs.add(lang, detector.detect(text));
                    inContext.add(lang, p.language());
                }
            }
        }
        return new Report(sentences, longSentences, paragraphs, inContext, articles);
    }

    /** The distinct spec inputs of at least {@link #MIN_WORDS} words, by ISO language code. */
    static Map<String, List<String>> specSentences(Path numberDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> out = new TreeMap<>();
        for (Map.Entry<String, String> lang : new TreeMap<>(SPEC_LANGUAGES).entrySet()) {
            Set<String> inputs = new LinkedHashSet<>();
            for (String f : SPEC_FILES) {
                Path file = numberDir.resolve(lang.getKey()).resolve(f);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String content = Files.readString(file).replace("\uFEFF", "");
                for (JsonNode item : json.readTree(content)) {
                    String input = item.path("Input").asText("").strip();
                    if (words(input) >= MIN_WORDS) {
                        inputs.add(input);
                    }
                }
            }
            out.put(lang.getValue(), new ArrayList<>(inputs));
        }
        return out;
    }

    static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** {@code LanguageEvaluation [specs-Number-dir] [corpus-dir]}: prints the report. */
    public static void main(String[] args) throws IOException {
        Path specs = Path.of(args.length > 0 ? args[0] : "/work/shared/data/recognizers-text-specs/Number");
        Path corpus = Path.of(args.length > 1 ? args[1] : "../corpus");
        System.out.print(run(specs, corpus, new StopwordLanguageDetector(), new TikaNormalizer()));
        System.exit(0);
    }
}
