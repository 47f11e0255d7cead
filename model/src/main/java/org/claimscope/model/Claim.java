package org.claimscope.model;

import java.util.List;

/**
 * A checkable statement: a quote, or a sentence that states a figure. {@code source} is a speaker id,
 * or null when the article itself makes the statement.
 */
public record Claim(String id, String text, Span span, String source, String quote, List<String> figures,
                    List<String> entities) {

    public Claim {
        figures = List.copyOf(figures);
        entities = List.copyOf(entities);
    }
}
