package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;
import org.claimscope.model.Qualifier;
import org.junit.jupiter.api.Test;

class RuleFigureRecognizerTest {

    private final RuleFigureRecognizer recognizer = new RuleFigureRecognizer();

    private List<Figure> pt(String s) {
        return recognizer.recognize(s, "pt");
    }

    private List<Figure> en(String s) {
        return recognizer.recognize(s, "en");
    }

    private static Figure only(List<Figure> figures) {
        assertEquals(1, figures.size(), () -> "figures: " + figures);
        return figures.get(0);
    }

    private static void assertFigure(Figure f, FigureType type, String text, double value, String unit,
                                     Qualifier q) {
        assertEquals(type, f.type(), () -> "type of " + f);
        assertEquals(text, f.text(), () -> "text of " + f);
        assertEquals(value, f.value(), Math.abs(value) * 1e-9, () -> "value of " + f);
        assertEquals(unit, f.unit(), () -> "unit of " + f);
        assertEquals(q, f.qualifier(), () -> "qualifier of " + f);
    }

    @Test
    void portugueseStartupSentenceGivesTwoMoneyFiguresAndADuration() {
        String s = "A startup já fechou negócios que totalizam mais de US$ 1 trilhão, enquanto sua receita "
                + "nos últimos seis meses mal ultrapassou US$ 4,5 bilhões.";
        List<Figure> fs = pt(s);
        assertEquals(3, fs.size(), () -> "figures: " + fs);
        assertFigure(fs.get(0), FigureType.MONEY, "US$ 1 trilhão", 1e12, "USD", Qualifier.MORE_THAN);
        assertEquals(1e12, fs.get(0).low());
        assertNull(fs.get(0).high());
        assertEquals("US$ 1 trilhão", s.substring(fs.get(0).span().start(), fs.get(0).span().end()));
        assertFigure(fs.get(1), FigureType.DURATION, "seis meses", 6, "M", null);
        assertFigure(fs.get(2), FigureType.MONEY, "US$ 4,5 bilhões", 4.5e9, "USD", Qualifier.JUST_OVER);
        assertEquals(4.5e9, fs.get(2).low());
    }

    @Test
    void portugueseThousandsDotAndDecimalComma() {
        assertFigure(only(pt("O programa atendeu 1.234.567 famílias.")), FigureType.NUMBER, "1.234.567",
                1234567, null, null);
        assertFigure(only(pt("A inflação foi de 12,5% no ano.")), FigureType.PERCENT, "12,5%", 12.5, "%", null);
        assertFigure(only(pt("O desemprego caiu para 7,8 por cento.")), FigureType.PERCENT, "7,8 por cento", 7.8,
                "%", null);
    }

    @Test
    void portugueseCurrencyWordsAfterScale() {
        assertFigure(only(pt("O governo liberou R$ 2,3 bilhões para a saúde.")), FigureType.MONEY,
                "R$ 2,3 bilhões", 2.3e9, "BRL", null);
        assertFigure(only(pt("A empresa lucrou 350 milhões de reais no trimestre.")), FigureType.MONEY,
                "350 milhões de reais", 3.5e8, "BRL", null);
        assertFigure(only(pt("O acordo vale cerca de 2 mil milhões de euros.")), FigureType.MONEY,
                "2 mil milhões de euros", 2e9, "EUR", Qualifier.ABOUT);
        assertFigure(only(pt("A dívida pública chegou a 1,2 biliões de euros.")), FigureType.MONEY,
                "1,2 biliões de euros", 1.2e12, "EUR", null);
    }

    @Test
    void portugueseNumberWords() {
        assertFigure(only(pt("Foram contratados quatro mil e quinhentos funcionários.")), FigureType.NUMBER,
                "quatro mil e quinhentos", 4500, null, null);
        assertFigure(only(pt("Vinte e três municípios decretaram emergência.")), FigureType.NUMBER,
                "Vinte e três", 23, null, null);
        assertFigure(only(pt("O clube tem um milhão e meio de sócios.")), FigureType.NUMBER,
                "um milhão e meio", 1.5e6, null, null);
    }

    @Test
    void portugueseRangeSharesScaleAndUnit() {
        Figure f = only(pt("O rombo deve ficar entre 10 e 20 milhões de reais."));
        assertFigure(f, FigureType.MONEY, "10 e 20 milhões de reais", 1e7, "BRL", Qualifier.BETWEEN);
        assertEquals(1e7, f.low());
        assertEquals(2e7, f.high());
    }

    @Test
    void portugueseQualifiers() {
        Figure f = only(pt("A obra custou no máximo R$ 300 mil."));
        assertFigure(f, FigureType.MONEY, "R$ 300 mil", 3e5, "BRL", Qualifier.AT_MOST);
        assertEquals(3e5, f.high());
        assertFigure(only(pt("O reajuste pode chegar até 15%.")), FigureType.PERCENT, "15%", 15, "%",
                Qualifier.UP_TO);
        assertFigure(only(pt("Quase 40% dos eleitores não votaram.")), FigureType.PERCENT, "40%", 40, "%",
                Qualifier.JUST_UNDER);
        assertFigure(only(pt("O estádio recebeu pouco menos de 50 mil torcedores.")), FigureType.NUMBER,
                "50 mil", 5e4, null, Qualifier.JUST_UNDER);
    }

    @Test
    void portugueseSkipsYearsDatesOrdinalsAndArticles() {
        assertTrue(pt("Em 2024, pela primeira vez, o país assinou um acordo.").isEmpty());
        assertTrue(pt("A reunião de 15 de março às 14h30 foi adiada.").isEmpty());
        assertTrue(pt("O 3º colocado e a COVID-19 foram citados em 12/03/2024.").isEmpty());
        assertTrue(pt("Ligue para (11) 3333-4444 ou +55 11 98765-4321.").isEmpty());
    }

    @Test
    void englishMoneyWithScaleAbbreviations() {
        assertFigure(only(en("The fund raised $4.5bn last year.")), FigureType.MONEY, "$4.5bn", 4.5e9, "USD", null);
        assertFigure(only(en("The club paid £3m for the striker.")), FigureType.MONEY, "£3m", 3e6, "GBP", null);
        assertFigure(only(en("Revenue reached US$ 1,000.5 million.")), FigureType.MONEY, "US$ 1,000.5 million",
                1.0005e9, "USD", null);
        assertFigure(only(en("Its profit was 361 million pounds.")), FigureType.MONEY, "361 million pounds",
                3.61e8, "GBP", null);
    }

    @Test
    void englishRangeAndQualifiers() {
        Figure f = only(en("The deal is worth between $1 and $2 billion."));
        assertFigure(f, FigureType.MONEY, "$1 and $2 billion", 1e9, "USD", Qualifier.BETWEEN);
        assertEquals(2e9, f.high());
        assertFigure(only(en("Nearly 300 people were evacuated.")), FigureType.NUMBER, "300", 300, null,
                Qualifier.JUST_UNDER);
        assertFigure(only(en("Sales grew just over 12.5 percent.")), FigureType.PERCENT, "12.5 percent", 12.5,
                "%", Qualifier.JUST_OVER);
        assertFigure(only(en("It has lost at least a million subscribers.")), FigureType.NUMBER, "a million",
                1e6, null, Qualifier.AT_LEAST);
    }

    @Test
    void englishDurationsAndQuantities() {
        assertFigure(only(en("Prices rose over the past six months.")), FigureType.DURATION, "six months", 6, "M",
                null);
        assertFigure(only(en("The war lasted two and a half years.")), FigureType.DURATION,
                "two and a half years", 2.5, "Y", null);
        assertFigure(only(en("The plant will produce 450 MW of power.")), FigureType.QUANTITY, "450 MW", 450, "MW",
                null);
        assertFigure(only(en("The pipeline runs 1,200km through the desert.")), FigureType.QUANTITY, "1,200km",
                1200, "km", null);
    }

    @Test
    void englishNumberWords() {
        assertFigure(only(en("One hundred and five delegates signed.")), FigureType.NUMBER,
                "One hundred and five", 105, null, null);
        assertFigure(only(en("They sold twenty-one thousand copies.")), FigureType.NUMBER,
                "twenty-one thousand", 21000, null, null);
    }

    @Test
    void englishSkipsFalseFigures() {
        assertTrue(en("In 2023, for the first time, a16z backed one startup on March 15 at 6pm.").isEmpty());
        assertTrue(en("She finished 2nd as COVID-19 cases fell.").isEmpty());
    }

    @Test
    void twoBoundsJoinedBecomeOneRange() {
        Figure f = only(pt("O valor é maior que 100 e menor que 300."));
        assertEquals(Qualifier.BETWEEN, f.qualifier());
        assertEquals(100, f.low());
        assertEquals(300, f.high());
    }

    @Test
    void currencySymbolIsNotSharedByTwoAmounts() {
        List<Figure> fs = en("Tickets cost 10 $ 30 $ at the door.");
        assertEquals(2, fs.size(), () -> "figures: " + fs);
        assertEquals("10 $", fs.get(0).text());
        assertEquals("30 $", fs.get(1).text());
    }

    @Test
    void multiplesOfTimeUnitsScaleTheirCount() {
        List<Figure> fs = recognizer.recognize("He has served for three decades and waited more than a decade.", "en");
        assertEquals(2, fs.size(), fs::toString);
        assertEquals(30.0, fs.get(0).value());
        assertEquals("Y", fs.get(0).unit());
        assertEquals("a decade", fs.get(1).text());
        assertEquals(10.0, fs.get(1).value());
        assertEquals(Qualifier.MORE_THAN, fs.get(1).qualifier());
        Figure seculo = recognizer.recognize("A ponte tem quase um século.", "pt").get(0);
        assertEquals(100.0, seculo.value());
        // "a year" after an amount is a rate, not a duration of one year
        assertEquals(1, recognizer.recognize("They will be £1,100 a year worse off.", "en").size());
    }
}
