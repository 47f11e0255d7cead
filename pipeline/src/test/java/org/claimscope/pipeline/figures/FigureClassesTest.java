package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimscope.model.Figure;
import org.junit.jupiter.api.Test;

/**
 * Classes of figures, one test per behaviour, on our own sentences: every figure found, as
 * "text=value unit qualifier[low,high]" (unit and qualifier only when present).
 */
class FigureClassesTest {

    private final RuleFigureRecognizer news = new RuleFigureRecognizer();
    private final RuleFigureRecognizer suite = new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES);

    private List<String> read(String text, String lang) {
        return describe(news.recognize(text, lang));
    }

    private List<String> readAll(String text, String lang) {
        return describe(suite.recognize(text, lang));
    }

    private static List<String> describe(List<Figure> figures) {
        return figures.stream().map(f -> f.text() + "=" + f.value() + (f.unit() == null ? "" : " " + f.unit())
                + (f.qualifier() == null ? "" : " " + f.qualifier() + "[" + f.low() + "," + f.high() + "]")).toList();
    }

    @Test
    void frenchCentsAfterDigitsAreCentsWhenSaidAsMoneyOrWithDecimals() {
        assertEquals(List.of("45 cents=45.0 ¢"), read("Le titre a clôturé en baisse de 45 cents.", "fr"));
        assertEquals(List.of("2,35 cents=2.35 ¢"), read("Le baril a pris 2,35 cents mardi.", "fr"));
        assertEquals(List.of("8 dollars et 40 cents=8.4 USD"), read("Le billet vaut 8 dollars et 40 cents.", "fr"));
        assertEquals(List.of("sept euros et trente-cinq cents=7.35 EUR"),
                read("Le menu coûte sept euros et trente-cinq cents.", "fr"));
        // as a number word, or alone after digits, "cents" is still a hundred
        assertEquals(List.of("Quatre cents=400.0"), read("Quatre cents salariés ont manifesté.", "fr"));
        assertEquals(List.of("214 cents=21400.0"), readAll("214 cents", "fr"));
    }

    @Test
    void aStandaloneScaleAfterALargerScaleCountsOnce() {
        assertEquals(List.of("drei Millionen eintausendzweihundert=3001200.0"),
                read("Es waren drei Millionen eintausendzweihundert Besucher.", "de"));
        assertEquals(List.of("cuatro millones mil=4001000.0"), read("Llegaron cuatro millones mil votos.", "es"));
        // English says "four million one thousand"; a bare "thousand" starts nothing
        assertEquals(List.of("four million=4000000.0"), read("They got four million thousand-dollar loans.", "en"));
    }

    @Test
    void germanNumberWordsWithoutUmlautsAndOneAndAHalf() {
        assertEquals(List.of("fuenfundzwanzig=25.0"), read("Es kamen fuenfundzwanzig Gaeste.", "de"));
        assertEquals(List.of("50 Euro=50.0 EUR AT_MOST[null,50.0]"), read("Das kostet hoechstens 50 Euro.", "de"));
        assertEquals(List.of("anderthalb Millionen Euro=1500000.0 EUR"),
                read("Die Stadt zahlt anderthalb Millionen Euro.", "de"));
        assertEquals(List.of("einundhalb Stunden=1.5 H"), read("Die Sitzung dauerte einundhalb Stunden.", "de"));
    }

    @Test
    void aCurrencyLetterGluedToAnAmountIsRandOrNaira() {
        assertEquals(List.of("R36 500=36500.0 ZAR"), read("The family spends R36 500 a year on fees.", "en"));
        assertEquals(List.of("R2.3bn=2.3E9 ZAR"), read("The utility lost R2.3bn last year.", "en"));
        assertEquals(List.of("N750 million=7.5E8 NGN"), read("The agency recovered N750 million.", "en"));
        // a bare amount only where the text names the country and says it as money
        assertEquals(List.of("R85=85.0 ZAR"), read("In Durban a taxi ride costs R85.", "en"));
        assertEquals(List.of(), read("A taxi ride costs R85.", "en"));
        assertEquals(List.of(), read("Lagos hospitals ran out of N95 masks.", "en"));
        assertEquals(List.of(), read("Drivers on the R61 near Pretoria face delays.", "en"));
    }

    @Test
    void fromToRangesInSpanishFrenchAndGermanUnlessAChange() {
        assertEquals(List.of("15 a 25 euros=15.0 EUR BETWEEN[15.0,25.0]"),
                read("Las entradas cuestan de 15 a 25 euros.", "es"));
        assertEquals(List.of("6 à 9 mois=6.0 M BETWEEN[6.0,9.0]"), read("Les travaux dureront de 6 à 9 mois.", "fr"));
        assertEquals(List.of("40 bis 60 Millionen Euro=4.0E7 EUR BETWEEN[4.0E7,6.0E7]"),
                read("Das Projekt kostet 40 bis 60 Millionen Euro.", "de"));
        assertEquals(List.of("zwei bis drei Jahre=2.0 Y BETWEEN[2.0,3.0]"),
                read("Der Umbau dauert von zwei bis drei Jahre.", "de"));
        // a change verb before "de"/"von" makes two figures; a result stays two numbers
        assertEquals(List.of("3 %=3.0 %", "4 %=4.0 %"), read("Le chômage est passé de 3 % à 4 %.", "fr"));
        assertEquals(List.of("2=2.0", "4 Euro=4.0 EUR"), read("Der Preis stieg von 2 auf 4 Euro.", "de"));
        assertEquals(List.of("2=2.0", "1=1.0"), readAll("Le PSG a battu Nantes 2 à 1.", "fr"));
    }

    @Test
    void aNegatedBoundIsTheOppositeBound() {
        assertEquals(List.of("25=25.0 AT_MOST[null,25.0]"), read("The room seats not more than 25 guests.", "en"));
        assertEquals(List.of("vingt ans=20.0 Y AT_LEAST[20.0,null]"),
                read("Le litige dure depuis pas moins de vingt ans.", "fr"));
        assertEquals(List.of("80=80.0 AT_MOST[null,80.0]"), read("Acudieron no más de 80 vecinos.", "es"));
        assertEquals(List.of("12 Prozent=12.0 % AT_LEAST[12.0,null]"),
                read("Die Miete stieg um nicht weniger als 12 Prozent.", "de"));
    }

    @Test
    void twoBoundsMakeARangeOnlyWhenTheLowerIsBelowTheUpper() {
        assertEquals(List.of("15 and fewer than 30=15.0 BETWEEN[15.0,30.0]"),
                read("More than 15 and fewer than 30 schools closed.", "en"));
        assertEquals(List.of("70=70.0 MORE_THAN[70.0,null]", "5=5.0 LESS_THAN[null,5.0]"),
                read("Plus de 70 et moins de 5 : voilà les seuils du barème.", "fr"));
    }

    @Test
    void aSuspendedHyphenJoinsARangeToTheUnitOfItsSecondEnd() {
        assertEquals(List.of("four- to six-week=4.0 W BETWEEN[4.0,6.0]"),
                read("Patients face a four- to six-week wait.", "en"));
        assertEquals(List.of("20- to 30-minute=20.0 MIN BETWEEN[20.0,30.0]"),
                read("It is a 20- to 30-minute drive.", "en"));
        assertEquals(List.of("drei- bis viertausend Euro=3000.0 EUR BETWEEN[3000.0,4000.0]"),
                read("Die Reparatur kostet drei- bis viertausend Euro.", "de"));
    }
}
