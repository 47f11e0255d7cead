package org.claimscope.pipeline.eval.polnear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscope.model.Span;

/**
 * Groups a system's errors on the all-attributions outcome into categories (missed direct quote, missed reported
 * speech by cue word, spurious quote, wrong speaker by reason) with short example snippets. Meant for the train
 * split only, so that rules are improved without looking at dev or test.
 */
public final class ErrorAnalysis {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "his", "her",
            "their", "our", "him", "them", "us", "me", "its", "my");

    /** One category with its count and a few examples. */
    public record Category(String name, int count, List<String> examples) {
    }

    private final Map<String, List<String>> examples = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> lastArticle = new LinkedHashMap<>();

    /** Adds the outcomes of all articles (use the all-attributions outcomes). */
    public ErrorAnalysis add(List<PolnearScorer.Outcome> outcomes) {
        for (PolnearScorer.Outcome o : outcomes) {
            String text = o.article().text();
            for (GoldAttribution g : o.missed()) {
                boolean overlapped = overlapped(o, g);
                String what = g.direct() ? "missed direct quote" : "missed reported speech";
                String cat = overlapped ? what + " (a prediction overlaps < half: span boundaries)"
                        : what + ", cue '" + cueKey(g.cueText()) + "'";
                note(cat, o.article().id(), snippet(text, g.envelope()) + "  [source: " + g.sourceText() + "; cue: "
                        + g.cueText() + "]");
            }
            for (Predicted p : o.spurious()) {
                boolean overlaps = o.article().attributions().stream().anyMatch(g -> g.overlap(p.span()) > 0);
                String cat = "spurious " + p.kind() + " quote"
                        + (overlaps ? " (overlaps a gold content < half)" : " (no gold attribution there)");
                note(cat, o.article().id(), snippet(text, p.span()) + "  [speaker: " + p.speaker() + "]");
            }
            for (PolnearScorer.Match m : o.matches()) {
                if (m.gold().direct() && !m.predicted().direct()) {
                    note("direct quote predicted as " + m.predicted().kind(), o.article().id(),
                            snippet(text, m.gold().envelope()));
                }
                if (m.strict()) {
                    continue;
                }
                String cat = speakerCategory(m);
                note(cat, o.article().id(), snippet(text, m.gold().envelope()) + "  [gold source: "
                        + m.gold().sourceText() + " / full: " + m.gold().fullName() + "; predicted: "
                        + m.predicted().speaker() + "]");
            }
        }
        return this;
    }

    /** True when some prediction overlaps the missed gold {@code g}, though by less than the match needs. */
    static boolean overlapped(PolnearScorer.Outcome o, GoldAttribution g) {
        return o.spurious().stream().anyMatch(p -> g.overlap(p.span()) > 0)
                || o.matches().stream().anyMatch(m -> g.overlap(m.predicted().span()) > 0);
    }

    static String speakerCategory(PolnearScorer.Match m) {
        GoldAttribution g = m.gold();
        String pred = m.predicted().speaker();
        if (g.source() == null) {
            return "wrong speaker: a speaker given where gold has no source";
        }
        String kind = PRONOUNS.contains(SpeakerNames.normalize(g.sourceText())) ? "a pronoun"
                : g.fullName() != null ? "a name" : "a description without a name";
        if (SpeakerNames.blank(pred)) {
            return "wrong speaker: none predicted, gold source is " + kind;
        }
        if (m.lenient()) {
            return "wrong speaker (strict only): name form differs, last word matches";
        }
        if (g.fullName() == null) {
            return "wrong speaker: gold source is " + kind + " (unresolved in gold), predicted a name";
        }
        return "wrong speaker: predicted another name, gold source is " + kind;
    }

    /**
     * Every direct quote whose speaker is not strictly right (at most {@code max}): category, our speaker, gold
     * source (mention and full name), then the quote with 300 characters of context on either side, the gold source
     * marked «…».
     */
    public static String directSpeakerErrors(List<PolnearScorer.Outcome> direct, int max) {
        StringBuilder sb = new StringBuilder();
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        int n = 0;
        for (PolnearScorer.Outcome o : direct) {
            for (PolnearScorer.Match m : o.matches()) {
                if (m.strict()) {
                    continue;
                }
                String cat = speakerCategory(m);
                byCategory.merge(cat, 1, Integer::sum);
                if (n++ < max) {
                    List<String> pieces = o.merged().stream().filter(p -> m.gold().overlap(p.span()) > 0)
                            .map(Predicted::speaker).toList();
                    sb.append(String.format(Locale.ROOT, "%n[%s] %s%n  ours: %s%s | gold: %s / %s%n  %s%n",
                            o.article().id(), cat, m.predicted().speaker(),
                            pieces.isEmpty() ? "" : " (merged pieces: " + pieces + ")", m.gold().sourceText(),
                            m.gold().fullName(), context(o.article().text(), m.gold())));
                }
            }
        }
        StringBuilder head = new StringBuilder();
        byCategory.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> head.append(String.format(Locale.ROOT, "  %4d %s%n", e.getValue(), e.getKey())));
        return head.append(sb).toString();
    }

    /** The gold content with 300 characters either side, the content in ⟦⟧ and the source in «». */
    static String context(String text, GoldAttribution g) {
        Span env = g.envelope();
        int b = Math.max(0, Math.min(env.start(), g.source() == null ? env.start() : g.source().start()) - 300);
        int e = Math.min(text.length(), Math.max(env.end(), g.source() == null ? env.end() : g.source().end()) + 300);
        StringBuilder s = new StringBuilder();
        for (int i = b; i < e; i++) {
            if (i == env.start()) {
                s.append('⟦');
            }
            if (g.source() != null && i == g.source().start()) {
                s.append('«');
            }
            if (g.source() != null && i == g.source().end()) {
                s.append('»');
            }
            if (i == env.end()) {
                s.append('⟧');
            }
            s.append(text.charAt(i));
        }
        return s.toString().replaceAll("\\s+", " ").trim();
    }

    static String cueKey(String cue) {
        String c = cue.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}: ]+", " ").trim().replaceAll("\\s+", " ");
        if (c.isEmpty()) {
            return "(none)";
        }
        String[] w = c.split(" ");
        return w.length <= 2 ? c : w[0] + " " + w[1] + " …";
    }

    private void note(String category, String article, String example) {
        counts.merge(category, 1, Integer::sum);
        List<String> ex = examples.computeIfAbsent(category, k -> new ArrayList<>());
        if (ex.size() < 3 && !article.equals(lastArticle.get(category))) {
            ex.add(article + ": " + example);
            lastArticle.put(category, article);
        }
    }

    /** The {@code n} most frequent categories, most frequent first. */
    public List<Category> top(int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n)
                .map(e -> new Category(e.getKey(), e.getValue(), List.copyOf(examples.get(e.getKey()))))
                .toList();
    }

    /** The top {@code n} categories as text. */
    public String report(int n) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (Category c : top(n)) {
            sb.append(String.format(Locale.ROOT, "%2d. %s: %d%n", i++, c.name(), c.count()));
            for (String ex : c.examples()) {
                sb.append("      - ").append(ex).append('\n');
            }
        }
        return sb.toString();
    }

    static String snippet(String text, Span span) {
        int b = Math.max(0, span.start() - 60);
        int e = Math.min(text.length(), span.end() + 40);
        String s = text.substring(b, span.start()) + "⟦" + text.substring(span.start(), span.end()) + "⟧"
                + text.substring(span.end(), e);
        s = s.replaceAll("\\s+", " ").trim();
        if (s.length() > 260) {
            int open = s.indexOf('⟦');
            int close = s.indexOf('⟧');
            if (close - open > 160) {
                s = s.substring(0, open + 80) + " … " + s.substring(close - 60);
            }
        }
        return s;
    }
}
