package org.claimscope.pipeline.eval.polnear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscope.model.Span;

/**
 * The gold attributions a system missed, grouped by the lemma of their cue ("believes" and "believed" under
 * "believe", "according to" as one, "did not mention" under "mention"), most frequent first, with a few examples
 * marking source «», cue ‹› and content ⟦⟧. For the <em>train</em> split only: it shows which constructions to add.
 */
public final class MissedByCue {

    /** Auxiliaries, negations and adverbs in a cue span that say nothing of its kind. */
    private static final Set<String> FILLER = Set.of("has", "have", "had", "having", "been", "be", "being", "is", "are",
            "was", "were", "am", "s", "did", "does", "do", "not", "n't", "nt", "t", "will", "would", "could", "can",
            "should", "may", "might", "must", "also", "already", "repeatedly", "previously", "later", "then", "still",
            "never", "often", "once", "just", "even", "publicly", "recently", "again", "long", "reportedly", "shall");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("said", "say"),
            Map.entry("told", "tell"), Map.entry("thought", "think"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("found", "find"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("made", "make"), Map.entry("knew", "know"),
            Map.entry("known", "know"), Map.entry("felt", "feel"), Map.entry("took", "take"),
            Map.entry("brought", "bring"), Map.entry("meant", "mean"), Map.entry("held", "hold"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("saw", "see"), Map.entry("seen", "see"),
            Map.entry("put", "put"), Map.entry("read", "read"), Map.entry("forecast", "forecast"),
            Map.entry("taught", "teach"), Map.entry("sought", "seek"), Map.entry("led", "lead"),
            Map.entry("stood", "stand"), Map.entry("understood", "understand"), Map.entry("fought", "fight"),
            Map.entry("kept", "keep"), Map.entry("news", "news"), Map.entry("as", "as"), Map.entry("its", "its"),
            Map.entry("his", "his"), Map.entry("this", "this"), Map.entry("press", "press"),
            Map.entry("focus", "focus"), Map.entry("status", "status"), Map.entry("analysis", "analysis"),
            Map.entry("was", "be"), Map.entry("us", "us"));
    /** Stems that lose an "e" before "-ed" and "-ing" ("believed", "announcing"). */
    private static final Set<String> E_STEMS = Set.of("believ", "announc", "argu", "accus", "promis", "hop", "urg",
            "describ", "not", "declar", "us", "assur", "continu", "agre", "rul", "pledg", "com", "propos", "prais",
            "criticiz", "emphasiz", "recogniz", "acknowledg", "observ", "imagin", "suppos", "releas", "rais",
            "surpris", "compar", "advis", "assum", "blam", "charg", "stat", "conced", "conclud", "lik", "mov", "nam",
            "oppos", "quot", "refus", "remov", "vot", "writ", "challeng", "dislik", "indicat", "estimat", "speculat",
            "celebrat", "advocat", "demonstrat", "reiterat", "calculat", "defin", "lov", "hat", "decid", "denounc",
            "prepar", "endors", "characteriz", "criticis", "disparag", "deplor", "encourag", "ridicul", "excus",
            "issu", "invok", "pressur", "sav", "giv", "tak", "mak", "promot", "vaccinat", "appreciat",
            "complain", "negotiat", "guarante", "determin", "insinuat", "involv", "provid", "receiv", "requir");

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();

    /** Adds the missed gold of the all-attributions outcomes. */
    public MissedByCue add(List<PolnearScorer.Outcome> outcomes) {
        for (PolnearScorer.Outcome o : outcomes) {
            String text = o.article().text();
            for (GoldAttribution g : o.missed()) {
                boolean overlapped = ErrorAnalysis.overlapped(o, g);
                String key = lemma(g.cueText()) + (g.direct() ? " (direct)" : "") + (overlapped ? " (bounds)" : "");
                counts.merge(key, 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(key, k -> new ArrayList<>());
                String marked = marked(text, g);
                if (ex.size() < 4) {
                    ex.add(o.article().id() + ": " + marked);
                }
                rows.add(String.join("\t", "missed", key, o.article().id(), clean(g.cueText()),
                        clean(g.sourceText()), String.valueOf(g.length()), marked));
            }
            for (PolnearScorer.Match m : o.matches()) {
                rows.add(predictedRow(m.strict() ? "matched" : "matched-speaker", text, o.article().id(), m.predicted(),
                        clean(m.gold().sourceText()) + " / " + m.gold().fullName()));
            }
            for (Predicted p : o.spurious()) {
                rows.add(predictedRow("spurious", text, o.article().id(), p, ""));
            }
        }
        return this;
    }

    /** The {@code n} most frequent cue lemmas, with examples. */
    public String report(int n) {
        StringBuilder sb = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> {
                    sb.append(String.format(Locale.ROOT, "%5d %s%n", e.getValue(), e.getKey()));
                    for (String ex : examples.get(e.getKey())) {
                        sb.append("        - ").append(ex).append('\n');
                    }
                });
        return sb.toString();
    }

    /** A prediction's row: outcome, the two words before its content (where its cue usually is), its context. */
    private static String predictedRow(String outcome, String text, String article, Predicted p, String gold) {
        String before = text.substring(Math.max(0, p.span().start() - 40), p.span().start()).trim();
        String[] w = before.toLowerCase(Locale.ROOT).split("\\s+");
        String key = w.length >= 2 ? w[w.length - 2] + " " + w[w.length - 1] : before;
        return String.join("\t", outcome, key, article, gold, clean(p.speaker()), String.valueOf(p.span().length()),
                clean(text.substring(Math.max(0, p.span().start() - 100), p.span().start()) + "⟦"
                        + text.substring(p.span().start(), p.span().end()) + "⟧"));
    }

    /**
     * One line per missed attribution (outcome "missed", cue lemma, article, cue, source, content length, context
     * marked), then one per matched or spurious prediction (outcome, the two words before it, article, the gold source
     * and full name of a match, speaker,
     * length, context).
     */
    public void writeTsv(Path file) throws IOException {
        Files.write(file, rows);
    }

    /** The cue's lemma: its words without auxiliaries and adverbs, each crudely lemmatized, at most two. */
    static String lemma(String cue) {
        String c = cue == null ? "" : cue.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}: ]+", " ");
        List<String> kept = new ArrayList<>();
        for (String w : c.trim().split("\\s+")) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                kept.add(wordLemma(w));
            }
        }
        if (kept.isEmpty()) {
            return "(none)";
        }
        return kept.size() == 1 ? kept.get(0) : kept.get(0) + " " + kept.get(1) + (kept.size() > 2 ? " …" : "");
    }

    static String wordLemma(String w) {
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        }
        String stem = w;
        if (w.endsWith("ied") || w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ed") && w.length() > 4) {
            stem = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && w.length() > 5) {
            stem = w.substring(0, w.length() - 3);
        } else if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        } else {
            return w;
        }
        if (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && !stem.endsWith("ss") && !stem.endsWith("ll") && !stem.endsWith("ee")) {
            return stem.substring(0, stem.length() - 1); // "committed", "planning"
        }
        return E_STEMS.contains(stem) ? stem + "e" : stem;
    }

    private static String marked(String text, GoldAttribution g) {
        Span env = g.envelope();
        int from = env.start();
        int to = env.end();
        for (Span s : g.cue()) {
            from = Math.min(from, s.start());
            to = Math.max(to, s.end());
        }
        if (g.source() != null) {
            from = Math.min(from, g.source().start());
            to = Math.max(to, g.source().end());
        }
        int b = Math.max(0, from - 80);
        int e = Math.min(text.length(), to + 40);
        StringBuilder s = new StringBuilder();
        for (int i = b; i <= e; i++) {
            if (g.source() != null && i == g.source().end()) {
                s.append('»');
            }
            for (Span c : g.cue()) {
                if (i == c.end()) {
                    s.append('›');
                }
            }
            if (i == env.end()) {
                s.append('⟧');
            }
            if (i == env.start()) {
                s.append('⟦');
            }
            for (Span c : g.cue()) {
                if (i == c.start()) {
                    s.append('‹');
                }
            }
            if (g.source() != null && i == g.source().start()) {
                s.append('«');
            }
            if (i < e) {
                s.append(text.charAt(i));
            }
        }
        return clean(s.toString());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
