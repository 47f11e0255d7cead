package org.claimscope.pipeline.extract;

import java.util.Map;
import org.claimscope.pipeline.lang.Gender;

/**
 * English nouns for people that tell a gender: kin ("her father, Harjit Anand,"), roles ("a spokeswoman for the
 * mayor, Kim Tran,") and people described without a name ("A woman who lives along the levee"). Shared by the
 * readers of appositions and of unnamed subjects, so that both know the same words.
 */
final class GenderedNouns {

    private static final Map<String, Gender> NOUNS = Map.ofEntries(
            Map.entry("woman", Gender.FEMALE), Map.entry("man", Gender.MALE),
            Map.entry("girl", Gender.FEMALE), Map.entry("boy", Gender.MALE),
            Map.entry("mother", Gender.FEMALE), Map.entry("father", Gender.MALE),
            Map.entry("daughter", Gender.FEMALE), Map.entry("son", Gender.MALE),
            Map.entry("sister", Gender.FEMALE), Map.entry("brother", Gender.MALE),
            Map.entry("wife", Gender.FEMALE), Map.entry("husband", Gender.MALE),
            Map.entry("widow", Gender.FEMALE), Map.entry("widower", Gender.MALE),
            Map.entry("grandmother", Gender.FEMALE), Map.entry("grandfather", Gender.MALE),
            Map.entry("aunt", Gender.FEMALE), Map.entry("uncle", Gender.MALE),
            Map.entry("niece", Gender.FEMALE), Map.entry("nephew", Gender.MALE),
            Map.entry("girlfriend", Gender.FEMALE), Map.entry("boyfriend", Gender.MALE),
            Map.entry("spokeswoman", Gender.FEMALE), Map.entry("spokesman", Gender.MALE),
            Map.entry("chairwoman", Gender.FEMALE), Map.entry("congresswoman", Gender.FEMALE),
            Map.entry("congressman", Gender.MALE), Map.entry("businesswoman", Gender.FEMALE),
            Map.entry("businessman", Gender.MALE));

    private GenderedNouns() {
    }

    /** The gender the (lower-case) noun tells, or null when it tells none. */
    static Gender of(String noun) {
        return NOUNS.get(noun);
    }
}
