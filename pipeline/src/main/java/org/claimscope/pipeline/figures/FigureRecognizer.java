package org.claimscope.pipeline.figures;

import java.util.List;
import org.claimscope.model.Figure;

/**
 * Finds figures (money, percentages, numbers, quantities, durations) in text and normalizes them.
 * Spans are offsets into {@code text}; ids are left null (the caller numbers them). Thread-safe.
 */
public interface FigureRecognizer {

    List<Figure> recognize(String text, String language);
}
