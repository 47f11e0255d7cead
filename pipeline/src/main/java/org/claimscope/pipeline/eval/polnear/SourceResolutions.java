package org.claimscope.pipeline.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand resolutions of PolNeAR sources that hold no name ("he", "the senator", "a spokesman"). {@link FullNames}
 * follows the coreference chains of the CoreNLP output shipped with the corpus, which often lead elsewhere or
 * nowhere; a person reading the article resolved these instead. One line per attribution, tab-separated:
 * {@code annotation file name (article id and annotator, as {@code name_ef2d}), attribution id, answer[, reason]}, where the answer is the referent's fullest name in the
 * article, {@code NULL} when the article never names who it is, or {@code UNSURE}; {@code #} lines are comments.
 */
public final class SourceResolutions {

    /** What a reader decided a source refers to. */
    public sealed interface Verdict {
    }

    /** The source is this named person or organization. */
    public record Named(String name) implements Verdict {
    }

    /** The article never names who it is: the right speaker is none. */
    public record Nobody() implements Verdict {
    }

    /** The reader could not tell: left out of the score. */
    public record Unsure() implements Verdict {
    }

    private final Map<String, Verdict> verdicts;

    private SourceResolutions(Map<String, Verdict> verdicts) {
        this.verdicts = Map.copyOf(verdicts);
    }

    public static SourceResolutions load(Path tsv) throws IOException {
        return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8));
    }

    static SourceResolutions parse(List<String> lines) {
        Map<String, Verdict> out = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalArgumentException("source resolutions: expected article, attribution, answer in: " + line);
            }
            String answer = f[2].strip();
            Verdict v = switch (answer.toUpperCase(Locale.ROOT)) {
                case "NULL" -> new Nobody();
                case "UNSURE" -> new Unsure();
                default -> new Named(answer);
            };
            out.put(key(f[0].strip(), f[1].strip()), v);
        }
        return new SourceResolutions(out);
    }

    public int size() {
        return verdicts.size();
    }

    /** The verdict on one gold attribution, or null when no one resolved it by hand. */
    public Verdict of(String article, String attribution) {
        return verdicts.get(key(article, attribution));
    }

    private static String key(String article, String attribution) {
        return article + "\t" + attribution;
    }

    /** Speaker accuracy over matched quotes with hand resolutions where there are any. */
    public record Accuracy(int judged, int resolvedByHand, int unsure, int strict, int lenient) {

        public double strictAccuracy() {
            return judged == 0 ? 0 : (double) strict / judged;
        }

        public double lenientAccuracy() {
            return judged == 0 ? 0 : (double) lenient / judged;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "speaker strict/lenient=%.3f/%.3f over %d matched quotes (%d sources "
                    + "resolved by hand, %d unsure left out)", strictAccuracy(), lenientAccuracy(), judged,
                    resolvedByHand, unsure);
        }
    }

    /**
     * Speaker accuracy over the matches of {@code outcomes}: where a source was resolved by hand, a prediction is
     * right when it names the resolved referent (strict: equal after {@link SpeakerNames#normalize}; lenient: or
     * the same last word) or, for {@code NULL}, names no one; elsewhere the usual {@link SpeakerNames} rules.
     */
    public Accuracy score(List<PolnearScorer.Outcome> outcomes) {
        int judged = 0;
        int byHand = 0;
        int unsure = 0;
        int strict = 0;
        int lenient = 0;
        for (PolnearScorer.Outcome o : outcomes) {
            for (PolnearScorer.Match m : o.matches()) {
                Verdict v = of(o.article().id() + "_" + o.article().annotator(), m.gold().id());
                if (v instanceof Unsure) {
                    unsure++;
                    continue;
                }
                judged++;
                boolean s;
                boolean l;
                if (v instanceof Nobody) {
                    s = l = SpeakerNames.blank(m.predicted().speaker());
                    byHand++;
                } else if (v instanceof Named n) {
                    String p = SpeakerNames.normalize(m.predicted().speaker());
                    String g = SpeakerNames.normalize(n.name());
                    s = !p.isEmpty() && (p.equals(g) || p.equals(SpeakerNames.normalize(m.gold().sourceText())));
                    l = s || !p.isEmpty() && SpeakerNames.lastWord(p).equals(SpeakerNames.lastWord(g));
                    byHand++;
                } else {
                    s = m.strict();
                    l = m.lenient();
                }
                strict += s ? 1 : 0;
                lenient += l ? 1 : 0;
            }
        }
        return new Accuracy(judged, byHand, unsure, strict, lenient);
    }
}
