package org.claimscope.pipeline.eval.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.claimscope.model.Article;
import org.claimscope.model.Figure;
import org.claimscope.model.Quote;
import org.claimscope.model.Span;
import org.claimscope.model.Speaker;

/**
 * Scores the analysis of the corpus against its gold files. A predicted quote matches a gold one when
 * they overlap by at least half of the shorter span (one-to-one, largest overlaps first); speaker
 * accuracy is over matched quotes. claimscope also reports the quoted fragment of a mixed quote as a
 * direct quote of its own (see the schema), while the corpus annotates only the whole clause: such a
 * fragment inside a matched mixed quote is neither a hit nor a false positive. A figure is right when a predicted figure overlapping the gold text
 * has the same value, unit and qualifier.
 */
public final class CorpusEvaluation {

    private final Function<Path, Article> analyze;
    private final ObjectMapper mapper = new ObjectMapper();

    /** {@code analyze} turns an article file into its analysis (normalize + analyze); it may throw. */
    public CorpusEvaluation(Function<Path, Article> analyze) {
        this.analyze = analyze;
    }

    /** Results per group "language/split", plus "all/split" totals. */
    public Report evaluate(Path goldDir) throws IOException {
        return evaluate(goldDir, null);
    }

    /** Only the gold files of one split ("dev" or "heldout"); null for all. */
    public Report evaluate(Path goldDir, String onlySplit) throws IOException {
        Path corpusDir = goldDir.toAbsolutePath().getParent();
        Map<String, Tally> groups = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            GoldArticle gold = mapper.readValue(g.toFile(), GoldArticle.class);
            String split = gold.split() == null ? "dev" : gold.split();
            if (onlySplit != null && !onlySplit.equals(split)) {
                continue;
            }
            Tally t = new Tally();
            t.articles = 1;
            try {
                Article a = analyze.apply(corpusDir.resolve(gold.file()));
                score(gold, a, t, problems, g.getFileName().toString());
            } catch (RuntimeException e) {
                t.failedArticles = 1;
                t.goldQuotes = gold.quotes().size();
                t.goldFigures = gold.figures().size();
                problems.add(g.getFileName() + ": analysis failed: " + e.getMessage());
            }
            groups.computeIfAbsent(gold.language() + "/" + split, k -> new Tally()).add(t);
            groups.computeIfAbsent("all/" + split, k -> new Tally()).add(t);
        }
        return new Report(groups, problems);
    }

    private void score(GoldArticle gold, Article a, Tally t, List<String> problems, String name) {
        TextLocator locator = new TextLocator(a.text());
        List<Span> goldSpans = new ArrayList<>();
        for (GoldArticle.GoldQuote q : gold.quotes()) {
            Span s = locator.find(q.text());
            if (s == null) {
                problems.add(name + ": gold quote not in normalized text: " + abbreviate(q.text()));
            }
            goldSpans.add(s);
        }
        t.goldQuotes = gold.quotes().size();
        t.predictedQuotes = a.quotes().size();
        boolean[] predUsed = new boolean[a.quotes().size()];
        boolean[] goldUsed = new boolean[gold.quotes().size()];
        // one-to-one matching, largest overlap first
        while (true) {
            int bestG = -1;
            int bestP = -1;
            int best = 0;
            for (int gi = 0; gi < goldSpans.size(); gi++) {
                Span gs = goldSpans.get(gi);
                if (goldUsed[gi] || gs == null) {
                    continue;
                }
                for (int pi = 0; pi < predUsed.length; pi++) {
                    if (predUsed[pi]) {
                        continue;
                    }
                    Span ps = a.quotes().get(pi).span();
                    int ov = gs.overlap(ps);
                    if (ov * 2 >= Math.min(gs.length(), ps.length()) && ov > best) {
                        best = ov;
                        bestG = gi;
                        bestP = pi;
                    }
                }
            }
            if (bestG < 0) {
                break;
            }
            goldUsed[bestG] = true;
            predUsed[bestP] = true;
            t.matchedQuotes++;
            Quote p = a.quotes().get(bestP);
            String expected = gold.quotes().get(bestG).speaker();
            String got = p.speaker() == null ? null : p.speaker().name();
            if (sameName(expected, got)) {
                t.speakerCorrect++;
            } else {
                problems.add(name + ": speaker " + got + " instead of " + expected + " for: "
                        + abbreviate(gold.quotes().get(bestG).text()));
            }
        }
        for (int gi = 0; gi < goldUsed.length; gi++) {
            if (!goldUsed[gi] && goldSpans.get(gi) != null) {
                problems.add(name + ": missed quote: " + abbreviate(gold.quotes().get(gi).text()));
            }
        }
        for (int pi = 0; pi < predUsed.length; pi++) {
            if (!predUsed[pi] && isFragmentOfMatchedMixed(a, pi, predUsed)) {
                t.predictedQuotes--;
            } else if (!predUsed[pi]) {
                problems.add(name + ": extra quote: " + abbreviate(a.quotes().get(pi).text()));
            }
        }
        // a stance's holder is listed among the speakers too, but only a quote makes a speaker
        Set<String> quoted = new HashSet<>();
        a.quotes().forEach(q -> {
            if (q.speaker() != null) {
                quoted.add(q.speaker().id());
            }
        });
        for (Speaker s : a.speakers()) {
            if (!quoted.contains(s.id())) {
                continue;
            }
            for (String forbidden : gold.notSpeakers()) {
                if (sameName(forbidden, s.name())) {
                    t.forbiddenSpeakers++;
                    problems.add(name + ": not a speaker but got quotes: " + forbidden);
                }
            }
        }
        scoreFigures(gold, a, t, problems, name);
    }

    private static boolean isFragmentOfMatchedMixed(Article a, int pi, boolean[] predUsed) {
        Quote q = a.quotes().get(pi);
        if (q.kind() != org.claimscope.model.QuoteKind.DIRECT) {
            return false;
        }
        for (int k = 0; k < predUsed.length; k++) {
            Quote m = a.quotes().get(k);
            if (predUsed[k] && k != pi && m.kind() == org.claimscope.model.QuoteKind.MIXED && m.span().contains(q.span())) {
                return true;
            }
        }
        return false;
    }

    private void scoreFigures(GoldArticle gold, Article a, Tally t, List<String> problems, String name) {
        TextLocator locator = new TextLocator(a.text());
        t.goldFigures = gold.figures().size();
        t.predictedFigures = a.figures().size();
        boolean[] predMatched = new boolean[a.figures().size()];
        for (GoldArticle.GoldFigure g : gold.figures()) {
            // A figure text may occur more than once (a headline repeats the body): take the occurrence the
            // analysis got right, if any, else the first one found.
            List<Span> occurrences = locator.findAll(g.text());
            if (occurrences.isEmpty()) {
                problems.add(name + ": gold figure not in normalized text: " + g.text());
                continue;
            }
            int chosen = -1;
            boolean right = false;
            for (Span gs : occurrences) {
                for (int i = 0; i < a.figures().size() && !right; i++) {
                    Figure f = a.figures().get(i);
                    if (!predMatched[i] && f.span().overlaps(gs)) {
                        boolean ok = sameNumber(g.value(), f.value()) && equalsIgnoreCase(shortUnit(g.unit()), shortUnit(f.unit()))
                                && equalsIgnoreCase(g.qualifier(), f.qualifier() == null ? null : f.qualifier().json());
                        if (ok || chosen < 0) {
                            chosen = i;
                            right = ok;
                        }
                    }
                }
            }
            if (chosen < 0) {
                problems.add(name + ": missed figure: " + g.text());
                continue;
            }
            predMatched[chosen] = true;
            t.figuresFound++;
            Figure match = a.figures().get(chosen);
            if (right) {
                t.figuresCorrect++;
            } else {
                problems.add(name + ": figure " + g.text() + " read as " + match.value() + " " + match.unit() + " "
                        + match.qualifier() + ", expected " + g.value() + " " + g.unit() + " " + g.qualifier());
            }
        }
        // predicted figures that match no gold figure lower precision only through figuresFound/predicted
    }

    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static boolean sameNumber(Double a, Double b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    /** Unit names spelled out in older gold files, mapped to the short units the conventions ask for ("acre" → "ac"). */
    private static final java.util.Map<String, String> SHORT_UNITS = java.util.Map.of("acre", "ac", "acres", "ac",
            "hectare", "ha", "hectares", "ha", "mile", "mi", "miles", "mi");

    private static String shortUnit(String unit) {
        return unit == null ? null : SHORT_UNITS.getOrDefault(unit.toLowerCase(java.util.Locale.ROOT), unit);
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 90 ? one : one.substring(0, 87) + "...";
    }
}
