package org.claimscope.pipeline.normalize;

/** A file could not be turned into an article; the message is one line a user can act on. */
public class NormalizationException extends Exception {

    public NormalizationException(String message) {
        super(message);
    }

    public NormalizationException(String message, Throwable cause) {
        super(message, cause);
    }
}
