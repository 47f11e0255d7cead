package org.claimscope.pipeline.eval.polnear;

import java.util.List;

/** A PolNeAR article: its file name (without extension), the annotator whose annotation is used, text and gold. */
public record PolnearArticle(String id, String annotator, String text, List<GoldAttribution> attributions) {

    public PolnearArticle {
        attributions = List.copyOf(attributions);
    }
}
