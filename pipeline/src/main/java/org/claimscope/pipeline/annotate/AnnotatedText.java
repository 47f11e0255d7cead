package org.claimscope.pipeline.annotate;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.Figure;

/** The typed output of a language pipeline: what the extractors read, with no CoreNLP types in it. */
public record AnnotatedText(String language, String text, List<Sentence> sentences, List<Figure> figures) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        figures = List.copyOf(figures);
    }

    /** All tokens in text order. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.tokens());
        }
        return all;
    }
}
