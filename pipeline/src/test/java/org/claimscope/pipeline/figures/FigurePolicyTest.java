package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimscope.model.Figure;
import org.claimscope.model.Qualifier;
import org.junit.jupiter.api.Test;

class FigurePolicyTest {

    @Test
    void aRangeIsOneFigureWithBothBounds() {
        List<Figure> found = new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES)
                .recognize("Rates will stay between 4% and 6.5% next year.", "en");
        assertEquals(1, found.size());
        Figure range = found.get(0);
        assertEquals("4% and 6.5%", range.text());
        assertEquals(Qualifier.BETWEEN, range.qualifier());
        assertEquals(4.0, range.low());
        assertEquals(6.5, range.high());
    }

    @Test
    void rangesAsBoundsReportsEachBoundOnItsOwn() {
        List<Figure> found = new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES.withRangesAsBounds())
                .recognize("Rates will stay between 4% and 6.5% next year; wages rose 3 to 5 percent.", "en");
        assertEquals(List.of("4%", "6.5%", "3", "5 percent"), found.stream().map(Figure::text).toList());
        assertEquals(List.of(4.0, 6.5, 3.0, 5.0), found.stream().map(Figure::value).toList());
        assertEquals(0, found.stream().filter(f -> f.qualifier() != null).count(), "a bound is no qualified figure");
    }

    @Test
    void boundsKeepTheirOwnUnscaledValue() {
        // "100 bis 300 Milliarden": in a range the first bound borrows the scale; on its own it is 100
        List<Figure> found = new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES.withRangesAsBounds())
                .recognize("Die Milchstraße hat 100 bis 300 Milliarden Sterne.", "de");
        assertEquals(List.of(100.0, 3e11), found.stream().map(Figure::value).toList());
    }
}
