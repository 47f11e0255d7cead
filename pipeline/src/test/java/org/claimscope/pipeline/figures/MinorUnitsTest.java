package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimscope.model.Figure;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {

    private final RuleFigureRecognizer recognizer = new RuleFigureRecognizer();
    private final MinorUnits minorUnits = new MinorUnits();

    private List<String> read(String text, String lang) {
        return minorUnits.resolve(lang, recognizer.recognize(text, lang)).stream()
                .map(f -> f.text() + "=" + f.value() + " " + f.unit()).toList();
    }

    @Test
    void centsAreHundredthsOfTheArticlesOwnCurrency() {
        assertEquals(List.of("€2.5bn=2.5E9 EUR", "35 cents=0.35 EUR"),
                read("Revenue reached €2.5bn and the dividend is 35 cents a share.", "en"));
        assertEquals(List.of("$1.10=1.1 USD", "45 cents=0.45 USD"),
                read("A loaf costs $1.10, up 45 cents in a year.", "en"));
    }

    @Test
    void centsWithNoOtherAmountInEnglishAreUsCents() {
        assertEquals(List.of("80 cents=0.8 USD"), read("Bus fares will rise by 80 cents.", "en"));
    }

    @Test
    void penceAreAlwaysSterling() {
        assertEquals(List.of("12p=0.12 GBP", "310p=3.1 GBP"), read("Shares fell 12p to 310p.", "en"));
    }

    @Test
    void otherMinorUnitsStayAsStatedUnlessTheArticleHasOneCurrency() {
        assertEquals(List.of("40 kopecks=40.0 ¢"), read("A box of matches costs 40 kopecks.", "en"));
        assertEquals(List.of("3 rubles=3.0 RUB", "40 kopecks=0.4 RUB"),
                read("Bread costs 3 rubles and matches 40 kopecks.", "en"));
    }
}
