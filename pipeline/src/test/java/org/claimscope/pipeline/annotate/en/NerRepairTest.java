package org.claimscope.pipeline.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.claimscope.pipeline.lang.LanguageResources;
import org.claimscope.pipeline.lang.WordList;
import org.junit.jupiter.api.Test;

/** The CRF's slips that {@link NerRepair} mends, on hand-tagged tokens (no model is loaded). */
class NerRepairTest {

    private final NerRepair repair = new NerRepair(WordList.load("en", "org-suffixes"), WordList.load("en", "stopwords"),
            WordList.load("en", "company-nouns"), WordList.load("en", "seats-of-power"), WordList.load("en", "role-heads"),
            LanguageResources.load("en").names());

    /** Tokens as "word/TAG" (TAG O when absent), repaired, returned in the same notation. */
    private String repaired(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(slash < 0 ? wt : wt.substring(0, slash));
            t.setNER(slash < 0 ? "O" : wt.substring(slash + 1));
            tokens.add(t);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        repair.annotate(doc);
        List<String> out = new ArrayList<>();
        for (CoreLabel t : tokens) {
            out.add("O".equals(t.ner()) ? t.word() : t.word() + "/" + t.ner());
        }
        return String.join(" ", out);
    }

    @Test
    void aPartyTagWithAHomeTownIsNoPerson() {
        assertEquals("by Rep. Irene/PERSON Chavez-Pohl/PERSON , D-Las Cruces , a pecan grower",
                repaired("by Rep. Irene/PERSON Chavez-Pohl/PERSON , D-Las/PERSON Cruces/PERSON , a pecan grower"));
    }

    @Test
    void aGivenNameTakenForAnOrganizationBeforeARoleIsAPerson() {
        assertEquals("Aaliyah/PERSON Morgan/PERSON , executive director of the Working/ORGANIZATION Youth/ORGANIZATION "
                        + "Project/ORGANIZATION , said",
                repaired("Aaliyah/ORGANIZATION Morgan/ORGANIZATION , executive director of the Working/ORGANIZATION "
                        + "Youth/ORGANIZATION Project/ORGANIZATION , said"));
        // without a given name, the article is still needed: "Harlow Group, executive director of …" stays as tagged
        assertEquals("Harlow/ORGANIZATION Group/ORGANIZATION , executive director of the fund",
                repaired("Harlow/ORGANIZATION Group/ORGANIZATION , executive director of the fund"));
    }
}
