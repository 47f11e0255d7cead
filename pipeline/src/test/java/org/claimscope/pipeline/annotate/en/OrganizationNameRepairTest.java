package org.claimscope.pipeline.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimscope.pipeline.lang.WordList;
import org.junit.jupiter.api.Test;

class OrganizationNameRepairTest {

    private final OrganizationNameRepair repair = new OrganizationNameRepair(WordList.load("en", "org-nouns"),
            WordList.load("en", "company-nouns"), WordList.load("en", "company-descriptors"),
            WordList.load("en", "role-heads"));

    private String repaired(String tagged) {
        return HandTagged.repaired(repair, tagged);
    }

    @Test
    void aCountryThatOwnsAPublicBodyIsNotPartOfItsName() {
        assertEquals("Dravinia/LOCATION ’s Foreign/ORGANIZATION Ministry/ORGANIZATION said",
                repaired("Dravinia/ORGANIZATION ’s/ORGANIZATION Foreign/ORGANIZATION Ministry/ORGANIZATION said"));
    }

    @Test
    void anOfficeNamedForItsHolderAndACompanyNameKeepTheirPossessive() {
        String sheriff = "the Sacramento/ORGANIZATION County/ORGANIZATION Sheriff/ORGANIZATION 's/ORGANIZATION "
                + "Office/ORGANIZATION said";
        assertEquals(sheriff, repaired(sheriff));
        String company = "McDonald/ORGANIZATION ’s/ORGANIZATION Corporation/ORGANIZATION said";
        assertEquals(company, repaired(company));
    }

    @Test
    void aDescriptorOpeningTheSentenceIsNoPartOfTheCompanysName() {
        assertEquals("Developer Southerly/ORGANIZATION Renewables/ORGANIZATION says",
                repaired("Developer/ORGANIZATION Southerly/ORGANIZATION Renewables/ORGANIZATION says"));
        String named = "Network/ORGANIZATION Rail/ORGANIZATION said";
        assertEquals(named, repaired(named));
    }

    @Test
    void aCamelCaseNameAfterAnOrganizationNounIsAnOrganization() {
        assertEquals("agritech startup PayNest/ORGANIZATION has raised funds",
                repaired("agritech startup PayNest has raised funds"));
        assertEquals("the McKinley/PERSON said", repaired("the McKinley/PERSON said"));
        assertEquals("my iPhone broke", repaired("my iPhone broke"));
    }

    @Test
    void aCompanysHomeTownBeforeAStateIsNoPartOfItsName() {
        assertEquals("by Halberd/ORGANIZATION Biosciences/ORGANIZATION of Cambridge/LOCATION , Massachusetts/LOCATION .",
                repaired("by Halberd/ORGANIZATION Biosciences/ORGANIZATION of/ORGANIZATION Cambridge/ORGANIZATION , "
                        + "Massachusetts/LOCATION ."));
        String university = "the University/ORGANIZATION of/ORGANIZATION Cambridge/ORGANIZATION , England/LOCATION";
        assertEquals(university, repaired(university));
    }

    @Test
    void anInstitutionNameJoinedByOnAndAndIsTaggedWhole() {
        assertEquals("according to the Center/ORGANIZATION on/ORGANIZATION Budget/ORGANIZATION and/ORGANIZATION "
                        + "Policy/ORGANIZATION Priorities/ORGANIZATION , 41 million",
                repaired("according to the Center on Budget and Policy/ORGANIZATION Priorities/ORGANIZATION , 41 million"));
        // two organizations the CRF told apart stay two; a person after "for" is no part of a name
        String two = "the Department/ORGANIZATION of/ORGANIZATION Energy/ORGANIZATION and Exxon/ORGANIZATION said";
        assertEquals(two, repaired(two));
        assertEquals("a Council for Maria/PERSON Lopez/PERSON", repaired("a Council for Maria/PERSON Lopez/PERSON"));
    }

    @Test
    void anInquiryIsNamedForWhatItLooksInto() {
        assertEquals("the Royal/ORGANIZATION Commission/ORGANIZATION into/ORGANIZATION the/ORGANIZATION "
                        + "Harlow/ORGANIZATION Floods/ORGANIZATION found",
                repaired("the Royal Commission into the Harlow/LOCATION Floods/LOCATION found"));
        // any other body: "into" is only a preposition ("an inquiry by the Department of Justice into Exxon")
        assertEquals("the Department/ORGANIZATION of/ORGANIZATION Justice/ORGANIZATION into Exxon/ORGANIZATION",
                repaired("the Department/ORGANIZATION of/ORGANIZATION Justice/ORGANIZATION into Exxon/ORGANIZATION"));
    }
}
