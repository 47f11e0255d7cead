package org.claimscope.pipeline.annotate;

import java.util.List;

/** A sentence: its char range in the article text and its tokens (token indexes are article-wide). */
public record Sentence(int index, int begin, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
