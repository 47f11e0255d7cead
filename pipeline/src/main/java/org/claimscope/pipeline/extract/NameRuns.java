package org.claimscope.pipeline.extract;

import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.annotate.pt.NameTagger;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/** Runs of named-entity tokens: where a name starts and ends, whose it is (person, organization) and its gender. */
final class NameRuns extends ParserPart {

    NameRuns(DocumentView doc, LanguageResources lex) {
        super(doc, lex);
    }

    String nerAt(int i) {
        return i >= 0 && i < doc.size() ? doc.token(i).ner() : "O";
    }

    boolean isNameToken(int i) {
        String ner = nerAt(i);
        // NER models sometimes tag common words ("the regulator"): a name has a capital somewhere.
        if (i < 0 || i >= doc.size() || doc.word(i).chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "MISC".equals(ner)
                || NameTagger.UNTYPED.equals(ner);
    }

    /** End of the entity run starting at i; a person's name ends before letters after it ("Nadia Ferris KC"). */
    int nameEnd(int i, int limit) {
        String ner = nerAt(i);
        int e = i + 1;
        while (e < limit && ner.equals(nerAt(e))) {
            e++;
        }
        while ("PERSON".equals(ner) && e - i > 2 && lex.names().postNominals().contains(doc.lower(e - 1))) {
            e--;
        }
        return e;
    }

    Gender genderOf(int nameStart) {
        String first = doc.lower(nameStart);
        if (lex.names().femaleNames().contains(first)) {
            return Gender.FEMALE;
        }
        if (lex.names().maleNames().contains(first)) {
            return Gender.MALE;
        }
        if (lex.names().unisexNames().contains(first)) {
            return Gender.UNKNOWN; // "Andrea", "Darci": borne by men and women
        }
        if (("pt".equals(lex.language()) || "es".equals(lex.language())) && first.length() > 2) {
            // Iberian given names mostly mark gender: Fernanda, Lúcia / Osvaldo, Caio
            if (first.endsWith("a")) {
                return Gender.FEMALE;
            }
            if (first.endsWith("o")) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    static SpeakerType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> SpeakerType.PERSON;
            case "ORGANIZATION" -> SpeakerType.ORGANIZATION;
            default -> SpeakerType.OTHER;
        };
    }

    /** "disse Fontes" after "Ricardo Fontes": a word that ends a person's full name elsewhere is that surname. */
    boolean surnameOfSomeone(int j) {
        for (int k = 1; k < doc.size(); k++) {
            if (k != j && doc.word(k).equals(doc.word(j)) && "PERSON".equals(nerAt(k)) && "PERSON".equals(nerAt(k - 1))) {
                return true;
            }
        }
        return false;
    }
}
