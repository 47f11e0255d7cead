package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimscope.model.Figure;
import org.junit.jupiter.api.Test;

class CurrencyContextTest {

    private final RuleFigureRecognizer recognizer = new RuleFigureRecognizer();
    private final CurrencyContext context = CurrencyContext.load();

    private List<String> units(String text, String lang) {
        return context.resolve(text, lang, recognizer.recognize(text, lang)).stream().map(Figure::unit).toList();
    }

    @Test
    void barePesosTakeTheCountryTheArticleNames() {
        assertEquals(List.of("CLP"), units("Workers at the Chilean mine asked for a bonus of 25 million pesos.", "en"));
        assertEquals(List.of("ARS"), units("En Argentina, la jubilación mínima es de 150.000 pesos.", "es"));
        assertEquals(List.of("COP"), units("O governo da Colômbia pagará 300 mil pesos por família.", "pt"));
    }

    @Test
    void namedPesosAndUnclearCountriesKeepTheirCurrency() {
        assertEquals(List.of("MXN"), units("In Chile, the firm paid 4 million Mexican pesos.", "en"));
        // no country, or two named equally often: the recognizer's default stands
        assertEquals(List.of("MXN"), units("The fine was 25 million pesos.", "en"));
        assertEquals(List.of("MXN"), units("Chile and Argentina: a fine of 25 million pesos.", "en"));
    }

    @Test
    void bareDollarSignIsTheLocalPesoOnlyInSpanish() {
        assertEquals(List.of("ARS", "USD"), units(
                "El salario mínimo en Argentina sube a $ 300.000, unos US$ 250.", "es"));
        assertEquals(List.of("USD"), units("Argentina's central bank sold $500 million.", "en"));
    }

    @Test
    void bareDollarsInACanadianOrAustralianStoryAreThatCountrysDollars() {
        String ca = "VANCOUVER — Ottawa and British Columbia will put $1.2-billion into housing in Vancouver, "
                + "the Canadian government said; tenants may pay up to $90,000 or 5 million dollars. "
                + "A U.S. fund added US$50 million.";
        assertEquals(List.of("CAD", "CAD", "CAD", "USD"), units(ca, "en"));
        assertEquals(List.of("AUD"), units("Sydney and Melbourne lead Australia's market; Australian buyers paid $900,000.", "en"));
    }

    @Test
    void aSingleMentionOfAnotherCountryLeavesTheDollarAlone() {
        assertEquals(List.of("USD"), units("The Ohio plant, which also sells to Canada, will cost $50 million.", "en"));
        assertEquals(List.of("USD", "CAD"), units("Toronto, Ontario and Canadian investors paid $5 million and C$2 million "
                + "in Canada, U.S. officials in Washington said of the American deal with America's neighbour.", "en"));
    }

    @Test
    void canadianPressStyleAndAProvinceInTheDatelineMakeTheDollarCanadian() {
        String cp = "LAKEVIEW, Sask. — Lakeview will borrow $12-million for a new arena and a $3-million pool, "
                + "and fees rise by $40 a year.";
        assertEquals(List.of("CAD", "CAD", "CAD"), units(cp, "en"));
        // One hyphenated amount alone is no country.
        assertEquals(List.of("USD"), units("The county will borrow $12-million for a new arena.", "en"));
    }
}
