package org.claimscope.pipeline.normalize;

import java.time.Duration;

/**
 * Limits for {@link TikaNormalizer}.
 *
 * @param maxBytes largest input file accepted
 * @param maxChars most characters of text taken from one document (the rest is cut, protecting against
 *                 decompression bombs in DOCX/ODT/PDF)
 * @param timeout  longest time one file (with its attachments) may take to parse; {@link Duration#ZERO} for none
 */
public record NormalizerOptions(long maxBytes, int maxChars, Duration timeout) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 10_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public NormalizerOptions {
        if (maxBytes <= 0 || maxChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be zero (none) or positive");
        }
    }

    /** Limits with the default timeout. */
    public NormalizerOptions(long maxBytes, int maxChars) {
        this(maxBytes, maxChars, DEFAULT_TIMEOUT);
    }

    public static NormalizerOptions defaults() {
        return new NormalizerOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
    }

    public NormalizerOptions withMaxBytes(long bytes) {
        return new NormalizerOptions(bytes, maxChars, timeout);
    }

    public NormalizerOptions withTimeout(Duration limit) {
        return new NormalizerOptions(maxBytes, maxChars, limit);
    }
}
