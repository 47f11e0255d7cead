package org.claimscope.pipeline.annotate;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Properties;

/**
 * Everything CoreNLP needs to know about one language: its properties (the only place they are set)
 * and the annotators of our own that run after CoreNLP's.
 */
public interface CoreNlpLanguage {

    String code();

    Properties properties();

    List<Annotator> ownAnnotators();

    /** Tokenizer options shared by all languages: keep original characters so offsets and quotes survive. */
    static String tokenizerOptions() {
        return "invertible=true,ptb3Escaping=false,quotes=original,ellipses=original,dashes=original,"
                + "splitHyphenated=false,splitAssimilations=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false";
    }
}
