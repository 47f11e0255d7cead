package org.claimscope.pipeline.eval.polnear;

import java.util.List;

/** A system under evaluation: article text in, quotes out. Implementations must be thread-safe. */
public interface QuoteSystem {

    String name();

    List<Predicted> quotes(String id, String text);
}
