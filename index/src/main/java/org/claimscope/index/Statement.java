package org.claimscope.index;

import java.util.List;
import org.claimscope.model.Figure;
import org.claimscope.model.Span;

/**
 * One indexed quote, claim or stance, as shown in search hits and written by {@link ClaimExporter}.
 * Rebuilt from stored fields only (no JSON parsing on the search path).
 *
 * @param id       the quote, claim or stance id, unique within its article
 * @param type     {@code quote}, {@code claim} or {@code stance}
 * @param kind     direct|indirect|mixed; for a claim the kind of its quote, null for an unattributed claim; for a
 *                 stance belief|evidence|position|message|question
 * @param speaker  null when nobody is credited (for a stance: its source)
 * @param cue      the speech cue text ("disse", "according to"; for a stance its verb), or null
 * @param quoteId  for a claim, the id of the quote it restates, else null
 * @param language ISO 639-1 code of the article, or null
 */
public record Statement(String id, String articleId, String type, String kind, String text, SpeakerInfo speaker,
                        String cue, List<Figure> figures, SourceInfo source, String language, Span span,
                        String quoteId) {

    public Statement {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
