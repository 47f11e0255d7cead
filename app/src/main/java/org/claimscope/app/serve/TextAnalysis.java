package org.claimscope.app.serve;

import org.claimscope.model.Article;

/** Analyses one posted document; supplied by the command that starts the server (which picks the pipeline). */
@FunctionalInterface
public interface TextAnalysis {

    /**
     * @param body      the document: plain text, or HTML when {@code html}
     * @param html      whether to extract the main text from HTML first
     * @param language  ISO 639-1 code, or null to detect it
     */
    Article analyze(String body, boolean html, String language);
}
