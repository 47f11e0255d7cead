package org.claimscope.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscope.model.Article;
import org.claimscope.model.Claim;
import org.claimscope.model.Figure;
import org.claimscope.model.Quote;
import org.claimscope.model.Speaker;
import org.claimscope.model.SpeakerRef;
import org.claimscope.model.Span;
import org.claimscope.model.Stance;

/** Flattens an article into its quotes, claims and stances, each with the article's metadata resolved. */
final class Statements {

    private Statements() {
    }

    static List<Statement> of(Article article, List<String> paths) {
        Map<String, Speaker> speakers = new HashMap<>();
        for (Speaker s : article.speakers()) {
            speakers.put(s.id(), s);
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Figure f : article.figures()) {
            figures.put(f.id(), f);
        }
        Map<String, Quote> quotes = new HashMap<>();
        for (Quote q : article.quotes()) {
            quotes.put(q.id(), q);
        }
        Map<String, Claim> claimOfQuote = new HashMap<>();
        for (Claim c : article.claims()) {
            if (c.quote() != null) {
                claimOfQuote.putIfAbsent(c.quote(), c);
            }
        }
        SourceInfo source = sourceOf(article, paths);
        String language = Schema.languageKey(article.language());

        List<Statement> out = new ArrayList<>(
                article.quotes().size() + article.claims().size() + article.stances().size());
        for (Quote q : article.quotes()) {
            Claim c = claimOfQuote.get(q.id());
            // A quote's figures are its claim's; without a claim, those that lie inside the quote.
            List<Figure> figs = c != null ? resolve(c.figures(), figures) : inside(q.span(), article.figures());
            out.add(new Statement(q.id(), article.id(), Schema.TYPE_QUOTE, json(q.kind()), q.text(),
                    speakerOf(q.speaker(), speakers), q.cue() == null ? null : q.cue().text(), figs, source,
                    language, q.span(), null));
        }
        for (Claim c : article.claims()) {
            Quote q = c.quote() == null ? null : quotes.get(c.quote());
            SpeakerInfo speaker = c.source() != null && speakers.containsKey(c.source())
                    ? info(speakers.get(c.source()), null)
                    : q != null ? speakerOf(q.speaker(), speakers) : null;
            out.add(new Statement(c.id(), article.id(), Schema.TYPE_CLAIM, q == null ? null : json(q.kind()),
                    c.text(), speaker, q == null || q.cue() == null ? null : q.cue().text(),
                    resolve(c.figures(), figures), source, language, c.span(), c.quote()));
        }
        for (Stance st : article.stances()) {
            out.add(new Statement(st.id(), article.id(), Schema.TYPE_STANCE, st.kind().json(), st.text(),
                    speakerOf(st.source(), speakers), st.cue() == null ? null : st.cue().text(),
                    inside(st.span(), article.figures()), source, language, st.span(), null));
        }
        return out;
    }

    static SourceInfo sourceOf(Article article, List<String> paths) {
        var s = article.source();
        String path = s != null && s.path() != null ? s.path() : paths.isEmpty() ? null : paths.get(0);
        return s == null
                ? new SourceInfo(path, paths, null, null, null, null)
                : new SourceInfo(path, paths, s.url(), s.title(), s.published(), s.siteName());
    }

    private static SpeakerInfo speakerOf(SpeakerRef ref, Map<String, Speaker> speakers) {
        if (ref == null) {
            return null;
        }
        Speaker s = ref.id() == null ? null : speakers.get(ref.id());
        if (s != null) {
            return info(s, ref.name());
        }
        return ref.name() == null ? null : new SpeakerInfo(ref.id(), ref.name(), List.of());
    }

    private static SpeakerInfo info(Speaker s, String fallbackName) {
        return new SpeakerInfo(s.id(), s.name() != null ? s.name() : fallbackName, s.roles());
    }

    private static List<Figure> resolve(List<String> ids, Map<String, Figure> figures) {
        List<Figure> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Figure f = figures.get(id);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Figure> inside(Span span, List<Figure> figures) {
        if (span == null) {
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            if (f.span() != null && span.contains(f.span())) {
                out.add(f);
            }
        }
        return out;
    }

    private static String json(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT);
    }
}
