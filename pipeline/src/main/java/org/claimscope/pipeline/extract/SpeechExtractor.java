package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscope.model.Cue;
import org.claimscope.model.Figure;
import org.claimscope.model.Quote;
import org.claimscope.model.Speaker;
import org.claimscope.model.SpeakerRef;
import org.claimscope.model.Stance;
import org.claimscope.pipeline.annotate.AnnotatedText;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * The extract stage: quotes and reported speech with resolved speakers, the figures the annotators
 * found, and the claims built from both. Stateless and thread-safe; one instance per language.
 */
public final class SpeechExtractor {

    private final LanguageResources lex;
    private final QuoteMarks marks = new QuoteMarks();
    private final ClaimBuilder claims = new ClaimBuilder();

    public SpeechExtractor(LanguageResources lex) {
        this.lex = lex;
    }

    public Extraction extract(AnnotatedText annotated) {
        DocumentView doc = new DocumentView(annotated, marks.find(annotated.text()));
        MentionParser np = new MentionParser(doc, lex);
        List<Attribution> attributions = new Attributor(doc, np, lex).attribute();
        SpeakerResolver resolver = new SpeakerResolver(doc, np, lex);

        Map<Entity, String> ids = new LinkedHashMap<>();
        Map<Attribution, Entity> speakerOf = new IdentityHashMap<>();
        List<Attribution> ordered = new ArrayList<>(attributions);
        // speech first: a stance's source, resolved later, never changes whom a quote is given to
        for (boolean stances : new boolean[] {false, true}) {
            for (Attribution a : ordered) {
                if ((a.stance() != null) == stances) {
                    speakerOf.put(a, a.continues() >= 0 ? null : resolver.resolve(a.speaker()));
                }
            }
        }
        for (Attribution a : ordered) {
            // the quoted words inside a mixed quote are its speaker's, whichever way the mention resolved again
            for (Attribution r : ordered) {
                boolean sameCue = a.cue() != null && a.cue().equals(r.cue());
                // "Contou ao tribunal que alertou a direção para «…»": a verb inside the clause, with no name of
                // its own, still reports the clause's speaker
                boolean cueInside = a.cue() != null && r.content().start() <= a.cue().start()
                        && a.cue().end() <= r.content().end()
                        && (a.speaker() == null || a.speaker().kind() != Mention.Kind.NAME);
                if (a.quote() >= 0 && r.quote() < 0 && (sameCue || cueInside)
                        && r.content().start() <= a.content().start() && a.content().end() <= r.content().end()
                        && a.continues() < 0 && r.continues() < 0) {
                    speakerOf.put(a, speakerOf.get(r));
                }
            }
        }
        List<Quote> quotes = new ArrayList<>();
        List<Stance> stances = new ArrayList<>();
        Map<Attribution, Entity> finalSpeaker = new IdentityHashMap<>();
        Attribution previousDirect = null;
        for (Attribution a : ordered) {
            Entity e = speakerOf.get(a);
            if (a.continues() >= 0 && previousDirect != null) {
                e = finalSpeaker.get(previousDirect);
            }
            finalSpeaker.put(a, e);
            if (a.quote() >= 0) {
                previousDirect = a;
            }
            if (e != null) {
                ids.computeIfAbsent(e, x -> "s" + (ids.size() + 1));
            }
            SpeakerRef ref = e == null ? null : new SpeakerRef(ids.get(e), e.name);
            Cue cue = a.cue() == null ? null : new Cue(a.cue().of(doc.text), a.cue());
            if (a.stance() != null) {
                String content = a.content().of(doc.text);
                if (e != null || !lex.stances().isFormula(content)) { // not "someone who declined to be named"
                    stances.add(new Stance("st" + (stances.size() + 1), a.stance(), content, a.content(), ref, cue));
                }
                continue;
            }
            quotes.add(new Quote("q" + (quotes.size() + 1), a.kind(), a.content().of(doc.text), a.content(), ref, cue));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Map.Entry<Entity, String> en : ids.entrySet()) {
            Entity e = en.getKey();
            speakers.add(new Speaker(en.getValue(), e.name, e.type, List.copyOf(e.roles), e.mentions));
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure f : annotated.figures()) {
            figures.add(f.withId("f" + (figures.size() + 1)));
        }
        return new Extraction(speakers, quotes, stances, figures,
                claims.build(annotated, quotes, figures, resolver.entities()));
    }
}
