package org.claimscope.pipeline.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameLexiconTest {

    private final NameLexicon names = LanguageResources.load("pt").names();

    @Test
    void genderedAndUnisexListsAreDisjoint() {
        Set<String> both = new HashSet<>(names.maleNames().entries());
        both.retainAll(names.femaleNames().entries());
        assertTrue(both.isEmpty(), "in both gendered lists: " + both);
        for (String n : names.unisexNames().entries()) {
            assertFalse(names.maleNames().contains(n) || names.femaleNames().contains(n), n + " is also gendered");
        }
    }

    @Test
    void unisexNamesAreGivenNames() {
        assertTrue(names.isGivenName("Andrea"));
        assertTrue(names.isGivenName("darci"));
        assertTrue(names.isGivenName("Giles"));
        assertTrue(names.isGivenName("Conceição"));
    }

    @Test
    void commonWordsAreNoGivenNames() {
        for (String w : new String[] {"uma", "lei", "reza", "ella", "esa", "tal", "paz", "luz", "will", "may", "grace",
                "vitória", "santiago", "salvador", "domingo", "linda", "said"}) {
            assertFalse(names.isGivenName(w), w);
        }
    }
}
