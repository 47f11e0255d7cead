package org.claimscope.pipeline.eval.polnear;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.claimscope.model.Span;

/**
 * Stock CoreNLP as a baseline: annotators {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with quote
 * attribution on (the default), all other settings left at CoreNLP's defaults. Each top-level quote of
 * {@code QuotationsAnnotation} is a direct quote; its speaker is the quote's {@code CanonicalMentionAnnotation}
 * (the coreference-resolved name), else its {@code SpeakerAnnotation}. CoreNLP finds only quoted text, so it has
 * no indirect attributions.
 */
public final class StockCoreNlpQuotes implements QuoteSystem {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public StockCoreNlpQuotes() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public String name() {
        return "stock CoreNLP";
    }

    @Override
    public List<Predicted> quotes(String id, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Predicted> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            Integer b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (b == null || e == null || e <= b) {
                continue;
            }
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null || speaker.isBlank()) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            out.add(new Predicted(new Span(b, Math.min(e, text.length())), "direct", speaker));
        }
        return out;
    }
}
