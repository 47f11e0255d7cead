package org.claimscope.pipeline.eval.polnear;

import org.claimscope.model.Span;

/** A system's quote: its span in the article text, kind (direct, indirect, mixed) and speaker name (nullable). */
public record Predicted(Span span, String kind, String speaker) {

    public boolean direct() {
        return "direct".equals(kind);
    }
}
