package org.claimscope.pipeline.normalize;

/**
 * Limits for {@link TikaNormalizer}.
 *
 * @param maxBytes largest input file accepted
 * @param maxChars most characters of text taken from one document (the rest is cut, protecting against
 *                 decompression bombs in DOCX/ODT/PDF)
 */
public record NormalizerOptions(long maxBytes, int maxChars) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 10_000_000;

    public NormalizerOptions {
        if (maxBytes <= 0 || maxChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static NormalizerOptions defaults() {
        return new NormalizerOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS);
    }

    public NormalizerOptions withMaxBytes(long bytes) {
        return new NormalizerOptions(bytes, maxChars);
    }
}
