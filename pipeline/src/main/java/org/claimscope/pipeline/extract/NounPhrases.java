package org.claimscope.pipeline.extract;

import java.util.Set;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.annotate.pt.NameTagger;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * The noun phrase that starts at a token, determiners read: a pronoun, an epithet ("the Scot"), a name, an owned
 * organization, a document and its author, a group, an organization noun or a role.
 */
final class NounPhrases extends ParserPart {

    static final Set<String> BY = Set.of("pelo", "pela", "by", "por");
    private static final Set<String> FROM = Set.of("from");
    private static final Set<String> DEFINITE = Set.of("o", "a", "the", "el", "la", "este", "esta", "this");

    private final MentionParser np;
    private final NameRuns names;
    private final RolePhrases roles;
    private final PremodifiedName premodified;

    NounPhrases(DocumentView doc, LanguageResources lex, MentionParser np, NameRuns names, RolePhrases roles,
                PremodifiedName premodified) {
        super(doc, lex);
        this.np = np;
        this.names = names;
        this.roles = roles;
        this.premodified = premodified;
    }

    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** US party members as nouns: "the Oregon Democrat", "one veteran House Democrat". */
    static final Set<String> PARTY_MEMBERS = Set.of("democrat", "republican", "independent");
    /** Participles that name an organization's head after its noun: "a instituição liderada por X", "the firm led by X". */
    private static final Set<String> LED = Set.of("liderada", "liderado", "presidida", "presidido", "comandada",
            "comandado", "chefiada", "chefiado", "dirigida", "dirigido", "encabeçada", "encabeçado", "encabezada",
            "encabezado", "led", "headed", "chaired", "run");

    /**
     * English "the", one or two capitalized place words, then a party member (or the party member, "from" and up to
     * three capitalized place words), followed by a verb of saying or punctuation: the end of that epithet, or -1.
     */
    private int partyEpithetEnd(int i, int limit) {
        if (!"en".equals(lex.language()) || !"the".equals(doc.lower(i))) {
            return -1;
        }
        if (i + 2 <= limit && PARTY_MEMBERS.contains(doc.lower(i + 1)) && doc.token(i + 1).isCapitalized()
                && (i + 2 == limit || DocumentView.isPunct(doc.word(i + 2)) || lex.speech().isSpeechVerb(doc.word(i + 2)))) {
            return i + 2; // "In a statement, the Democrat called the fire …"
        }
        if (i + 3 < limit && PARTY_MEMBERS.contains(doc.lower(i + 1)) && doc.token(i + 1).isCapitalized()
                && "from".equals(doc.lower(i + 2))) {
            // "the Republican from Garden City acknowledged": the place follows the party
            for (int p = i + 3; p < Math.min(limit, i + 6) && doc.token(p).isCapitalized(); p++) {
                if (p + 1 >= limit || DocumentView.isPunct(doc.word(p + 1)) || lex.speech().isSpeechVerb(doc.word(p + 1))) {
                    return p + 1;
                }
            }
            return -1;
        }
        for (int p = i + 2; p <= Math.min(limit - 1, i + 3); p++) {
            if (!doc.token(p - 1).isCapitalized()) {
                return -1;
            }
            if (PARTY_MEMBERS.contains(doc.lower(p)) && doc.token(p).isCapitalized()
                    && (p + 1 >= limit || DocumentView.isPunct(doc.word(p + 1)) || lex.speech().isSpeechVerb(doc.word(p + 1)))) {
                return p + 1;
            }
        }
        return -1;
    }

    /**
     * English "the Florida senator": after "the", a place name and then a role word that ends the phrase; the token
     * where the role word starts, or -1.
     */
    private int placedRoleHead(int i, int j, int limit) {
        if (!"en".equals(lex.language()) || j != i + 1 || !"the".equals(doc.lower(i)) || !"LOCATION".equals(names.nerAt(j))) {
            return -1;
        }
        int p = names.nameEnd(j, limit);
        int h = p < limit ? roles.roleHeadEnd(p, limit) : p;
        if (h <= p || doc.token(p).isCapitalized()) {
            return -1;
        }
        boolean ends = h >= limit || DocumentView.isPunct(doc.word(h)) || lex.speech().isSpeechVerb(doc.word(h))
                || doc.token(h).pos() != null && (doc.token(h).pos().startsWith("VB") || doc.token(h).pos().equals("MD"));
        return ends ? p : -1;
    }

    /** The writer's "I" ("eu") in the article's own words, not inside a quote. */
    boolean isNarrator(int j) {
        String w = doc.word(j);
        boolean first = "en".equals(lex.language()) ? "I".equals(w) : "pt".equals(lex.language())
                && ("eu".equals(w) || "Eu".equals(w));
        return first && doc.quoteOf(j) < 0;
    }

    /**
     * English: a place name tagged LOCATION that is the subject of a finite verb of saying right after it ("China
     * said", "Moscow quickly denied"): the end of the place name, or -1. Elsewhere a place is no speaker.
     */
    private int speakingPlaceEnd(int j, int limit) {
        if (!"en".equals(lex.language()) || !"LOCATION".equals(names.nerAt(j)) || !doc.token(j).isCapitalized()
                || j > 0 && (TokenPredicates.PREPOSITIONS.contains(doc.lower(j - 1))
                || lex.grammar().adjunctPreps().contains(doc.lower(j - 1)) || "of".equals(doc.lower(j - 1))
                || "LOCATION".equals(names.nerAt(j - 1)) || doc.token(j - 1).isCapitalized() && j - 1 > 0
                && !DocumentView.isPunct(doc.word(j - 1)))) {
            return -1; // "Traders on North Street said": the place ends a phrase about the speakers
        }
        if (j > 1 && ",".equals(doc.word(j - 1)) && "LOCATION".equals(names.nerAt(j - 2))) {
            return -1; // "Stacy Baker of Columbia, South Carolina says": a state after its city
        }
        int e = j + 1;
        while (e < limit && e < j + 4 && "LOCATION".equals(names.nerAt(e))) {
            e++;
        }
        // the verb may lie past the limit: a subject is looked for with the verb as its limit
        int n = doc.size();
        int v = e < n && doc.token(e).pos() != null && doc.token(e).pos().startsWith("RB") ? e + 1 : e;
        String pos = v < n ? doc.token(v).pos() : null;
        boolean finite = pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"));
        return finite && np.isSpeechVerb(v) ? e : -1;
    }

    /** Organizations a person leads, which "X's …" names by their leader ("Lucero's group", not "Trump's campaign"). */
    /** After a plural that opens a sentence, a word that makes it a span of time, not a group who speaks. */
    private static final Set<String> TIME_AFTER = Set.of("later", "ago", "earlier", "after", "before", "depois",
            "antes", "atrás", "mais", "após");
    private static final Set<String> LED_GROUPS = Set.of("group", "organization", "organisation", "association",
            "coalition", "charity", "nonprofit", "foundation", "alliance", "union", "network");
    private static final Set<String> RELATIVES = Set.of("which", "that", "que");
    private static final Set<String> MADE = Set.of("released", "published", "issued", "produced", "compiled",
            "commissioned", "prepared", "divulgou", "publicou", "elaborou", "encomendou", "produziu");

    /**
     * ", which the National Pupil Transportation Council released", ", que o Ipea divulgou": the organization a
     * relative clause after a document says made it; else null.
     */
    Mention makerInRelative(int k) {
        if (k + 3 >= doc.size() || !",".equals(doc.word(k)) || !RELATIVES.contains(doc.lower(k + 1))) {
            return null;
        }
        int n = k + 2;
        while (n < doc.size() && n < k + 4 && lex.grammar().determiners().contains(doc.lower(n)) && !names.isNameToken(n)) {
            n++;
        }
        if (n >= doc.size() || !names.isNameToken(n) || "PERSON".equals(names.nerAt(n))) {
            return null;
        }
        int end = names.nameEnd(n, doc.size());
        return end < doc.size() && MADE.contains(doc.lower(end))
                ? mention(Mention.Kind.NAME, n, end, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN) : null;
    }

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

    /**
     * English "the interagency center", "the fire authority": "the", one or two lower-case words, then an
     * organization noun that ends the phrase. Resolved only to an organization whose name holds those words
     * ({@link Antecedents}), so "the rival company" is no one rather than the company last named.
     */
    private Mention premodifiedOrganizationNoun(int i, int j, int limit) {
        if (!"en".equals(lex.language()) || j != i + 1 || !"the".equals(doc.lower(i))) {
            return null;
        }
        for (int noun = j + 1; noun <= j + 2 && noun < limit; noun++) {
            String w = doc.lower(noun - 1);
            if (doc.token(noun - 1).isCapitalized() || DocumentView.isPunct(w) || roles.roleHeadEnd(noun - 1, limit) > noun - 1
                    || lex.sources().orgNouns().contains(w) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return null;
            }
            boolean endsPhrase = noun + 1 >= limit || !MentionParser.POSSESSIVE_MARKS.contains(doc.word(noun + 1))
                    && roles.roleHeadEnd(noun + 1, limit) <= noun + 1; // not "the fire centre's director"
            if (lex.sources().orgNouns().contains(doc.word(noun)) && !doc.token(noun).isCapitalized() && endsPhrase) {
                return mention(Mention.Kind.ORG_NOUN, i, noun + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
            }
        }
        return null;
    }

    Mention phraseAt(int i, int limit) {
        int j = i;
        while (j < limit && j < i + 2 && lex.grammar().determiners().contains(doc.lower(j)) && !np.isPronoun(j)) {
            j++;
        }
        if (j >= limit) {
            return null;
        }
        if (j == i && np.isPronoun(j)) {
            Gender g = lex.grammar().femalePronouns().contains(doc.word(j)) ? Gender.FEMALE : Gender.MALE;
            return mention(Mention.Kind.PRONOUN, j, j + 1, SpeakerType.PERSON, null, g);
        }
        if (j == i && isNarrator(j)) {
            // "I laughed and said, “…”": the writer, whom the article may name (ArticleAuthor)
            return mention(Mention.Kind.PRONOUN, j, j + 1, SpeakerType.PERSON, null, Gender.UNKNOWN);
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
        int party = partyEpithetEnd(i, limit);
        if (party > 0) {
            // "the Oregon Democrat said", "the Missouri Republican said": a politician named before
            return mention(Mention.Kind.PRONOUN, i, party, SpeakerType.PERSON, null, Gender.UNKNOWN);
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
            return mention(Mention.Kind.NAME, headName, names.nameEnd(headName, limit), SpeakerType.PERSON, null,
                    names.genderOf(headName));
        }
        Mention ownedOrganization = ownedOrganization(i, j, limit);
        if (ownedOrganization != null) {
            return ownedOrganization;
        }
        int ownedPerson = "en".equals(lex.language()) ? roles.ownedPerson(j, limit) : -1;
        if (ownedPerson >= 0) {
            return mention(Mention.Kind.NAME, ownedPerson, names.nameEnd(ownedPerson, limit), SpeakerType.PERSON, null,
                    names.genderOf(ownedPerson));
        }
        int titledName = "en".equals(lex.language()) ? roles.titledPerson(j, limit) : -1;
        if (titledName >= 0) {
            return mention(Mention.Kind.NAME, titledName, names.nameEnd(titledName, limit), SpeakerType.PERSON, null,
                    names.genderOf(titledName));
        }
        if (j > i && "en".equals(lex.language()) && isDemonym(j, limit)) {
            // "The Scot, 54, blasted": a person the article named before, described by origin
            return mention(Mention.Kind.PRONOUN, i, j + 1, SpeakerType.PERSON, null, Gender.UNKNOWN);
        }
        int placeRole = placedRoleHead(i, j, limit);
        if (placeRole > 0) {
            // "said the Florida senator", "the Texas governor said": a role named by where it is held, like "the senator"
            return roles.role(i, placeRole, roles.roleHeadEnd(placeRole, limit), limit, null);
        }
        int placeEnd = speakingPlaceEnd(j, limit);
        if (placeEnd > 0) {
            // "China said …", "“…,” Beijing said": a country or capital speaks for its government
            return mention(Mention.Kind.NAME, j, placeEnd, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
        }
        // a lone role word ("Judge", "Dean") is a role, unless it ends a person's full name in the article ("Howard Dean")
        if (names.isNameToken(j) && !(names.nameEnd(j, limit) == j + 1 && roles.roleHeadEnd(j, limit) > j
                && !names.surnameOfSomeone(j))) {
            int end = names.nameEnd(j, limit);
            int titleEnd = roles.titleEnd(j, end);
            if (titleEnd > j && titleEnd < end && Character.isUpperCase(doc.word(titleEnd).charAt(0))) {
                // "Mayor Carlos Ortega" tagged as one name: the person is "Carlos Ortega"
                return mention(Mention.Kind.NAME, titleEnd, end, SpeakerType.PERSON, null, names.genderOf(titleEnd));
            }
            Mention role = roles.possessiveRole(i, end, limit);
            if (role != null) {
                return role;
            }
            // "Nvidia CEO Jensen Huang", "Senate Majority Leader Chuck Warner": organization, title, person.
            // "the White House press secretary, Josh Earnest,": the same with a comma before the person.
            if (!"PERSON".equals(names.nerAt(j))) {
                for (int k = end + 1; k < Math.min(limit, end + 6); k++) {
                    if ("PERSON".equals(names.nerAt(k))) {
                        int roleEnd = ",".equals(doc.word(k - 1)) ? k - 1 : k;
                        boolean titled = false;
                        for (int x = end; x < roleEnd && !titled; x++) {
                            titled = roles.roleHeadEnd(x, roleEnd) == roleEnd;
                        }
                        if (titled) {
                            return mention(Mention.Kind.NAME, k, names.nameEnd(k, limit), SpeakerType.PERSON, null,
                                    names.genderOf(k));
                        }
                        break;
                    }
                    boolean commaBeforePerson = ",".equals(doc.word(k)) && "PERSON".equals(names.nerAt(k + 1));
                    boolean roleWord = doc.token(k).isCapitalized() || roles.roleHeadEnd(k, limit) > k
                            || doc.token(k).pos() != null && doc.token(k).pos().startsWith("NN");
                    if (!commaBeforePerson && (DocumentView.isPunct(doc.word(k)) || !roleWord)) {
                        break;
                    }
                }
            }
            SpeakerType type = NameRuns.typeOf(names.nerAt(j));
            if (end == j + 1 && lex.sources().groupNouns().contains(doc.lower(j)) && !names.surnameOfSomeone(j)) {
                return mention(Mention.Kind.GROUP, i, end, SpeakerType.OTHER, null, Gender.UNKNOWN); // "Republicans said"
            }
            if (end == j + 1 && type == SpeakerType.OTHER && PARTY_MEMBERS.contains(doc.lower(j))) {
                // "one veteran House Democrat told me": a party label, not the name of anyone
                return mention(Mention.Kind.GROUP, i, end, SpeakerType.OTHER, null, Gender.UNKNOWN);
            }
            return mention(Mention.Kind.NAME, j, end, type, null, type == SpeakerType.PERSON ? names.genderOf(j)
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
                k = Math.min(limit, doc.pastDayOfMonth(k)); // "balanço divulgado nesta terça-feira (14) pela Secretaria"
            }
            if (k < limit && (lex.grammar().affiliationPreps().contains(doc.lower(k)) || BY.contains(doc.lower(k))
                    || FROM.contains(doc.lower(k)))) { // "a statement from the Sheriff's Office"
                k++;
                for (int skip = 0; skip < 2 && k < limit && !names.isNameToken(k) && !lex.sources().orgNouns().contains(doc.word(k));
                     skip++) {
                    k++;
                }
                if (k + 1 < limit && lex.sources().orgNouns().contains(doc.word(k)) && names.isNameToken(k + 1)) {
                    k++; // "da consultora Habitare"
                }
                if (k < limit && names.isNameToken(k) && !"PERSON".equals(names.nerAt(k))) {
                    return mention(Mention.Kind.NAME, k, names.nameEnd(k, limit), SpeakerType.ORGANIZATION, null,
                            Gender.UNKNOWN);
                }
                if (k < limit && lex.sources().orgNouns().contains(doc.word(k))) {
                    return mention(Mention.Kind.ORG_NOUN, k, k + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
                }
            }
            Mention maker = makerInRelative(j + 1);
            if (maker != null) {
                return maker; // "according to the report, which the Transport Council released in April"
            }
            boolean definite = DEFINITE.contains(doc.lower(i)) && !("en".equals(lex.language()) && "a".equals(doc.lower(i)));
            if (j > i && definite && (j + 1 >= limit || DocumentView.isPunct(doc.word(j + 1)))) {
                // "Segundo o documento, …": the report just named, so its organization
                return mention(Mention.Kind.ORG_NOUN, i, j + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
            }
            return null;
        }
        if (j + 2 < limit && lex.sources().orgNouns().contains(doc.lower(j)) && LED.contains(doc.lower(j + 1))
                && BY.contains(doc.lower(j + 2))) {
            // "anunciou a instituição liderada por Paulo Antunes": the institution speaks, its head only says which
            return mention(Mention.Kind.ORG_NOUN, j, j + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
        }
        if (j > i || j == i && !doc.token(j).isCapitalized()) {
            // "a entomologista Sofia Vidal", "o volante Thiaguinho", "the economist Jane Roe": a noun we do
            // not list as a role, then a person
            for (int k = j; k < Math.min(limit - 1, j + 3); k++) {
                if (DocumentView.isPunct(doc.word(k)) || doc.token(k).isCapitalized() || lex.speech().isSpeechVerb(doc.word(k))
                        || lex.grammar().affiliationPreps().contains(doc.lower(k)) || lex.grammar().adjunctPreps().contains(doc.lower(k))) {
                    break; // "one resident of Henley" is no "resident Henley"
                }
                if ("PERSON".equals(names.nerAt(k + 1)) || NameTagger.UNTYPED.equals(names.nerAt(k + 1)) && k + 1 < limit
                        && !lex.sources().orgNouns().contains(doc.word(k))) {
                    return mention(Mention.Kind.NAME, k + 1, names.nameEnd(k + 1, limit), SpeakerType.PERSON, null,
                            names.genderOf(k + 1));
                }
            }
        }
        if (j == i && j < limit && isPlural(j) && doc.token(j).isCapitalized() && isSentenceStart(j)
                && !TIME_AFTER.contains(doc.lower(j + 1))) { // not "Minutes later, …", "Anos depois, …"
            // "Interlocutores do ministro afirmam …": a plural with no article opening the sentence
            return mention(Mention.Kind.GROUP, j, j + 1, SpeakerType.OTHER, null, Gender.UNKNOWN);
        }
        for (int k = j; k < Math.min(limit - 1, j + 3); k++) {
            // "a consultoria Vetor Dados", "the accountancy firm Harrow & Finch": the named organization
            if (lex.sources().orgNouns().contains(doc.word(k)) && !doc.token(k).isCapitalized() && names.isNameToken(k + 1)
                    && !"PERSON".equals(names.nerAt(k + 1))) {
                return mention(Mention.Kind.NAME, k + 1, names.nameEnd(k + 1, limit), SpeakerType.ORGANIZATION, null,
                        Gender.UNKNOWN);
            }
            // "a associação ambientalista Zero": the organization noun, an adjective, then the name
            if (lex.sources().orgNouns().contains(doc.word(k)) && !doc.token(k).isCapitalized() && k + 2 < limit
                    && !doc.token(k + 1).isCapitalized() && !DocumentView.isPunct(doc.word(k + 1))
                    && !lex.grammar().stopwords().contains(doc.lower(k + 1)) && names.isNameToken(k + 2)
                    && !"PERSON".equals(names.nerAt(k + 2))) {
                return mention(Mention.Kind.NAME, k + 2, names.nameEnd(k + 2, limit), SpeakerType.ORGANIZATION, null,
                        Gender.UNKNOWN);
            }
            if (DocumentView.isPunct(doc.word(k)) || doc.token(k).isCapitalized() && k > j || roles.roleHeadEnd(k, limit) > k) {
                break; // "o economista-chefe da gestora X, Caio …" is about the economist
            }
        }
        // "a company spokeswoman, Allison Marquez": a role of the organization the noun stands for
        if (j + 1 < limit && lex.sources().orgNouns().contains(doc.word(j)) && !doc.token(j).isCapitalized()
                && roles.roleHeadEnd(j + 1, limit) > j + 1) {
            return roles.role(i, j + 1, roles.roleHeadEnd(j + 1, limit), limit, doc.lower(j));
        }
        if (j + 1 < limit && lex.sources().orgNouns().contains(doc.word(j)) && !doc.token(j).isCapitalized()
                && MentionParser.OFFICIALS.contains(doc.lower(j + 1))) {
            return mention(Mention.Kind.GROUP, i, j + 2, SpeakerType.OTHER, null, Gender.UNKNOWN); // "agency officials"
        }
        // a generic noun in lower case; "Lincoln High School" is a name, not "the school"
        if (j < limit && lex.sources().orgNouns().contains(doc.word(j)) && !doc.token(j).isCapitalized()) {
            Mention role = roles.possessiveRole(i, j + 1, limit);
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
        Mention premodified = premodifiedOrganizationNoun(i, j, limit);
        if (premodified != null) {
            return premodified;
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
                int named = a + 1 < limit && "the".equals(doc.lower(a + 1)) ? a + 2 : a + 1; // "at the University of Leeds"
                if (named < limit && lex.grammar().affiliationPreps().contains(doc.lower(a)) && names.isNameToken(named)
                        && !"PERSON".equals(names.nerAt(named)) && !"LOCATION".equals(names.nerAt(named))) {
                    return mention(Mention.Kind.NAME, named, names.nameEnd(named, limit), SpeakerType.ORGANIZATION, null,
                            Gender.UNKNOWN);
                }
                // "analysts", "Industry analysts", "os economistas"
                return mention(Mention.Kind.GROUP, i, g + 1, SpeakerType.OTHER, null, Gender.UNKNOWN);
            }
            if (DocumentView.isPunct(doc.word(g))) {
                break;
            }
        }
        int r = roles.roleHeadEnd(j, limit);
        int head = j;
        for (int skip = 1; r == j && skip <= 2 && j + skip < limit; skip++) {
            // "a senior analyst", "the former chief executive", "o novo presidente"
            int m = j + skip - 1;
            if (names.isNameToken(m) || DocumentView.isPunct(doc.word(m)) || doc.token(m).isCapitalized()) {
                break;
            }
            int e = roles.roleHeadEnd(j + skip, limit);
            if (e > j + skip) {
                head = j + skip;
                r = e;
            }
        }
        if (r > head) {
            Mention role = roles.role(i, head, r, limit, null);
            // "a senadora Paula Nogueira", "o ministro da Fazenda, Caio Duarte,": the name is the speaker.
            int name = roles.nameAfterRole(role.endToken(), limit);
            if (name >= 0) {
                return mention(Mention.Kind.NAME, name, names.nameEnd(name, limit), SpeakerType.PERSON, null, names.genderOf(name));
            }
            return role;
        }
        return null;
    }

    private boolean isSentenceStart(int k) {
        return k == doc.sentence(doc.sentenceOf(k)).tokens().get(0).index();
    }

    /**
     * "Russia's agriculture ministry", "Ohio's health department": an organization described by its owner,
     * a speaker of its own (not the last ministry named in the article).
     */
    private Mention ownedOrganization(int i, int j, int limit) {
        String ner = names.nerAt(j);
        if (!names.isNameToken(j) && !("LOCATION".equals(ner) && doc.token(j).isCapitalized())) {
            return null;
        }
        int e = "LOCATION".equals(ner) ? j + 1 : names.nameEnd(j, limit);
        while (e < limit && "LOCATION".equals(ner) && ner.equals(names.nerAt(e))) {
            e++;
        }
        if (e >= limit || !("'s".equals(doc.word(e)) || "’s".equals(doc.word(e)))) {
            return null;
        }
        for (int k = e + 1; k < Math.min(limit, e + 4); k++) {
            if (lex.sources().orgNouns().contains(doc.word(k)) && !doc.token(k).isCapitalized()) {
                if ("PERSON".equals(ner) && LED_GROUPS.contains(doc.lower(k))) {
                    // "Lucero's group says": the organization she leads, named before like any "the group"
                    return mention(Mention.Kind.ORG_NOUN, k, k + 1, SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
                }
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
        boolean alone = j + 1 >= limit || DocumentView.isPunct(doc.word(j + 1)) || np.isSpeechVerb(j + 1);
        boolean tagged = "PERSON".equals(names.nerAt(j)) && names.nameEnd(j, limit) == j + 1;
        boolean origin = SHORT_DEMONYMS.contains(w) || w.endsWith("ian") || w.endsWith("man") || w.endsWith("woman");
        return "the".equals(doc.lower(j - 1)) && tagged && origin && alone;
    }

    /** A plural common noun: lower-case or sentence-initial, ending in -s, not a name. */
    private boolean isPlural(int k) {
        String w = doc.lower(k);
        return w.length() > 3 && w.endsWith("s") && !names.isNameToken(k) && !lex.grammar().stopwords().contains(w)
                && !lex.speech().isSpeechVerb(w);
    }
}
