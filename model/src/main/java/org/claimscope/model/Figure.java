package org.claimscope.model;

/**
 * A normalized figure. {@code value} is the stated number in base units (1e12 for "1 trilhão");
 * {@code unit} is an ISO 4217 code for money, "%" for percent, a unit symbol for quantities,
 * an ISO 8601 duration unit letter (Y, M, W, D, H, MIN, S) for durations, null for plain numbers.
 * {@code low}/{@code high} bound the value when the qualifier implies a range (null = open).
 */
public record Figure(String id, FigureType type, String text, Span span, Double value, String unit,
                     Qualifier qualifier, Double low, Double high) {

    public Figure withId(String newId) {
        return new Figure(newId, type, text, span, value, unit, qualifier, low, high);
    }
}
