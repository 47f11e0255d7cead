package org.claimscope.app;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.claimscope.index.Schema;
import org.claimscope.index.SearchRequest;
import org.claimscope.index.SearchResult;
import org.claimscope.index.SourceInfo;
import org.claimscope.index.SpeakerInfo;
import org.claimscope.index.Statement;
import org.claimscope.model.Figure;

/** Prints a search result for people: numbered hits, then the facet counts. */
final class HitPrinter {

    /** Facet dimensions in the order shown. */
    static final List<String> FACET_ORDER = List.of(Schema.FACET_SPEAKER, Schema.FACET_LANGUAGE, Schema.FACET_KIND,
            Schema.FACET_SOURCE, Schema.FACET_MONTH, Schema.FACET_TYPE);

    private final PrintWriter out;

    HitPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(SearchRequest request, SearchResult result) {
        // Every quote is also indexed as a claim: show such a claim once, with its quote, when both are listed.
        Set<String> quotesShown = new HashSet<>();
        for (SearchResult.Hit hit : result.hits()) {
            if (Schema.TYPE_QUOTE.equals(hit.statement().type())) {
                quotesShown.add(hit.statement().articleId() + "/" + hit.statement().id());
            }
        }
        List<SearchResult.Hit> shown = new ArrayList<>();
        Set<String> folded = new HashSet<>();
        for (SearchResult.Hit hit : result.hits()) {
            Statement s = hit.statement();
            String quoteKey = s.articleId() + "/" + s.quoteId();
            if (Schema.TYPE_CLAIM.equals(s.type()) && s.quoteId() != null && quotesShown.contains(quoteKey)) {
                folded.add(quoteKey);
            } else {
                shown.add(hit);
            }
        }
        out.printf(Locale.ROOT, "%d match%s%s, showing %d%s (%.1f ms)%n", result.totalHits(),
                result.totalHits() == 1 ? "" : "es",
                describe(request).isEmpty() ? "" : " for " + describe(request), result.hits().size(),
                folded.isEmpty() ? "" : " as " + shown.size() + " (quotes with their claims)",
                result.tookMicros() / 1000.0);
        int n = 0;
        for (SearchResult.Hit hit : shown) {
            out.println();
            Statement s = hit.statement();
            printHit(++n, hit, folded.contains(s.articleId() + "/" + s.id()));
        }
        if (!result.facets().isEmpty() && result.totalHits() > 0) {
            out.println();
            printFacets(result);
        }
        out.flush();
    }

    private void printHit(int n, SearchResult.Hit hit, boolean alsoClaim) {
        Statement s = hit.statement();
        out.printf("%2d. %s%n", n, oneLine(hit.snippet()));
        List<String> who = new ArrayList<>();
        who.add(speaker(s.speaker()));
        who.add((s.kind() == null ? "" : s.kind() + " ") + s.type() + (alsoClaim ? " + claim" : ""));
        if (s.language() != null) {
            who.add(s.language());
        }
        out.println("    " + String.join(" · ", who));
        out.println("    " + source(s.source()));
        if (!s.figures().isEmpty()) {
            List<String> figs = new ArrayList<>();
            for (Figure f : s.figures()) {
                figs.add(figure(f));
            }
            out.println("    figures: " + String.join("; ", figs));
        }
    }

    private void printFacets(SearchResult result) {
        out.println("facets:");
        List<SearchResult.FacetCounts> dims = new ArrayList<>(result.facets().values());
        dims.sort(Comparator.comparingInt(c -> FACET_ORDER.indexOf(c.dimension()) < 0 ? FACET_ORDER.size()
                : FACET_ORDER.indexOf(c.dimension())));
        for (SearchResult.FacetCounts c : dims) {
            List<String> parts = new ArrayList<>();
            long shown = 0;
            for (SearchResult.FacetValue v : c.values()) {
                parts.add(v.value() + " " + v.count());
                shown += v.count();
            }
            if (c.total() > shown) {
                parts.add((c.distinct() - c.values().size()) + " more " + (c.total() - shown));
            }
            out.printf("  %-9s %s%s%n", c.dimension(), String.join(" · ", parts.stream().map(HitPrinter::relative)
                    .toList()), c.estimated() ? "  (estimated from a sample of the matches)" : "");
        }
    }

    static String speaker(SpeakerInfo sp) {
        if (sp == null || sp.name() == null) {
            return "(no speaker)";
        }
        return sp.roles().isEmpty() ? sp.name() : sp.name() + " (" + String.join("; ", sp.roles()) + ")";
    }

    static String source(SourceInfo src) {
        if (src == null) {
            return "(unknown source)";
        }
        List<String> parts = new ArrayList<>();
        if (src.title() != null && !src.title().isBlank()) {
            parts.add("\"" + src.title() + "\"");
        }
        parts.add(src.path() != null ? relative(src.path()) : src.url() != null ? src.url() : "(no path)");
        if (src.paths().size() > 1) {
            parts.add("+" + (src.paths().size() - 1) + " other path" + (src.paths().size() > 2 ? "s" : ""));
        }
        parts.add(src.published() != null ? src.published() : "undated");
        return String.join(" · ", parts);
    }

    static String figure(Figure f) {
        StringBuilder b = new StringBuilder(f.text());
        if (f.value() != null) {
            b.append(" = ").append(number(f.value()));
            if (f.unit() != null) {
                b.append(' ').append(f.unit());
            }
            if (f.qualifier() != null) {
                b.append(" (").append(f.qualifier().name().toLowerCase(Locale.ROOT)).append(')');
            }
        }
        return b.toString();
    }

    /** The request in words: query "x", speaker Y, lang pt, USD 1e12..∞ … */
    static String describe(SearchRequest r) {
        List<String> parts = new ArrayList<>();
        if (r.query() != null && !r.query().isBlank() && !r.query().strip().equals("*")) {
            parts.add("\"" + r.query().strip() + "\"");
        }
        if (r.speaker() != null) {
            parts.add("speaker " + r.speaker());
        }
        if (r.language() != null) {
            parts.add("lang " + r.language());
        }
        if (r.kind() != null) {
            parts.add("kind " + r.kind());
        }
        if (r.type() != null) {
            parts.add("type " + r.type());
        }
        if (r.unit() != null || r.min() != null || r.max() != null) {
            parts.add((r.unit() == null ? "figure" : r.unit()) + (r.min() == null && r.max() == null ? ""
                    : " " + (r.min() == null ? "-∞" : number(r.min())) + ".." + (r.max() == null ? "∞" : number(r.max()))));
        }
        if (r.since() != null || r.until() != null) {
            parts.add("published " + (r.since() == null ? "…" : r.since()) + ".." + (r.until() == null ? "…" : r.until()));
        }
        return String.join(", ", parts);
    }

    /** 1e12, 4.5e9, 30, 2.5. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).stripTrailingZeros();
        if (d.scale() < 0 && d.precision() - d.scale() > 6) {
            return d.toString().toLowerCase(Locale.ROOT).replace("e+", "e");
        }
        return d.toPlainString();
    }

    /** A path under the working folder, relative to it; any other as it is. */
    static String relative(String path) {
        try {
            Path p = Path.of(path);
            Path cwd = Path.of("").toAbsolutePath();
            return p.isAbsolute() && p.startsWith(cwd) ? cwd.relativize(p).toString() : path;
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
