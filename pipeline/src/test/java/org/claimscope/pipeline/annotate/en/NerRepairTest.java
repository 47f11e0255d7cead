package org.claimscope.pipeline.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimscope.pipeline.lang.LanguageResources;
import org.claimscope.pipeline.lang.WordList;
import org.junit.jupiter.api.Test;

/** The CRF's slips that {@link NerRepair} mends, on hand-tagged tokens (no model is loaded). */
class NerRepairTest {

    private final NerRepair repair = new NerRepair(WordList.load("en", "org-suffixes"), WordList.load("en", "stopwords"),
            WordList.load("en", "company-nouns"), WordList.load("en", "seats-of-power"), WordList.load("en", "role-heads"),
            LanguageResources.load("en").names(), LanguageResources.load("en").speech());

    private String repaired(String tagged) {
        return HandTagged.repaired(repair, tagged);
    }

    @Test
    void aPartyLabelBeforeAGivenNameIsNoPartOfTheName() {
        assertEquals("At the debate , Democrat Hillary/PERSON Clinton/PERSON said",
                repaired("At the debate , Democrat/PERSON Hillary/PERSON Clinton/PERSON said"));
        // a rarer given name before a common one is the person's own
        String brooks = "said Cornell/PERSON William/PERSON Brooks/PERSON , president";
        assertEquals(brooks, repaired(brooks));
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

    @Test
    void aPoliticiansTitleBeforeTwoCapitalizedWordsMakesAPerson() {
        assertEquals("Sen. Ada/PERSON Price/PERSON ( D-Nev . ) blasted Cole/PERSON",
                repaired("Sen. Ada/ORGANIZATION Price/ORGANIZATION ( D-Nev . ) blasted Cole/PERSON"));
        // one word after the title may be an organization's ("Gov. Office"): left as tagged
        assertEquals("the Gov. Office/ORGANIZATION said", repaired("the Gov. Office/ORGANIZATION said"));
    }

    @Test
    void aVerbOfSayingOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
        assertEquals("Said Comey/PERSON , \u201c The thought is painful . \u201d",
                repaired("Said/PERSON Comey/PERSON , \u201c The thought is painful . \u201d"));
    }

    @Test
    void aRunLongerThanAnyPersonalNameIsNoName() {
        assertEquals("12:30 PMHarlan Voss Booed After Telling Carl Dorsey To Pipe Down Capitol Wire reports",
                repaired("12:30 PMHarlan/MISC Voss/MISC Booed/MISC After/MISC Telling/MISC Carl/MISC Dorsey/MISC To/MISC "
                        + "Pipe/MISC Down/MISC Capitol/MISC Wire/MISC reports"));
        // six words may be one name; a long organization's name stays whole
        String sheikh = "said Sheikh/PERSON Hamad/PERSON bin/PERSON Khalid/PERSON Al/PERSON Thani/PERSON today";
        assertEquals(sheikh, repaired(sheikh));
        String naacp = "the National/ORGANIZATION Association/ORGANIZATION for/ORGANIZATION the/ORGANIZATION "
                + "Advancement/ORGANIZATION of/ORGANIZATION Colored/ORGANIZATION People/ORGANIZATION said";
        assertEquals(naacp, repaired(naacp));
    }

    @Test
    void aSecretaryGeneralOrADelegateBeforeTwoCapitalizedWordsIsAPerson() {
        assertEquals("Secretary General Ban/PERSON Ki-moon/PERSON condemned it",
                repaired("Secretary General Ban Ki-moon condemned it"));
        assertEquals("Secretary-General Ban/PERSON Ki-moon/PERSON condemned it",
                repaired("Secretary-General Ban/MISC Ki-moon/MISC condemned it"));
        assertEquals("said Del. Nia/PERSON Marlow/PERSON of Guam", repaired("said Del. Nia Marlow of Guam"));
        // the office alone, with no name after it, stays as tagged
        assertEquals("the Secretary General said", repaired("the Secretary General said"));
    }

    @Test
    void aDoubleQuoteMarkEndsAPersonsNameButNotAnApostropheOrAnOrganizationsTitle() {
        // the mark no longer joins the two names into one run
        assertEquals("\u2015 Jacklyn/PERSON Ashley/PERSON \u201c Trump/PERSON must stop . \u201d",
                repaired("\u2015 Jacklyn/PERSON Ashley/PERSON \u201c/PERSON Trump/PERSON must stop . \u201d"));
        String union = "the Irish/ORGANIZATION Farmers/ORGANIZATION '/ORGANIZATION Association/ORGANIZATION said";
        assertEquals(union, repaired(union));
        // an organization's name may hold a quoted title
        String show = "told ABC/ORGANIZATION 's/ORGANIZATION \u201c/ORGANIZATION Good/ORGANIZATION "
                + "Morning/ORGANIZATION America/ORGANIZATION \u201d/ORGANIZATION on Monday";
        assertEquals(show, repaired(show));
    }

    @Test
    void anOrganizationRunOfGivenNamesAndAPersonsNameIsThatPerson() {
        assertEquals("Aung/PERSON San/PERSON Suu/PERSON Kyi/PERSON visited ; later Suu/PERSON Kyi/PERSON said",
                repaired("Aung/ORGANIZATION San/ORGANIZATION Suu/ORGANIZATION Kyi/ORGANIZATION visited ; later "
                        + "Suu/PERSON Kyi/PERSON said"));
        // a headline run that ends in a name is left as tagged
        String headline = "NYTimes/ORGANIZATION Casually/ORGANIZATION Conflates/ORGANIZATION Ted/ORGANIZATION "
                + "Cruz/ORGANIZATION ; Ted/PERSON Cruz/PERSON said";
        assertEquals(headline, repaired(headline));
    }
}
