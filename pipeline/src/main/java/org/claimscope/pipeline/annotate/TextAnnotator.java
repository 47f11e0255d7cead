package org.claimscope.pipeline.annotate;

/** Tokenizes, splits and tags the text of one language. Implementations are thread-safe. */
public interface TextAnnotator {

    /** ISO 639-1 code of the language this annotator handles. */
    String language();

    AnnotatedText annotate(String text);
}
