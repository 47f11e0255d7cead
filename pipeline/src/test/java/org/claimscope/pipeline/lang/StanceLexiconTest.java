package org.claimscope.pipeline.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void theEnglishListLoadsAndPortugueseHasNoneYet() {
        assertEquals(StanceKind.EVIDENCE, LanguageResources.load("en").stances().particles("show").get(""));
        assertTrue(LanguageResources.load("pt").stances().isEmpty());
    }
}
