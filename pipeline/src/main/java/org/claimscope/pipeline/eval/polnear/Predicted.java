package org.claimscope.pipeline.eval.polnear;

import org.claimscope.model.Span;

/**
 * A system's quote: its span in the article text, kind (direct, indirect, mixed, or {@link #STANCE} for a stance) and
 * speaker name (nullable).
 */
public record Predicted(Span span, String kind, String speaker) {

    public static final String STANCE = "stance";

    public boolean stance() {
        return STANCE.equals(kind);
    }

    public boolean direct() {
        return "direct".equals(kind);
    }
}
