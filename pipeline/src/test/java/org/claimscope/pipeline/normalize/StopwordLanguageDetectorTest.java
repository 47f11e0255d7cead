package org.claimscope.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StopwordLanguageDetectorTest {

    private final LanguageDetector detector = new StopwordLanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pt | O presidente disse que não haverá mudanças na equipe econômica.",
        "es | El presidente dijo que no habrá cambios en el equipo económico.",
        "pt | A empresa fechou o trimestre com lucro e pretende contratar mais pessoas.",
        "es | La empresa cerró el trimestre con ganancias y pretende contratar más personas.",
        "en | The company closed the quarter with a profit and plans to hire more people.",
        "fr | L'entreprise a clôturé le trimestre avec un bénéfice et prévoit d'embaucher plus de personnes.",
        "de | Das Unternehmen hat das Quartal mit Gewinn abgeschlossen und will mehr Menschen einstellen.",
        "it | L'azienda ha chiuso il trimestre con un utile e intende assumere più persone.",
        "pt | Ele afirmou que a notícia foi uma surpresa.",
        "es | Él afirmó que la noticia fue una sorpresa.",
    })
    void tellsTheLanguageOfOneSentence(String expected, String text) {
        assertEquals(expected, detector.detect(text));
    }

    @Test
    void unknownOrTooShortTextGivesNull() {
        assertNull(detector.detect("12345 67890"));
        assertNull(detector.detect("Путин заявил журналистам о переговорах"));
    }

    @Test
    void declaredLanguageIsUsedWhenTheTextCannotTell() {
        assertEquals("ru", detector.detect("Путин заявил журналистам о переговорах", "ru-RU"));
        assertEquals("pt", detector.detect("Brasil 2 x 1 Argentina", "pt-BR"));
    }

    @Test
    void declaredLanguageLosesAgainstClearlyDifferentText() {
        assertEquals("en", detector.detect("The minister said that the plan would be presented to the parliament "
                + "next week, and that it was not going to change.", "pt-BR"));
    }

    @Test
    void chanceHitsOfAnUnknownLanguageDoNotCount() {
        // Indonesian shares "di", "dan", "en"-like short words with Dutch and others, but far too rarely.
        assertEquals("id", detector.detect("Jangan membenci satu kaum secara berlebihan karena hal itu akan "
                + "membuat kita tidak berlaku adil kepada mereka dan juga kepada diri sendiri.", "id"));
    }
}
