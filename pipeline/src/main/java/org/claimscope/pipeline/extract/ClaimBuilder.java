package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimscope.model.Claim;
import org.claimscope.model.Figure;
import org.claimscope.model.Quote;
import org.claimscope.model.Span;
import org.claimscope.pipeline.annotate.AnnotatedText;
import org.claimscope.pipeline.annotate.Sentence;

/**
 * Claims are what a fact-checker can check: every quote (with its speaker as source), and every
 * sentence that states a figure outside any quote (the article itself is the source).
 */
final class ClaimBuilder {

    List<Claim> build(AnnotatedText text, List<Quote> quotes, List<Figure> figures, List<Entity> entities) {
        List<Claim> claims = new ArrayList<>();
        for (Quote q : quotes) {
            claims.add(new Claim("c" + (claims.size() + 1), q.text(), q.span(),
                    q.speaker() == null ? null : q.speaker().id(), q.id(), figuresIn(q.span(), figures),
                    entitiesIn(q.span(), entities)));
        }
        for (Sentence s : text.sentences()) {
            Span span = new Span(s.begin(), s.end());
            List<String> own = new ArrayList<>();
            for (Figure f : figures) {
                if (span.contains(f.span()) && quotes.stream().noneMatch(q -> q.span().contains(f.span()))) {
                    own.add(f.id());
                }
            }
            if (!own.isEmpty()) {
                claims.add(new Claim("c" + (claims.size() + 1), span.of(text.text()), span, null, null,
                        figuresIn(span, figures), entitiesIn(span, entities)));
            }
        }
        return claims;
    }

    private static List<String> figuresIn(Span span, List<Figure> figures) {
        List<String> ids = new ArrayList<>();
        for (Figure f : figures) {
            if (span.contains(f.span())) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    private static List<String> entitiesIn(Span span, List<Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.roleOnly) {
                continue;
            }
            for (Span m : e.mentions) {
                if (span.contains(m)) {
                    names.add(e.name);
                    break;
                }
            }
        }
        return List.copyOf(names);
    }
}
