package org.claimscope.pipeline.normalize;

/**
 * One paragraph of a {@link NormalizedArticle}'s text: the character span {@code [start, end)} in
 * {@link NormalizedArticle#text()} and its language (ISO 639-1, or null when it could not be told). Paragraphs
 * are the blocks separated by a blank line; a paragraph quoted in another language than the article's carries
 * its own language, so it can be analysed with the right rules.
 */
public record Paragraph(int start, int end, String language) {

    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph span [" + start + ", " + end + ")");
        }
    }

    /** The paragraph's text within the article text it was computed for. */
    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
