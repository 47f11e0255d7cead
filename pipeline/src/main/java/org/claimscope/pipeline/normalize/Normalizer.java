package org.claimscope.pipeline.normalize;

import java.nio.file.Path;

/** Turns one file of any supported format into a {@link NormalizedArticle}. Implementations are thread-safe. */
public interface Normalizer {

    NormalizedArticle normalize(Path file) throws NormalizationException;
}
