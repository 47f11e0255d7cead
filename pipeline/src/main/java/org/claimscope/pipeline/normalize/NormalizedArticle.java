package org.claimscope.pipeline.normalize;

import java.util.ArrayList;
import java.util.List;

import org.claimscope.model.Source;

/**
 * Clean article text (main content only, paragraphs separated by a blank line) with its metadata.
 * {@code language} is an ISO 639-1 code ("pt", "en", …) or null when it could not be told; it is the language of
 * the article as a whole. {@code paragraphLanguages} lists every paragraph of {@code text} in order, with its own
 * language (a Portuguese article quoting an English paragraph has one "en" paragraph).
 */
public record NormalizedArticle(Source source, String language, String text, List<Paragraph> paragraphLanguages) {

    public NormalizedArticle {
        text = text == null ? "" : text;
        paragraphLanguages = paragraphLanguages == null ? spans(text, language) : List.copyOf(paragraphLanguages);
    }

    /** An article whose paragraphs all take the article's language (no per-paragraph detection). */
    public NormalizedArticle(Source source, String language, String text) {
        this(source, language, text, null);
    }

    /**
     * Sets the article language. Paragraphs that carried the old article language take the new one; paragraphs
     * detected as another language keep theirs.
     */
    public NormalizedArticle withLanguage(String lang) {
        List<Paragraph> ps = new ArrayList<>(paragraphLanguages.size());
        for (Paragraph p : paragraphLanguages) {
            boolean followsArticle = p.language() == null ? language == null : p.language().equals(language);
            ps.add(followsArticle ? new Paragraph(p.start(), p.end(), lang) : p);
        }
        return new NormalizedArticle(source, lang, text, ps);
    }

    /** The language of the paragraph containing character {@code offset}, or the article language. */
    public String languageAt(int offset) {
        for (Paragraph p : paragraphLanguages) {
            if (offset >= p.start() && offset < p.end()) {
                return p.language() == null ? language : p.language();
            }
        }
        return language;
    }

    /** The paragraph spans of {@code text} (blocks separated by blank lines), all in {@code language}. */
    public static List<Paragraph> spans(String text, String language) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int end = text.indexOf("\n\n", i);
            if (end < 0) {
                end = n;
            }
            int trimmed = end;
            while (trimmed > i && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            out.add(new Paragraph(i, trimmed, language));
            i = end;
        }
        return out;
    }
}
