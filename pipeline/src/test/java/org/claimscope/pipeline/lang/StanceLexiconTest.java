package org.claimscope.pipeline.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.claimscope.model.StanceKind;
import org.junit.jupiter.api.Test;

class StanceLexiconTest {

    @Test
    void linesGiveKindLemmaAndParticle() {
        StanceLexicon lex = StanceLexicon.parse(WordList.of("belief: think", "position: call for", "position: call on",
                "evidence: find that"));
        assertEquals(Map.of("", StanceKind.BELIEF), lex.particles("Think"));
        assertEquals(Map.of("for", StanceKind.POSITION, "on", StanceKind.POSITION), lex.particles("call"));
        assertEquals(Map.of("that", StanceKind.EVIDENCE), lex.particles("find"));
        assertTrue(lex.particles("say").isEmpty());
    }

    @Test
    void aLineWithoutKindIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> StanceLexicon.parse(WordList.of("think")));
    }

    @Test
    void theEnglishAndPortugueseListsLoadAndSpanishHasNoneYet() {
        assertEquals(StanceKind.EVIDENCE, LanguageResources.load("en").stances().particles("show").get(""));
        StanceLexicon pt = LanguageResources.load("pt").stances();
        assertEquals("criticar", pt.lemmaOfForm("criticou"), "Portuguese forms map to their infinitive");
        assertEquals(StanceKind.POSITION, pt.particles("votar").get("contra"));
        assertTrue(LanguageResources.load("es").stances().isEmpty());
    }

    @Test
    void formsAreMappedOnlyWhenAskedFor() {
        assertEquals(null, StanceLexicon.parse(WordList.of("belief: esperar")).lemmaOfForm("espera"));
        assertEquals("esperar", StanceLexicon.parse(WordList.of("belief: esperar"), VerbForms.forLanguage("pt"), WordList.of())
                .lemmaOfForm("Esperam"));
    }

    @Test
    void aFormulaOfAnonymityIsTheWholeContentOrItsOpening() {
        StanceLexicon en = LanguageResources.load("en").stances();
        assertTrue(en.isFormula("to be named because the talks were private"));
        assertTrue(en.isFormula("To comment"));
        assertFalse(en.isFormula("to commentators' surprise, the plan"), "a formula is whole words");
        assertFalse(en.isFormula("the pool closures"));
        assertTrue(LanguageResources.load("pt").stances().isFormula("anonimato por ter posição no caso"));
    }
}
