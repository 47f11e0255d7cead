package org.claimscope.pipeline.normalize;

/** Tells the language of a text as an ISO 639-1 code. Implementations are thread-safe. */
public interface LanguageDetector {

    /** The language of {@code text}, or null when it cannot be told with confidence. */
    String detect(String text);

    /**
     * Like {@link #detect(String)}, but a declared language (e.g. {@code <html lang>}) is taken when the text is
     * too short to tell or when the text does not clearly contradict it. The hint may be "pt-BR", "en_US", etc.
     */
    default String detect(String text, String hint) {
        return detect(text);
    }
}
