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

    /**
     * The language of one paragraph of a document in {@code documentLanguage}: the document language unless the
     * paragraph clearly is in another one (a quoted English paragraph in a Portuguese article).
     */
    default String detectParagraph(String paragraph, String documentLanguage) {
        return detect(paragraph, documentLanguage);
    }
}
