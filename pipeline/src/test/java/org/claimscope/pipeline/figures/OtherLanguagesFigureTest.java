package org.claimscope.pipeline.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;
import org.claimscope.model.Qualifier;
import org.junit.jupiter.api.Test;

class OtherLanguagesFigureTest {

    private final RuleFigureRecognizer recognizer = new RuleFigureRecognizer();

    private Figure only(String text, String lang) {
        List<Figure> fs = recognizer.recognize(text, lang);
        assertEquals(1, fs.size(), () -> "figures: " + fs);
        return fs.get(0);
    }

    private static void check(Figure f, FigureType type, String text, double value, String unit, Qualifier q) {
        assertEquals(type, f.type(), f::toString);
        assertEquals(text, f.text(), f::toString);
        assertEquals(value, f.value(), Math.abs(value) * 1e-9, f::toString);
        assertEquals(unit, f.unit(), f::toString);
        assertEquals(q, f.qualifier(), f::toString);
    }

    @Test
    void spanishMillionsAndMilMillones() {
        check(only("El Gobierno aprobó 1,2 millones de euros para la obra.", "es"), FigureType.MONEY,
                "1,2 millones de euros", 1.2e6, "EUR", null);
        check(only("La deuda supera los tres mil millones de dólares.", "es"), FigureType.MONEY,
                "tres mil millones de dólares", 3e9, "USD", Qualifier.MORE_THAN); // "supera": goes past it
        check(only("Hubo casi veintiún por ciento de abstención.", "es"), FigureType.PERCENT,
                "veintiún por ciento", 21, "%", Qualifier.JUST_UNDER);
    }

    @Test
    void frenchMilliardsAndVigesimalWords() {
        check(only("L'État a dépensé plus de 3 milliards d'euros.", "fr"), FigureType.MONEY,
                "3 milliards d'euros", 3e9, "EUR", Qualifier.MORE_THAN);
        check(only("Il y avait quatre-vingt-dix manifestants.", "fr"), FigureType.NUMBER,
                "quatre-vingt-dix", 90, null, null);
        check(only("Soixante et onze députés ont voté.", "fr"), FigureType.NUMBER, "Soixante et onze", 71, null, null);
        check(only("La ville compte 1 250 000 habitants.", "fr"), FigureType.NUMBER, "1 250 000", 1.25e6, null, null);
    }

    @Test
    void germanCompoundsAndMilliarden() {
        check(only("Der Bund investiert rund 2,5 Milliarden Euro.", "de"), FigureType.MONEY,
                "2,5 Milliarden Euro", 2.5e9, "EUR", Qualifier.ABOUT);
        check(only("Es kamen einundzwanzig Gäste.", "de"), FigureType.NUMBER, "einundzwanzig", 21, null, null);
        check(only("Zweihundertfünfzigtausend Menschen demonstrierten.", "de"), FigureType.NUMBER,
                "Zweihundertfünfzigtausend", 250000, null, null);
        assertEquals(List.of(), recognizer.recognize("Achtung, die Einheit bleibt.", "de"));
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        check(only("Revenue was $2.5 million.", "nl"), FigureType.MONEY, "$2.5 million", 2.5e6, "USD", null);
    }
}
