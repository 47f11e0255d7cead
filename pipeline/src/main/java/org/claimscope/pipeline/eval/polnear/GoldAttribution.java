package org.claimscope.pipeline.eval.polnear;

import java.util.List;
import org.claimscope.model.Span;

/**
 * One PolNeAR attribution. {@code content} holds its content fragments (Content, Content2, … in order);
 * {@code source} is null for "Attribution-no-source"; {@code direct} says the content is entirely in quote marks
 * (see {@link QuoteMask#direct}); {@code fullName} is the source's full name by the {@link FullNames} rule, or null.
 */
public record GoldAttribution(String id, List<Span> content, Span source, List<Span> cue, boolean direct,
        String sourceText, String cueText, String fullName) {

    public GoldAttribution {
        content = List.copyOf(content);
        cue = List.copyOf(cue);
    }

    public Span envelope() {
        return new Span(content.getFirst().start(), content.getLast().end());
    }

    public int length() {
        return content.stream().mapToInt(Span::length).sum();
    }

    /** Characters of {@code span} that fall in the content fragments. */
    public int overlap(Span span) {
        return content.stream().mapToInt(span::overlap).sum();
    }
}
