package org.claimscope.pipeline.extract;

import org.claimscope.pipeline.lang.Gender;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.annotate.pt.NameTagger;
import org.claimscope.pipeline.lang.LanguageResources;

/** Reads the noun phrase that names a speaker at a token position: a name, a role, a pronoun, "a empresa". */
final class MentionParser {

    private static final Set<String> BY = Set.of("pelo", "pela", "by", "por");
    private static final Set<String> FROM = Set.of("from");
    private static final Set<String> DEFINITE = Set.of("o", "a", "the", "el", "la", "este", "esta", "this");
    /** People who speak for an organization as a body: "agency officials said" is the agency speaking. */
    static final Set<String> OFFICIALS = Set.of("officials", "executives", "representatives", "spokespeople",
            "spokesmen", "leaders", "authorities", "responsáveis", "dirigentes", "representantes", "autoridades",
            "funcionarios", "responsables", "portavoces", "porta-vozes");
    /** What sets off an apposition: "Neil Ashworth — ‘the Prof’ to his players — said". */
    private static final Set<String> SEPARATORS = Set.of(",", "—", "–");

    private final DocumentView doc;
    private final LanguageResources lex;
    private final PremodifiedName premodified;
    private final DescribedPerson described;

    MentionParser(DocumentView doc, LanguageResources lex) {
        this.doc = doc;
        this.lex = lex;
        this.premodified = new PremodifiedName(doc, this, lex);
        this.described = new DescribedPerson(doc, this, lex);
    }

    /** Verbs that, followed by "back", mean "retorted". */
    private static final java.util.Set<String> RETORTS = java.util.Set.of("shoot", "fire", "snap", "hit", "push");

    boolean isSpeechVerb(int i) {
        if (i < 0 || i >= doc.size()) {
            return false;
        }
        // "Em nota", "a nota", "the report": after an article or preposition the word is a noun.
        String prev = doc.lower(i - 1);
        if (i > 0 && (lex.grammar().determiners().contains(prev) || lex.grammar().affiliationPreps().contains(prev)
                || lex.grammar().adjunctPreps().contains(prev))) {
            return false;
        }
        String pos = doc.token(i).pos();
        if (pos != null && !pos.startsWith("VB")) {
            return false; // where a tagger runs, "a conference call" is a noun
        }
        String lemma = doc.token(i).lemma();
        if ("back".equals(doc.lower(i + 1)) && lemma != null && RETORTS.contains(lemma)) {
            return true; // "Trump shot back", "the campaign fired back"
        }
        return lex.speech().isSpeechVerb(doc.word(i)) || lemma != null && lex.speech().isSpeechVerb(lemma)
                && pos != null;
    }

    boolean isPronoun(int i) {
        return i >= 0 && i < doc.size() && lex.grammar().isPronoun(doc.word(i));
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

    /** The speaker phrase that starts at token i (determiners allowed first), or null. */
    Mention forward(int i, int limit) {
        int apposed = "en".equals(lex.language()) ? described.nameAt(i, limit) : -1;
        if (apposed >= 0) {
            // "his wife, Gabriela Lenz", "another Twitter user, Jane Baxter": the name says who is described
            return mention(Mention.Kind.NAME, apposed, nameEnd(apposed, limit), SpeakerType.PERSON, null,
                    genderOf(apposed));
        }
        Mention m = phraseAt(i, limit);
        if (m != null && m.kind() == Mention.Kind.ROLE) {
            // "o relator do caso, ministro Augusto Lustosa", "the museum's director, Dr Fiona Delacourt"
            int name = nameAfterRole(m.endToken(), limit);
            if (name >= 0) {
                return mention(Mention.Kind.NAME, name, nameEnd(name, limit), SpeakerType.PERSON, null,
                        genderOf(name));
            }
        }
        return m;
    }

    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    private boolean isEpithet(int k) {
        return lex.sources().epithets().contains(doc.word(k)) || AGED.matcher(doc.lower(k)).matches();
    }

    /** "Frenchman" is a man, "a veterana" a woman; otherwise unknown. */
    private Gender epithetGender(int determiner, int noun) {
        String w = doc.lower(noun);
        if (w.endsWith("woman")) {
            return Gender.FEMALE;
        }
        if (w.endsWith("man")) {
            return Gender.MALE;
        }
        return lex.grammar().genderOfDeterminer(doc.lower(determiner));
    }

    /** Outside quotes, at the start of a sentence or after a comma or coordinator ("…, and it added"). */
    private boolean opensClause(int k) {
        if (doc.quoteOf(k) >= 0) {
            return false;
        }
        if (k == 0 || doc.sentenceOf(k - 1) != doc.sentenceOf(k)) {
            return true;
        }
        String before = doc.lower(k - 1);
        return before.equals(",") || before.equals(";") || before.equals("and") || before.equals("but");
    }

    private Mention phraseAt(int i, int limit) {
        int j = i;
        while (j < limit && j < i + 2 && lex.grammar().determiners().contains(doc.lower(j)) && !isPronoun(j)) {
            j++;
        }
        if (j >= limit) {
            return null;
        }
        if (j == i && isPronoun(j)) {
            Gender g = lex.grammar().femalePronouns().contains(doc.word(j)) ? Gender.FEMALE : Gender.MALE;
            return mention(Mention.Kind.PRONOUN, j, j + 1, SpeakerType.PERSON, null, g);
        }
        if (j == i && lex.grammar().organizationPronouns().contains(doc.lower(j))) {
            if (!opensClause(j)) {
                return null; // "deposits it described as …", "‘It is, frankly, …’": not a speaker
            }
            // "It said in a statement …": an organization named before, resolved like "the company"
            return mention(Mention.Kind.ORG_NOUN, j, j + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
        }
        if (j == i && lex.grammar().pluralPronouns().contains(doc.lower(j))) {
            // "…, they said.": speech by a group that no rule resolves, so by no one who can be named
            return mention(Mention.Kind.GROUP, j, j + 1, SpeakerType.OTHER, null, Gender.UNKNOWN);
        }
        if (j == i + 1 && DEFINITE.contains(doc.lower(i)) && isEpithet(j)
                && (j + 1 >= limit || DocumentView.isPunct(doc.word(j + 1)) || lex.speech().isSpeechVerb(doc.word(j + 1))
                        || lex.grammar().adjunctPreps().contains(doc.lower(j + 1)) || TokenPredicates.PREPOSITIONS.contains(doc.lower(j + 1)))) {
            // "The Scot, 54, blasted:", "the 34-year-old said", "o veterano afirmou": a person named before
            return mention(Mention.Kind.PRONOUN, i, j + 1, SpeakerType.PERSON, null, epithetGender(i, j));
        }
        int headName = "en".equals(lex.language()) ? premodified.personAt(j, limit) : -1;
        if (headName >= 0) {
            // "Rubio's deputy campaign manager, Rich Beeson": the owner only says whose manager
            return mention(Mention.Kind.NAME, headName, nameEnd(headName, limit), SpeakerType.PERSON, null,
                    genderOf(headName));
        }
        Mention ownedOrganization = ownedOrganization(i, j, limit);
        if (ownedOrganization != null) {
            return ownedOrganization;
        }
        int ownedPerson = "en".equals(lex.language()) ? ownedPerson(j, limit) : -1;
        if (ownedPerson >= 0) {
            return mention(Mention.Kind.NAME, ownedPerson, nameEnd(ownedPerson, limit), SpeakerType.PERSON, null,
                    genderOf(ownedPerson));
        }
        int titledName = "en".equals(lex.language()) ? titledPerson(j, limit) : -1;
        if (titledName >= 0) {
            return mention(Mention.Kind.NAME, titledName, nameEnd(titledName, limit), SpeakerType.PERSON, null,
                    genderOf(titledName));
        }
        if (j > i && "en".equals(lex.language()) && isDemonym(j, limit)) {
            // "The Scot, 54, blasted": a person the article named before, described by origin
            return mention(Mention.Kind.PRONOUN, i, j + 1, SpeakerType.PERSON, null, Gender.UNKNOWN);
        }
        if (isNameToken(j) && !(nameEnd(j, limit) == j + 1 && roleHeadEnd(j, limit) > j)) {
            int end = nameEnd(j, limit);
            int titleEnd = titleEnd(j, end);
            if (titleEnd > j && titleEnd < end && Character.isUpperCase(doc.word(titleEnd).charAt(0))) {
                // "Mayor Carlos Ortega" tagged as one name: the person is "Carlos Ortega"
                return mention(Mention.Kind.NAME, titleEnd, end, SpeakerType.PERSON, null, genderOf(titleEnd));
            }
            Mention role = possessiveRole(i, end, limit);
            if (role != null) {
                return role;
            }
            // "Nvidia CEO Jensen Huang", "Senate Majority Leader Chuck Warner": organization, title, person.
            // "the White House press secretary, Josh Earnest,": the same with a comma before the person.
            if (!"PERSON".equals(nerAt(j))) {
                for (int k = end + 1; k < Math.min(limit, end + 6); k++) {
                    if ("PERSON".equals(nerAt(k))) {
                        int roleEnd = ",".equals(doc.word(k - 1)) ? k - 1 : k;
                        boolean titled = false;
                        for (int x = end; x < roleEnd && !titled; x++) {
                            titled = roleHeadEnd(x, roleEnd) == roleEnd;
                        }
                        if (titled) {
                            return mention(Mention.Kind.NAME, k, nameEnd(k, limit), SpeakerType.PERSON, null,
                                    genderOf(k));
                        }
                        break;
                    }
                    boolean commaBeforePerson = ",".equals(doc.word(k)) && "PERSON".equals(nerAt(k + 1));
                    boolean roleWord = doc.token(k).isCapitalized() || roleHeadEnd(k, limit) > k
                            || doc.token(k).pos() != null && doc.token(k).pos().startsWith("NN");
                    if (!commaBeforePerson && (DocumentView.isPunct(doc.word(k)) || !roleWord)) {
                        break;
                    }
                }
            }
            SpeakerType type = typeOf(nerAt(j));
            if (end == j + 1 && lex.sources().groupNouns().contains(doc.lower(j)) && !surnameOfSomeone(j)) {
                return mention(Mention.Kind.GROUP, i, end, SpeakerType.OTHER, null, Gender.UNKNOWN); // "Republicans said"
            }
            return mention(Mention.Kind.NAME, j, end, type, null, type == SpeakerType.PERSON ? genderOf(j)
                    : Gender.UNKNOWN);
        }
        if (j + 1 < limit && lex.sources().orgNouns().contains(doc.lower(j)) && !doc.token(j).isCapitalized()
                && lex.speech().documentNouns().contains(doc.word(j + 1))) {
            return mention(Mention.Kind.ORG_NOUN, j, j + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN); // "agency data"
        }
        if (lex.speech().documentNouns().contains(doc.word(j))) {
            // "um estudo da consultora Habitare", "data from the Census Bureau": the organization speaks.
            int k = j + 1;
            while (k < limit && k < j + 5 && !lex.grammar().affiliationPreps().contains(doc.lower(k))
                    && !BY.contains(doc.lower(k)) && !FROM.contains(doc.lower(k)) && !DocumentView.isPunct(doc.word(k))) {
                k++; // "o boletim epidemiológico mais recente do ministério", "o borderô divulgado pelo Operário"
            }
            if (k < limit && (lex.grammar().affiliationPreps().contains(doc.lower(k)) || BY.contains(doc.lower(k))
                    || FROM.contains(doc.lower(k)))) { // "a statement from the Sheriff's Office"
                k++;
                for (int skip = 0; skip < 2 && k < limit && !isNameToken(k) && !lex.sources().orgNouns().contains(doc.word(k));
                     skip++) {
                    k++;
                }
                if (k + 1 < limit && lex.sources().orgNouns().contains(doc.word(k)) && isNameToken(k + 1)) {
                    k++; // "da consultora Habitare"
                }
                if (k < limit && isNameToken(k) && !"PERSON".equals(nerAt(k))) {
                    return mention(Mention.Kind.NAME, k, nameEnd(k, limit), SpeakerType.ORGANIZATION, null,
                            Gender.UNKNOWN);
                }
                if (k < limit && lex.sources().orgNouns().contains(doc.word(k))) {
                    return mention(Mention.Kind.ORG_NOUN, k, k + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
                }
            }
            boolean definite = DEFINITE.contains(doc.lower(i)) && !("en".equals(lex.language()) && "a".equals(doc.lower(i)));
            if (j > i && definite && (j + 1 >= limit || DocumentView.isPunct(doc.word(j + 1)))) {
                // "Segundo o documento, …": the report just named, so its organization
                return mention(Mention.Kind.ORG_NOUN, i, j + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
            }
            return null;
        }
        if (j > i || j == i && !doc.token(j).isCapitalized()) {
            // "a entomologista Sofia Vidal", "o volante Thiaguinho", "the economist Jane Roe": a noun we do
            // not list as a role, then a person
            for (int k = j; k < Math.min(limit - 1, j + 3); k++) {
                if (DocumentView.isPunct(doc.word(k)) || doc.token(k).isCapitalized() || lex.speech().isSpeechVerb(doc.word(k))
                        || lex.grammar().affiliationPreps().contains(doc.lower(k)) || lex.grammar().adjunctPreps().contains(doc.lower(k))) {
                    break; // "one resident of Henley" is no "resident Henley"
                }
                if ("PERSON".equals(nerAt(k + 1)) || NameTagger.UNTYPED.equals(nerAt(k + 1)) && k + 1 < limit
                        && !lex.sources().orgNouns().contains(doc.word(k))) {
                    return mention(Mention.Kind.NAME, k + 1, nameEnd(k + 1, limit), SpeakerType.PERSON, null,
                            genderOf(k + 1));
                }
            }
        }
        if (j == i && j < limit && isPlural(j) && doc.token(j).isCapitalized() && isSentenceStart(j)) {
            // "Interlocutores do ministro afirmam …": a plural with no article opening the sentence
            return mention(Mention.Kind.GROUP, j, j + 1, SpeakerType.OTHER, null, Gender.UNKNOWN);
        }
        for (int k = j; k < Math.min(limit - 1, j + 3); k++) {
            // "a consultoria Vetor Dados", "the accountancy firm Harrow & Finch": the named organization
            if (lex.sources().orgNouns().contains(doc.word(k)) && !doc.token(k).isCapitalized() && isNameToken(k + 1)
                    && !"PERSON".equals(nerAt(k + 1))) {
                return mention(Mention.Kind.NAME, k + 1, nameEnd(k + 1, limit), SpeakerType.ORGANIZATION, null,
                        Gender.UNKNOWN);
            }
            // "a associação ambientalista Zero": the organization noun, an adjective, then the name
            if (lex.sources().orgNouns().contains(doc.word(k)) && !doc.token(k).isCapitalized() && k + 2 < limit
                    && !doc.token(k + 1).isCapitalized() && !DocumentView.isPunct(doc.word(k + 1))
                    && !lex.grammar().stopwords().contains(doc.lower(k + 1)) && isNameToken(k + 2)
                    && !"PERSON".equals(nerAt(k + 2))) {
                return mention(Mention.Kind.NAME, k + 2, nameEnd(k + 2, limit), SpeakerType.ORGANIZATION, null,
                        Gender.UNKNOWN);
            }
            if (DocumentView.isPunct(doc.word(k)) || doc.token(k).isCapitalized() && k > j || roleHeadEnd(k, limit) > k) {
                break; // "o economista-chefe da gestora X, Caio …" is about the economist
            }
        }
        // "a company spokeswoman, Allison Marquez": a role of the organization the noun stands for
        if (j + 1 < limit && lex.sources().orgNouns().contains(doc.word(j)) && !doc.token(j).isCapitalized()
                && roleHeadEnd(j + 1, limit) > j + 1) {
            return role(i, j + 1, roleHeadEnd(j + 1, limit), limit, doc.lower(j));
        }
        if (j + 1 < limit && lex.sources().orgNouns().contains(doc.word(j)) && !doc.token(j).isCapitalized()
                && OFFICIALS.contains(doc.lower(j + 1))) {
            return mention(Mention.Kind.GROUP, i, j + 2, SpeakerType.OTHER, null, Gender.UNKNOWN); // "agency officials"
        }
        // a generic noun in lower case; "Lincoln High School" is a name, not "the school"
        if (j < limit && lex.sources().orgNouns().contains(doc.word(j)) && !doc.token(j).isCapitalized()) {
            Mention role = possessiveRole(i, j + 1, limit);
            if (role != null) {
                return role;
            }
            if (j + 2 < limit && ("'s".equals(doc.word(j + 1)) || "’s".equals(doc.word(j + 1)))
                    && (lex.sources().orgNouns().contains(doc.word(j + 2)) || lex.speech().documentNouns().contains(doc.word(j + 2)))) {
                // "the theatre's board announced": the theatre speaks through its board
                Mention noun = mention(Mention.Kind.ORG_NOUN, i, j + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
                return new Mention(noun.kind(), noun.firstToken(), j + 3, noun.span(), noun.text(), noun.type(), null,
                        noun.gender());
            }
            return mention(Mention.Kind.ORG_NOUN, i, j + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
        }
        if (lex.grammar().quantifiers().contains(doc.lower(i)) && i + 1 < limit && isPlural(i + 1)) {
            return mention(Mention.Kind.GROUP, i, i + 2, SpeakerType.OTHER, null, Gender.UNKNOWN);
        }
        if (lex.grammar().quantifiers().contains(doc.lower(j)) && j + 1 < limit && isPlural(j + 1)) {
            // "Várias organizações ambientalistas", "Several pundits": a group no one is named in
            return mention(Mention.Kind.GROUP, i, j + 2, SpeakerType.OTHER, null, Gender.UNKNOWN);
        }
        for (int g = j; g < Math.min(limit, j + 2); g++) {
            if (lex.sources().groupNouns().contains(doc.lower(g))) {
                // "Analysts at Barclays", "os analistas do Itaú": the organization speaks through them
                int a = g + 1;
                if (a + 1 < limit && lex.grammar().affiliationPreps().contains(doc.lower(a)) && isNameToken(a + 1)
                        && !"PERSON".equals(nerAt(a + 1)) && !"LOCATION".equals(nerAt(a + 1))) {
                    return mention(Mention.Kind.NAME, a + 1, nameEnd(a + 1, limit), SpeakerType.ORGANIZATION, null,
                            Gender.UNKNOWN);
                }
                // "analysts", "Industry analysts", "os economistas"
                return mention(Mention.Kind.GROUP, i, g + 1, SpeakerType.OTHER, null, Gender.UNKNOWN);
            }
            if (DocumentView.isPunct(doc.word(g))) {
                break;
            }
        }
        int r = roleHeadEnd(j, limit);
        int head = j;
        for (int skip = 1; r == j && skip <= 2 && j + skip < limit; skip++) {
            // "a senior analyst", "the former chief executive", "o novo presidente"
            int m = j + skip - 1;
            if (isNameToken(m) || DocumentView.isPunct(doc.word(m)) || doc.token(m).isCapitalized()) {
                break;
            }
            int e = roleHeadEnd(j + skip, limit);
            if (e > j + skip) {
                head = j + skip;
                r = e;
            }
        }
        if (r > head) {
            Mention role = role(i, head, r, limit, null);
            // "a senadora Paula Nogueira", "o ministro da Fazenda, Caio Duarte,": the name is the speaker.
            int name = nameAfterRole(role.endToken(), limit);
            if (name >= 0) {
                return mention(Mention.Kind.NAME, name, nameEnd(name, limit), SpeakerType.PERSON, null, genderOf(name));
            }
            return role;
        }
        return null;
    }

    /**
     * English stacks titles before a name with no article or comma: "Virginia delegate Beau Correll", "former
     * Florida governor Jeb Bush", "Senate minority leader Harry Reid", "Clinton spokesman Brian Fallon". The words
     * from {@code j} (nouns, adjectives, names, holding a role head, which must come after any leading person) up to a
     * person: that person's first token, or -1.
     */
    static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");

    /**
     * "Gallup’s Jeffrey M. Jones", "Florida’s Rick Wilson", "The Post's Dana Milbank": a capitalized owner (employer,
     * home state) and a possessive, then a person's name: the person is the speaker. Returns the name's first token,
     * or -1.
     */
    private int ownedPerson(int j, int limit) {
        int k = j;
        while (k < limit && k < j + 5 && doc.token(k).isCapitalized() && !POSSESSIVE_MARKS.contains(doc.word(k))) {
            k++;
        }
        boolean owner = k > j && k + 1 < limit && POSSESSIVE_MARKS.contains(doc.word(k));
        return owner && "PERSON".equals(nerAt(k + 1)) && doc.token(k + 1).isCapitalized() ? k + 1 : -1;
    }

    private int titledPerson(int j, int limit) {
        boolean role = false;
        for (int k = j; k < Math.min(limit, j + 7); k++) {
            if ("PERSON".equals(nerAt(k))) {
                if (role) {
                    return k;
                }
                if (k > j) {
                    return -1;
                }
                k = nameEnd(k, limit) - 1; // "Clinton spokesman Brian Fallon": the first person has the role
                continue;
            }
            int e = roleHeadEnd(k, limit);
            if (e > k) {
                role = true;
                k = e - 1;
                continue;
            }
            String pos = doc.token(k).pos();
            boolean titleWord = pos != null && (pos.startsWith("NN") || pos.equals("JJ") || k == j && pos.equals("VBN"));
            if (!titleWord || DocumentView.isPunct(doc.word(k)) || lex.speech().isSpeechVerb(doc.word(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The speaker after a post-posed verb: "disse Altman", "disse ao PÚBLICO o director do estudo, X",
     * "said Smith". When the verb ends the clause ("…», disse."), the subject is left unsaid: a zero
     * pronoun, resolved like "ele" to the person just before.
     */
    Mention afterVerb(int verb, int limit) {
        int k = verb + 1;
        for (int round = 0; round < 2 && k < limit; round++) {
            Mention m = forward(k, limit);
            if (m != null && !lex.grammar().datives().contains(doc.lower(k))) {
                return m;
            }
            if (!lex.grammar().datives().contains(doc.lower(k)) && !lex.grammar().adjunctPreps().contains(doc.lower(k))) {
                break;
            }
            // skip "ao PÚBLICO", "à agência Lusa", "em entrevista", "em nota", "to reporters"
            int e = k + 1;
            while (e < limit && e < k + 4 && !isNameToken(e) && !lex.grammar().determiners().contains(doc.lower(e))
                    && !DocumentView.isPunct(doc.word(e))) {
                e++;
            }
            if (e < limit && isNameToken(e)) {
                e = nameEnd(e, limit);
            } else if (m != null) {
                e = Math.max(e, m.endToken());
            }
            k = e;
            if (k < limit && ",".equals(doc.word(k))) {
                return zero(verb); // "…», afirmou aos jornalistas, à saída da reunião": an adjunct follows, no subject
            }
        }
        if (k >= limit || DocumentView.isPunct(doc.word(k)) || lex.speech().complementizers().contains(doc.lower(k))
                || k > verb + 1 && onlyAdjunctWords(k, limit)) {
            return zero(verb); // "— afirmou aos jornalistas no final da reunião.": adjuncts, no subject
        }
        return null;
    }

    /** "disse Fontes" after "Ricardo Fontes": a word that ends a person's full name elsewhere is that surname. */
    private boolean surnameOfSomeone(int j) {
        for (int k = 1; k < doc.size(); k++) {
            if (k != j && doc.word(k).equals(doc.word(j)) && "PERSON".equals(nerAt(k)) && "PERSON".equals(nerAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A short run of lower-case words that names no one: no name, role or organization noun. */
    private boolean onlyAdjunctWords(int from, int limit) {
        int end = from;
        while (end < limit && !DocumentView.isPunct(doc.word(end))) {
            String w = doc.word(end);
            if (isNameToken(end) || Character.isUpperCase(w.charAt(0)) || roleHeadEnd(end, limit) > end
                    || lex.sources().orgNouns().contains(w) || lex.sources().groupNouns().contains(w)
                    || lex.speech().isSpeechVerb(w)) {
                return false;
            }
            end++;
        }
        return end - from <= 6;
    }

    /** The unsaid subject of a verb: "…», disse." / "Lembrou que …". */
    Mention zero(int verb) {
        Span span = new Span(doc.token(verb).begin(), doc.token(verb).end());
        return new Mention(Mention.Kind.PRONOUN, verb, verb + 1, span, "", SpeakerType.PERSON, null,
                Gender.UNKNOWN);
    }

    /**
     * The person a role introduces: "a senadora Paula Nogueira", "o director do estudo, Tiago Correia",
     * "A sócia da Northgate responsável pelo negócio, Emily Carter" — a name right after the role, or
     * after the rest of the role phrase and a comma. Returns the name's first token, or -1.
     */
    private int nameAfterRole(int k, int limit) {
        if (k < limit && "PERSON".equals(nerAt(k))) {
            return k;
        }
        for (int i = k; i < Math.min(limit - 1, k + 10); i++) {
            String w = doc.word(i);
            if (",".equals(w)) {
                // ", ministro Augusto …", ", Dr Fiona …": a title may stand before the name
                int n = i + 1;
                for (int t = 0; t < 2 && n < limit && !"PERSON".equals(nerAt(n)); t++) {
                    int e = roleHeadEnd(n, limit);
                    n = e > n ? e : lex.names().honorifics().contains(doc.lower(n)) ? n + 1 : n;
                }
                if (n + 2 < limit && !"PERSON".equals(nerAt(n)) && lex.grammar().determiners().contains(doc.lower(n))
                        && !doc.token(n + 1).isCapitalized() && !DocumentView.isPunct(doc.word(n + 1))
                        && "PERSON".equals(nerAt(n + 2))) {
                    n += 2; // ", o espanhol Iñaki Robles,": a nationality or other adjective before the name
                }
                return n < limit && "PERSON".equals(nerAt(n)) ? n : -1;
            }
            if ("PERSON".equals(nerAt(i))) {
                return i; // "o cientista político Paulo Mendes"
            }
            if ("(".equals(w)) {
                while (i < limit - 1 && !")".equals(doc.word(i))) {
                    i++; // "do Sindicato dos Maquinistas (SMF), António …"
                }
                continue;
            }
            if (DocumentView.isPunct(w) && !"&".equals(w) && !"'s".equals(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** The speaker phrase that ends right before token {@code end}, looking back no further than floor. */
    Mention backward(int end, int floor) {
        if (end - 1 > floor && ")".equals(doc.word(end - 1))) {
            // "The Office for Budget Responsibility (OBR) said"
            for (int c = end - 2; c > Math.max(floor, end - 8); c--) {
                if ("(".equals(doc.word(c))) {
                    return backward(c, floor);
                }
            }
        }
        Mention best = null;
        for (int start = end - 1; start >= Math.max(floor, end - 9); start--) {
            Mention m = forward(start, end);
            if (m != null && m.endToken() == end) {
                best = m;
            }
            if (DocumentView.isPunct(doc.word(start)) && !"'s".equals(doc.word(start))) {
                break;
            }
        }
        if (best == null) {
            best = groupBefore(end, floor);
        }
        if (best == null) {
            // "O dirigente sindical adiantou": a role and its adjectives right before the verb
            for (int start = Math.max(floor, end - 6); start < end - 1 && best == null; start++) {
                Mention m = forward(start, end);
                if (m != null && m.kind() == Mention.Kind.ROLE && end - m.endToken() <= 2 && lowercaseWords(m.endToken(), end)) {
                    best = m;
                }
            }
        }
        if (best == null) {
            best = nameWithAffiliation(end, floor);
        }
        if (best != null && best.kind() == Mention.Kind.ROLE && "en".equals(lex.language())) {
            Mention named = premodified.nameBeforeRole(best, floor);
            if (named != null) {
                return named; // "Anthony Anton, president and CEO of the association stated"
            }
        }
        if (best == null && end - 1 > floor && SEPARATORS.contains(doc.word(end - 1))) {
            // Appositions before the verb: "a presidente do banco, Sofia Antunes, afirmou", "Sam Altman, CEO
            // da OpenAI, disse", "Jane Doe, 52, a teacher at X, told", "O deputado X, do Bloco, afirmou":
            // walk back over the comma-separated segments to the first that names someone and is no complement.
            int segmentEnd = end - 1;
            Mention described = null;
            for (int segments = 0; segments < 4 && segmentEnd > floor; segments++) {
                int c = segmentEnd - 1;
                while (c > Math.max(floor, segmentEnd - 14) && !SEPARATORS.contains(doc.word(c))) {
                    c--;
                }
                // ", que reúne empresas como a X,", ", da empresa Clima Sul,", ", who voted against it,"
                String opener = doc.lower(SEPARATORS.contains(doc.word(c)) ? c + 1 : c);
                boolean aside = lex.grammar().relativePronouns().contains(opener) || lex.grammar().affiliationPreps().contains(opener)
                        || lex.grammar().datives().contains(opener) || lex.grammar().adjunctPreps().contains(opener)
                        || lex.grammar().indefinites().contains(opener) && segments == 0 && c > floor + 1;
                Mention m = aside ? null : backward(segmentEnd, floor);
                // "Sam Reyes, a senior analyst at X, said": the indefinite role describes the name before it
                boolean describes = m != null && m.kind() == Mention.Kind.ROLE && m.role().indefinite();
                if (m != null && !isComplement(m) && !describes) {
                    return m;
                }
                if (describes && described == null) {
                    described = m; // the subject itself if no name comes before: "Uma fonte da empresa, que …,"
                }
                if (c <= floor || !SEPARATORS.contains(doc.word(c))) {
                    break;
                }
                segmentEnd = c;
            }
            return described;
        }
        return best;
    }

    private boolean isSentenceStart(int k) {
        return k == doc.sentence(doc.sentenceOf(k)).tokens().get(0).index();
    }

    /**
     * "Russia's agriculture ministry", "Ohio's health department": an organization described by its owner,
     * a speaker of its own (not the last ministry named in the article).
     */
    private Mention ownedOrganization(int i, int j, int limit) {
        String ner = nerAt(j);
        if (!isNameToken(j) && !("LOCATION".equals(ner) && doc.token(j).isCapitalized())) {
            return null;
        }
        int e = "LOCATION".equals(ner) ? j + 1 : nameEnd(j, limit);
        while (e < limit && "LOCATION".equals(ner) && ner.equals(nerAt(e))) {
            e++;
        }
        if (e >= limit || !("'s".equals(doc.word(e)) || "’s".equals(doc.word(e)))) {
            return null;
        }
        for (int k = e + 1; k < Math.min(limit, e + 4); k++) {
            if (lex.sources().orgNouns().contains(doc.word(k)) && !doc.token(k).isCapitalized()) {
                return mention(Mention.Kind.NAME, j, k + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
            }
            if (DocumentView.isPunct(doc.word(k)) || doc.token(k).isCapitalized()) {
                break;
            }
        }
        return null;
    }

    /**
     * "the Scot", "the Brazilian", "the Frenchman": after "the", one word the NER took for a person's name, that says
     * where someone is from and stands alone, not before a noun or name.
     */
    /** Demonyms with no telling ending: "the Scot", "the Dane". */
    private static final Set<String> SHORT_DEMONYMS = Set.of("scot", "brit", "dane", "swede", "finn", "pole", "turk",
            "greek", "czech", "serb", "croat", "kiwi", "aussie");

    private boolean isDemonym(int j, int limit) {
        String w = doc.lower(j);
        boolean alone = j + 1 >= limit || DocumentView.isPunct(doc.word(j + 1)) || isSpeechVerb(j + 1);
        boolean tagged = "PERSON".equals(nerAt(j)) && nameEnd(j, limit) == j + 1;
        boolean origin = SHORT_DEMONYMS.contains(w) || w.endsWith("ian") || w.endsWith("man") || w.endsWith("woman");
        return "the".equals(doc.lower(j - 1)) && tagged && origin && alone;
    }

    /** A plural common noun: lower-case or sentence-initial, ending in -s, not a name. */
    boolean isPlural(int k) {
        String w = doc.lower(k);
        return w.length() > 3 && w.endsWith("s") && !isNameToken(k) && !lex.grammar().stopwords().contains(w)
                && !lex.speech().isSpeechVerb(w);
    }

    /** "Especialistas ouvidos pela reportagem", "Os diretores de escolas contactados pelo Expresso": a group. */
    Mention groupBefore(int end, int floor) {
        for (int start = Math.max(floor, end - 8); start < end - 1; start++) {
            Mention m = forward(start, end);
            if (m != null && m.kind() == Mention.Kind.GROUP && noPunctuation(m.endToken(), end)) {
                return m;
            }
        }
        return null;
    }

    /** "Sen. Mitch Calloway of Kentucky", "Paulo Mendes (PT-RS)": a name and its short affiliation before end. */
    Mention nameWithAffiliation(int end, int floor) {
        for (int start = Math.max(floor, end - 9); start < end - 2; start++) {
            Mention m = forward(start, end);
            if (m != null && m.kind() == Mention.Kind.NAME && m.endToken() < end
                    && lex.grammar().affiliationPreps().contains(doc.lower(m.endToken())) && noPunctuation(m.endToken(), end)
                    && end - m.endToken() <= 5) {
                return m;
            }
        }
        return null;
    }

    private boolean lowercaseWords(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = doc.word(k);
            if (DocumentView.isPunct(w) || doc.token(k).isCapitalized() || lex.speech().isSpeechVerb(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean noPunctuation(int from, int to) {
        for (int k = from; k < to; k++) {
            if (DocumentView.isPunct(doc.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the phrase hangs off a larger noun phrase ("a gerência da startup", "as palavras do CEO"),
     * so it cannot be the subject of the verb that follows it.
     */
    boolean isComplement(Mention m) {
        if (m.kind() == Mention.Kind.PRONOUN) {
            return false;
        }
        String first = doc.lower(m.firstToken());
        int b = m.firstToken() - 1;
        if (b > 0 && "the".equals(doc.lower(b))) {
            b--; // "Maya Lindgren of the Vancouver Tenants Union"
        }
        String before = doc.lower(b);
        return lex.grammar().affiliationPreps().contains(first) || lex.grammar().affiliationPreps().contains(before)
                || BY.contains(first) || BY.contains(before) || lex.grammar().datives().contains(before);
    }

    private Mention role(int start, int headStart, int headEnd, int limit, String affiliationOverride) {
        Set<String> heads = new LinkedHashSet<>();
        heads.add(lex.sources().canonicalRole(joinLower(headStart, headEnd)));
        int k = headEnd;
        // "CEO e fundador", "chairman and chief executive"
        while (k + 1 < limit && ("e".equals(doc.lower(k)) || "and".equals(doc.lower(k)))) {
            int e = roleHeadEnd(k + 1, limit);
            if (e <= k + 1) {
                break;
            }
            heads.add(lex.sources().canonicalRole(joinLower(k + 1, e)));
            k = e;
        }
        String affiliation = affiliationOverride;
        if (affiliation == null && k + 1 < limit && !doc.token(k).isCapitalized() && !DocumentView.isPunct(doc.word(k))
                && !lex.grammar().affiliationPreps().contains(doc.word(k)) && lex.grammar().affiliationPreps().contains(doc.word(k + 1))
                && !lex.speech().isSpeechVerb(doc.word(k))) {
            k++; // "fonte oficial da ERSAR", "secretária municipal de Educação"
        }
        if (affiliation == null && k < limit && lex.grammar().affiliationPreps().contains(doc.word(k))) {
            int a = k + 1;
            while (a < limit && lex.grammar().determiners().contains(doc.lower(a)) && !isNameToken(a)) {
                a++;
            }
            if (a < limit && isNameToken(a) && !"LOCATION".equals(nerAt(a))) {
                int e = nameEnd(a, limit);
                // "ministro das Infraestruturas e Habitação", "Secretary of Energy and Climate"
                while (e + 1 < limit && ("e".equals(doc.lower(e)) || "and".equals(doc.lower(e))) && isNameToken(e + 1)) {
                    e = nameEnd(e + 1, limit);
                }
                affiliation = join(a, e);
                k = e;
            } else if (a < limit && (lex.sources().orgNouns().contains(doc.word(a)) || Character.isUpperCase(doc.word(a).charAt(0))
                    || Character.isLetter(doc.word(a).charAt(0)) && doc.token(a).isCapitalized())) {
                affiliation = doc.word(a);
                k = a + 1;
            } else if (a < limit && lex.sources().orgNouns().contains(doc.lower(a))) {
                affiliation = doc.word(a);
                k = a + 1;
            }
        }
        String text = doc.text.substring(doc.token(headStart).begin(), doc.token(k - 1).end());
        Gender gender = start < headStart ? lex.grammar().genderOfDeterminer(doc.lower(headStart - 1))
                : Gender.UNKNOWN;
        boolean anonymous = lex.grammar().indefinites().contains(doc.lower(start));
        String whole = text.toLowerCase(Locale.ROOT);
        if (!lex.sources().canonicalRole(whole).equals(whole)) {
            // "chefe do Governo" is one role, a synonym of "primeiro-ministro", not a chief of something
            heads = new LinkedHashSet<>(Set.of(lex.sources().canonicalRole(whole)));
            affiliation = null;
        }
        return mention(Mention.Kind.ROLE, start, k, SpeakerType.PERSON,
                new Mention.Role(text, heads, affiliation == null ? null : affiliation.toLowerCase(Locale.ROOT),
                        anonymous), gender);
    }

    /** "Nvidia's chief executive", "the company's spokesperson". */
    private Mention possessiveRole(int start, int ownerEnd, int limit) {
        if (ownerEnd < limit && ("'s".equals(doc.word(ownerEnd)) || "’s".equals(doc.word(ownerEnd)))) {
            int r = roleHeadEnd(ownerEnd + 1, limit);
            // "the SES's regional commander": up to two lower-case modifiers before the role word
            for (int k = ownerEnd + 1; r <= ownerEnd + 1 && k < Math.min(limit - 1, ownerEnd + 3)
                    && isModifier(k); k++) {
                int after = roleHeadEnd(k + 1, limit);
                r = after > k + 1 ? after : r;
            }
            if (r > ownerEnd + 1) {
                int ownerStart = start;
                while (lex.grammar().determiners().contains(doc.lower(ownerStart)) && ownerStart < ownerEnd - 1) {
                    ownerStart++;
                }
                Mention m = role(start, ownerEnd + 1, r, limit, join(ownerStart, ownerEnd));
                Mention.Role withOwner = new Mention.Role(join(ownerStart, m.endToken()), m.role().heads(),
                        m.role().affiliation(), false);
                return new Mention(m.kind(), m.firstToken(), m.endToken(), m.span(), m.text(), m.type(), withOwner,
                        m.gender());
            }
        }
        return null;
    }

    /** A lower-case word that may modify a role noun ("regional", "deputy", "former"), not a verb or function word. */
    private boolean isModifier(int k) {
        String w = doc.word(k);
        String pos = doc.token(k).pos();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !DocumentView.isPunct(w)
                && !lex.grammar().stopwords().contains(w) && !lex.speech().isSpeechVerb(w)
                && (pos == null || pos.startsWith("JJ") || pos.startsWith("NN") || pos.startsWith("VBN"));
    }

    private static final Set<String> ROLE_SUFFIXES = Set.of("geral", "chefe", "executivo", "executiva", "adjunto",
            "adjunta", "general", "chief");

    /** A one-word role head: "director", "aide". */
    boolean isRoleWord(String w) {
        for (List<String> head : lex.sources().roleHeads()) {
            if (head.size() == 1 && head.get(0).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** End of a title or role word at the start of a name run ("Mayor", "Dr.", "Prime Minister"), or start. */
    int titleEnd(int start, int end) {
        int title = start;
        for (int k = start; k < Math.min(end - 1, start + 3); k++) {
            int r = roleHeadEnd(k, end);
            if (r > k && r < end) {
                title = r; // "Conservative MP Rupert Haile", "Prime Minister Keir Starmer"
            } else if (lex.names().honorifics().contains(doc.lower(k)) && k + 1 < end) {
                title = k + 1;
            }
        }
        return title;
    }

    /** End of the longest role head starting at i, or i when there is none. */
    int roleHeadEnd(int i, int limit) {
        if (i < limit) {
            String w = doc.lower(i);
            int hyphen = w.indexOf('-');
            if (hyphen > 0 && ROLE_SUFFIXES.contains(w.substring(hyphen + 1)) && isRoleWord(w.substring(0, hyphen))) {
                return i + 1; // "coordenador-geral", "editor-chefe"
            }
        }
        for (List<String> head : lex.sources().roleHeads()) {
            int n = head.size();
            if (i + n > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = head.get(k).equals(doc.lower(i + k));
            }
            if (ok) {
                return i + n;
            }
        }
        return i;
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

    private Mention mention(Mention.Kind kind, int start, int end, SpeakerType type, Mention.Role role,
                            Gender gender) {
        Span span = new Span(doc.token(start).begin(), doc.token(end - 1).end());
        return new Mention(kind, start, end, span, span.of(doc.text), type, role, gender);
    }

    String join(int start, int end) {
        return doc.text.substring(doc.token(start).begin(), doc.token(end - 1).end());
    }

    private String joinLower(int start, int end) {
        return join(start, end).toLowerCase(Locale.ROOT);
    }
}
