package org.claimscope.pipeline.eval.polnear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Scores predicted quotes against PolNeAR gold. A predicted span matches a gold content when they overlap by at
 * least half of the shorter of the two (gold length = sum of its content fragments); matching is one-to-one,
 * largest overlaps first. PolNeAR annotates a quote split by its cue ({@code “A,” she said, “B.”}) or running over
 * several paragraphs as one attribution; a system that reports its pieces apart gets the first piece matched and the
 * others <em>merged</em> into it: an unmatched prediction lying at least half inside the content of a matched gold
 * attribution is neither a true nor a false positive (merged pieces are counted and reported).
 *
 * <p>The direct-quote score is restricted to one kind on both sides: gold attributions whose content is entirely in
 * quote marks, predictions of kind direct. PolNeAR itself has no such kind; its Content often holds a quote together
 * with unquoted words ({@code said that “…”}, {@code called the “…”}, a paraphrase with quoted fragments), and such
 * an attribution is left out of the direct gold, so missing it costs no recall. A predicted direct quote on exactly
 * that attribution (its quoted words, which are a direct quote) would otherwise count as a false positive, while the
 * same attribution is not counted against recall: the two sides would be scored on different scopes. So an unmatched
 * direct prediction that matches (by the same overlap criterion) a gold attribution that is <em>not</em> direct is
 * <em>out of scope</em>: neither a true nor a false positive of the direct score (counted and reported; the
 * all-attributions score, which has no kinds, scores it as usual).
 */
public final class PolnearScorer {

    private PolnearScorer() {
    }

    /** A matched pair and whether its speaker is right. */
    public record Match(GoldAttribution gold, Predicted predicted, boolean strict, boolean lenient) {
    }

    /** The outcome on one article. */
    public record Outcome(PolnearArticle article, List<Match> matches, List<GoldAttribution> missed,
            List<Predicted> spurious, List<Predicted> merged, List<Predicted> outOfScope) {
    }

    /**
     * Summed counts. {@code named*}: the matches whose gold source has a full name (so pronouns and descriptions the
     * gold could not resolve are left out) and how many of them have the right speaker.
     */
    public record Counts(int gold, int predicted, int matched, int strict, int lenient, int named, int namedStrict,
            int namedLenient, int merged, int outOfScope) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched, strict + o.strict,
                    lenient + o.lenient, named + o.named, namedStrict + o.namedStrict, namedLenient + o.namedLenient,
                    merged + o.merged, outOfScope + o.outOfScope);
        }

        public double namedStrictAccuracy() {
            return named == 0 ? 0 : (double) namedStrict / named;
        }

        public double namedLenientAccuracy() {
            return named == 0 ? 0 : (double) namedLenient / named;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double strictAccuracy() {
            return matched == 0 ? 0 : (double) strict / matched;
        }

        public double lenientAccuracy() {
            return matched == 0 ? 0 : (double) lenient / matched;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "gold=%d pred=%d (+%d merged pieces%s) matched=%d P=%.3f R=%.3f F1=%.3f"
                            + " speaker strict/lenient=%.3f/%.3f (named gold sources: %d, %.3f/%.3f)",
                    gold, predicted, merged,
                    outOfScope == 0 ? "" : String.format(Locale.ROOT, ", +%d on non-direct gold", outOfScope),
                    matched, precision(), recall(), f1(), strictAccuracy(), lenientAccuracy(),
                    named, namedStrictAccuracy(), namedLenientAccuracy());
        }
    }

    /** Matches one article's gold and predictions (both already filtered to what is being scored). */
    public static Outcome score(PolnearArticle article, List<GoldAttribution> gold, List<Predicted> predicted) {
        record Pair(int g, int p, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (matches(gold.get(g), predicted.get(p))) {
                    pairs.add(new Pair(g, p, gold.get(g).overlap(predicted.get(p).span())));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed().thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        boolean[] gUsed = new boolean[gold.size()];
        boolean[] pUsed = new boolean[predicted.size()];
        List<Match> matches = new ArrayList<>();
        for (Pair pair : pairs) {
            if (!gUsed[pair.g()] && !pUsed[pair.p()]) {
                gUsed[pair.g()] = true;
                pUsed[pair.p()] = true;
                GoldAttribution g = gold.get(pair.g());
                Predicted p = predicted.get(pair.p());
                matches.add(new Match(g, p, SpeakerNames.strict(p.speaker(), g), SpeakerNames.lenient(p.speaker(), g)));
            }
        }
        List<GoldAttribution> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!gUsed[g]) {
                missed.add(gold.get(g));
            }
        }
        List<Predicted> spurious = new ArrayList<>();
        List<Predicted> merged = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!pUsed[p]) {
                Predicted piece = predicted.get(p);
                boolean inMatched = matches.stream()
                        .anyMatch(m -> 2 * m.gold().overlap(piece.span()) >= piece.span().length());
                (inMatched ? merged : spurious).add(piece);
            }
        }
        return new Outcome(article, matches, missed, spurious, merged, List.of());
    }

    /**
     * Direct quotes only: gold whose content is in quote marks, predictions of kind direct that are not a quoted
     * part of a predicted mixed quote (see {@link #outermost}).
     */
    public static Outcome direct(PolnearArticle article, List<Predicted> predicted) {
        Outcome o = score(article, article.attributions().stream().filter(GoldAttribution::direct).toList(),
                outermost(predicted).stream().filter(Predicted::direct).toList());
        List<GoldAttribution> nonDirect = article.attributions().stream().filter(g -> !g.direct()).toList();
        List<Predicted> spurious = new ArrayList<>();
        List<Predicted> outOfScope = new ArrayList<>();
        for (Predicted p : o.spurious()) {
            (nonDirect.stream().anyMatch(g -> matches(g, p)) ? outOfScope : spurious).add(p);
        }
        return new Outcome(article, o.matches(), o.missed(), spurious, o.merged(), outOfScope);
    }

    /** The match criterion: overlap by at least half of the shorter of the two. */
    static boolean matches(GoldAttribution g, Predicted p) {
        int overlap = g.overlap(p.span());
        return overlap > 0 && 2 * overlap >= Math.min(g.length(), p.span().length());
    }

    /** All attributions against all outermost predictions. */
    public static Outcome all(PolnearArticle article, List<Predicted> predicted) {
        return score(article, article.attributions(), outermost(predicted));
    }

    /**
     * Drops predictions that lie inside a predicted mixed quote: claimscope reports a mixed quote and, in addition,
     * each of its quoted parts as a direct quote; PolNeAR annotates such an attribution once, as the whole mixed
     * content.
     */
    public static List<Predicted> outermost(List<Predicted> predicted) {
        List<Predicted> out = new ArrayList<>();
        for (Predicted p : predicted) {
            boolean inside = false;
            for (Predicted q : predicted) {
                if (q != p && "mixed".equals(q.kind()) && q.span().contains(p.span()) && !q.span().equals(p.span())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(p);
            }
        }
        return out;
    }

    public static Counts counts(Outcome o) {
        int matched = o.matches().size();
        List<Match> named = o.matches().stream().filter(m -> m.gold().fullName() != null).toList();
        return new Counts(matched + o.missed().size(), matched + o.spurious().size(), matched,
                (int) o.matches().stream().filter(Match::strict).count(),
                (int) o.matches().stream().filter(Match::lenient).count(), named.size(),
                (int) named.stream().filter(Match::strict).count(), (int) named.stream().filter(Match::lenient).count(),
                o.merged().size(), o.outOfScope().size());
    }

    public static Counts sum(List<Outcome> outcomes) {
        return outcomes.stream().map(PolnearScorer::counts).reduce(Counts.ZERO, Counts::plus);
    }

    static <T> List<T> filter(List<T> list, Predicate<T> p) {
        return list.stream().filter(p).toList();
    }
}
