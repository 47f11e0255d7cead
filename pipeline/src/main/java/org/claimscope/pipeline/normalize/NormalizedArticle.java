package org.claimscope.pipeline.normalize;

import org.claimscope.model.Source;

/**
 * Clean article text (main content only, paragraphs separated by a blank line) with its metadata.
 * {@code language} is an ISO 639-1 code ("pt", "en", …) or null when it could not be told.
 */
public record NormalizedArticle(Source source, String language, String text) {

    public NormalizedArticle withLanguage(String lang) {
        return new NormalizedArticle(source, lang, text);
    }
}
