package org.claimscope.pipeline.annotate.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscope.pipeline.lang.NameLexicon;
import org.claimscope.pipeline.lang.SpeechLexicon;
import org.claimscope.pipeline.lang.WordList;

/**
 * Mends the CRF's most common slips on news text, where a speaker's name must come out whole:
 * "CME Group" cut before "Group", "Resolution Foundation" taken for a place, "As Wells" with the
 * sentence's first word glued to the name, "Brightwater National Laboratory in New Mexico" as one
 * organization.
 */
public final class NerRepair extends TagRepair {

    private final WordList orgSuffixes;
    private final WordList functionWords;
    private final WordList companyNouns;
    private final WordList seats;
    private final NameLexicon names;
    private final WordList roleHeads;
    private final SpeechLexicon speech;

    public NerRepair(WordList orgSuffixes, WordList functionWords, WordList companyNouns, WordList seats,
            WordList roleHeads, NameLexicon names, SpeechLexicon speech) {
        this.orgSuffixes = orgSuffixes;
        this.functionWords = functionWords;
        this.companyNouns = companyNouns;
        this.seats = seats;
        this.names = names;
        this.roleHeads = roleHeads;
        this.speech = speech;
    }

    @Override
    public void annotate(Annotation doc) {
        quoteMarksAreNoNames(doc);
        trimHeadlineNames(doc);
        dropOverlongPersonRuns(doc);
        repairRuns(doc);
        organizationsWithAnd(doc);
        seatsOfPower(doc);
        organizationsByApposition(doc);
        joinApostropheSurnames(doc);
        splitPersonOfOrganization(doc);
        personsByApposition(doc);
        joinNicknames(doc);
        tagKnownSurnames(doc);
        tagAfterHonorifics(doc);
        organizationsByFirstWord(doc);
        personsWithPostNominals(doc);
        partyTags(doc);
        epithetsBeforeGivenNames(doc);
        invertedVerbsOfSaying(doc);
        organizationsEndingInAPerson(doc);
        untaggedSubjectsOfSaying(doc);
    }

    /**
     * "Zero Hedge asked, “…”", "“…,” Tyra Okonjo said": two to four capitalized proper nouns the CRF left untagged,
     * opening a sentence or right after a quote, before a finite verb of saying, are the speaker's name: a person's
     * when the first word is a given name, else an organization's (a website, a blog, a group).
     */
    private void untaggedSubjectsOfSaying(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                boolean afterQuote = i >= 2 && CLOSE_MARKS.contains(t.get(i - 1).word()) && ",".equals(t.get(i - 2).word());
                if (i > 0 && !afterQuote) {
                    continue;
                }
                int e = i;
                // the tagger may read a first word it does not know as a common noun ("Zinc/NN Hollow/NNP")
                while (e < t.size() && e < i + 4 && untaggedProperNoun(t.get(e), e == i)) {
                    e++;
                }
                if (e - i < 2 || e >= t.size()) {
                    continue;
                }
                CoreLabel verb = t.get(e);
                String pos = verb.tag();
                // a capitalized verb is a headline's ("Retired General Reveals …"), where every word is capitalized
                if (!("VBD".equals(pos) || "VBZ".equals(pos)) || capitalized(verb) || !speech.isSpeechVerb(verb.word())) {
                    continue;
                }
                String type = isGivenName(t.get(i).word()) ? "PERSON" : ORG;
                for (int k = i; k < e; k++) {
                    t.get(k).setNER(type);
                }
            }
        }
    }

    private boolean untaggedProperNoun(CoreLabel t, boolean first) {
        return ("NNP".equals(t.tag()) || first && "NN".equals(t.tag())) && "O".equals(t.ner()) && capitalized(t)
                && !functionWords.contains(t.word()) && !roleHeads.contains(t.word()); // word lists ignore case
    }

    /**
     * "Aung San Suu Kyi visited …" tagged an organization, "Suu Kyi" a person later on: a run tagged organization that
     * is one or two words and then the words of a person's name of two words or more found in the article: that
     * person.
     */
    private static void organizationsEndingInAPerson(Annotation doc) {
        Set<List<String>> persons = new java.util.HashSet<>();
        List<List<CoreLabel>> organizations = new java.util.ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < t.size()) {
                String tag = t.get(i).ner();
                int j = i + 1;
                while (j < t.size() && tag != null && tag.equals(t.get(j).ner())) {
                    j++;
                }
                if ("PERSON".equals(tag) && j - i >= 2) {
                    persons.add(t.subList(i, j).stream().map(CoreLabel::word).toList());
                } else if ("ORGANIZATION".equals(tag) && j - i >= 3 && j - i <= 5) {
                    organizations.add(t.subList(i, j));
                }
                i = j;
            }
        }
        for (List<CoreLabel> run : organizations) {
            for (List<String> person : persons) {
                int from = run.size() - person.size();
                // a given name or two before it ("Aung San"), not a headline run ("… Perfectly Captures … Bernie Sanders")
                if (from >= 1 && from <= 2
                        && run.subList(from, run.size()).stream().map(CoreLabel::word).toList().equals(person)) {
                    run.forEach(t -> t.setNER("PERSON"));
                    break;
                }
            }
        }
    }

    /** Party labels that stand before a name like a title ("Democrat Hillary Clinton"). */
    private static final Set<String> PARTY_LABELS = Set.of("Democrat", "Republican", "Democratic", "GOP", "Labour",
            "Tory", "Conservative", "Liberal", "Socialist");

    /**
     * "Crooked Hillary Clinton", "Democrat Hillary Clinton": an adjective or a party label the CRF took into a person's
     * name, right before a given name with a surname still after it, describes the person; the name starts after it,
     * so that every mention of the person reads the same ("Cornell William Brooks" keeps its rarer given name).
     */
    private void epithetsBeforeGivenNames(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 2 < t.size(); i++) {
                boolean starts = i == 0 || !"PERSON".equals(t.get(i - 1).ner());
                if (starts && "PERSON".equals(t.get(i).ner()) && "PERSON".equals(t.get(i + 1).ner())
                        && "PERSON".equals(t.get(i + 2).ner()) && !isGivenName(t.get(i).word())
                        && isGivenName(t.get(i + 1).word()) && (PARTY_LABELS.contains(t.get(i).word())
                        || t.get(i).tag() != null && t.get(i).tag().startsWith("JJ"))) {
                    t.get(i).setNER("O");
                }
            }
        }
    }

    /** Verbs of saying that open a sentence before the speaker's name ("Said Comey, …"). */
    private static final Set<String> INVERTED = Set.of("Said", "Says", "Added", "Adds", "Asked", "Wrote");

    /**
     * "Said Dorothy Poynter, who grew up with Ali, “…”": a verb of saying that opens a sentence before a name is a
     * verb, though the tagger, seeing a capital, took it for a proper noun (or for a person named Said).
     */
    private void invertedVerbsOfSaying(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            if (t.size() < 4 || !INVERTED.contains(t.get(0).word()) || !capitalized(t.get(1))) {
                continue;
            }
            boolean commaFollows = false;
            for (int k = 2; k < Math.min(t.size(), 16) && !commaFollows; k++) {
                commaFollows = ",".equals(t.get(k).word()) || ":".equals(t.get(k).word());
            }
            if (!commaFollows) {
                continue;
            }
            CoreLabel verb = t.get(0);
            verb.setNER("O");
            verb.setTag(verb.word().endsWith("s") ? "VBZ" : "VBD");
            verb.setLemma(switch (verb.word()) {
                case "Said", "Says" -> "say";
                case "Added", "Adds" -> "add";
                case "Asked" -> "ask";
                default -> "write";
            });
        }
    }

    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");

    /**
     * "Rep. Irene Chávez-Pohl, D-Las Cruces, said": a US party-and-home-town tag set off by commas after a name is
     * no person of its own, however the CRF tagged it.
     */
    private void partyTags(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < t.size(); i++) {
                if (!",".equals(t.get(i - 1).word()) || !PARTY_TAG.matcher(t.get(i).word()).matches()) {
                    continue;
                }
                int end = i + 1;
                while (end < t.size() && end < i + 4 && capitalized(t.get(end))) {
                    end++;
                }
                if (end < t.size() && !",".equals(t.get(end).word()) && !".".equals(t.get(end).word())) {
                    continue; // "D-Las Cruces," or "R-Texas." ends the tag
                }
                for (int k = i; k < end; k++) {
                    t.get(k).setNER("O");
                }
            }
        }
    }

    /**
     * "Aoife Brennan SC, defending, said": letters after a given name and a surname make a person, whatever the CRF
     * took the capitals for (the letters themselves are cut from the name where name runs are read).
     */
    private void personsWithPostNominals(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                if (!ORG.equals(t.get(i).ner()) || i > 0 && ORG.equals(t.get(i - 1).ner()) || !isGivenName(t.get(i).word())) {
                    continue;
                }
                int end = i;
                while (end < t.size() && ORG.equals(t.get(end).ner())) {
                    end++;
                }
                String last = t.get(end - 1).word();
                if (end - i == 3 && capitalized(t.get(i + 1)) && last.equals(last.toUpperCase(Locale.ROOT))
                        && names.postNominals().contains(last.toLowerCase(Locale.ROOT))) {
                    for (int k = i; k < end; k++) {
                        t.get(k).setNER("PERSON");
                    }
                }
                i = end - 1;
            }
        }
    }

    /**
     * "Corvane Systems Inc. reported …" then "But Corvane said …": the CRF calls the short form a person. A lone
     * capitalized word that begins a multi-word organization of the article, and is never part of a multi-word
     * person nor a given name, is that organization.
     */
    private void organizationsByFirstWord(Annotation doc) {
        Set<String> firstWords = new java.util.HashSet<>();
        Set<String> personWords = new java.util.HashSet<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                String tag = t.get(i).ner();
                boolean starts = i == 0 || !tag.equals(t.get(i - 1).ner());
                boolean multi = i + 1 < t.size() && tag.equals(t.get(i + 1).ner());
                if (ORG.equals(tag) && starts && multi && capitalized(t.get(i)) && !functionWords.contains(
                        t.get(i).word().toLowerCase(Locale.ROOT))) {
                    firstWords.add(t.get(i).word());
                }
                if ("PERSON".equals(tag) && (multi || !starts)) {
                    personWords.add(t.get(i).word());
                }
            }
        }
        firstWords.removeAll(personWords);
        firstWords.removeIf(this::isGivenName);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                CoreLabel w = t.get(i);
                if (alone(t, i) && "PERSON".equals(w.ner()) && firstWords.contains(w.word())) {
                    w.setNER(ORG);
                }
            }
        }
    }

    /**
     * "According to Tomás Whitford of Bayliss Partners, …": the CRF takes a person named with their firm for one
     * organization (or one person). A run that starts with a known given name and one or two more capitalized
     * words, then "of" and a capitalized name, is the person, then the organization.
     */
    private void splitPersonOfOrganization(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                String tag = t.get(i).ner();
                if (!ORG.equals(tag) && !"PERSON".equals(tag) || i > 0 && tag.equals(t.get(i - 1).ner())
                        || !isGivenName(t.get(i).word())) {
                    continue;
                }
                int of = i + 1;
                while (of < t.size() && of <= i + 3 && tag.equals(t.get(of).ner()) && capitalized(t.get(of))) {
                    of++;
                }
                if (of == i + 1 || of > i + 3 || of + 1 >= t.size() || !"of".equals(t.get(of).word())
                        || !tag.equals(t.get(of).ner()) || !tag.equals(t.get(of + 1).ner())
                        || !capitalized(t.get(of + 1))) {
                    continue;
                }
                for (int k = i; k < of; k++) {
                    t.get(k).setNER("PERSON");
                }
                t.get(of).setNER("O");
                for (int k = of + 1; k < t.size() && tag.equals(t.get(k).ner()); k++) {
                    t.get(k).setNER(ORG);
                }
            }
        }
    }

    private boolean isGivenName(String word) {
        return names.isGivenName(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "said Mr. Harlow.": the CRF misses surnames it has not seen and tags "Mr." in or out of the name at random; a
     * capitalized word after "Mr." or "Dr." is a person's name whatever the CRF called it, and the honorific goes
     * with it, as the mention rules expect (they take the title off again).
     */
    private void tagAfterHonorifics(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 1 < t.size(); i++) {
                if (!names.honorifics().contains(t.get(i).word().toLowerCase(Locale.ROOT)) || !capitalized(t.get(i + 1))) {
                    continue;
                }
                String tag = t.get(i + 1).ner();
                t.get(i).setNER("PERSON");
                for (int k = i + 1; k < t.size() && tag.equals(t.get(k).ner()) && capitalized(t.get(k)); k++) {
                    t.get(k).setNER("PERSON");
                }
            }
            for (int i = 0; i + 2 < t.size(); i++) {
                // "Secretary General Ban Ki-moon": a title of two words
                int name = PERSON_TITLES.contains(t.get(i).word()) ? i + 1
                        : "Secretary".equals(t.get(i).word()) && "General".equals(t.get(i + 1).word()) ? i + 2 : -1;
                if (name < 0 || name + 1 >= t.size() || !capitalized(t.get(name)) || !capitalized(t.get(name + 1))
                        || "PERSON".equals(t.get(name).ner()) || "PERSON".equals(t.get(name + 1).ner())) {
                    continue;
                }
                // "Sen. Ada Price (D-Nev.)", "Rep. Alexandria Ocasio-Cortez": a politician's or officer's title before
                // two capitalized words names a person, whatever the CRF took the words for
                t.get(name).setNER("PERSON");
                t.get(name + 1).setNER("PERSON");
            }
        }
    }

    /** Titles that stand before a person's name only (the shared honorifics are handled above). */
    private static final Set<String> PERSON_TITLES = Set.of("Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.", "Sgt.",
            "Capt.", "Det.", "Supt.", "Insp.", "Cmdr.", "Adm.", "Maj.", "Cpl.", "Pvt.", "Del.", "Secretary-General");

    /**
     * "said Maren Oduya, a consumer-hardware analyst at Brightline Research": a short name the CRF took for an
     * organization or a place, described by an apposition headed by a person's role, is a person.
     */
    private void personsByApposition(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                String tag = t.get(i).ner();
                if (!ORG.equals(tag) && !"LOCATION".equals(tag) || i > 0 && tag.equals(t.get(i - 1).ner())) {
                    continue;
                }
                int end = i;
                while (end < t.size() && tag.equals(t.get(end).ner()) && capitalized(t.get(end))) {
                    end++;
                }
                if (end - i < 2 || end - i > 3 || end + 3 >= t.size() || !",".equals(t.get(end).word())
                        || orgWordIn(t, i, end)) {
                    continue;
                }
                boolean article = Set.of("a", "an", "the").contains(t.get(end + 1).word().toLowerCase(Locale.ROOT));
                if (!article && !isGivenName(t.get(i).word())) {
                    continue; // "Aaliyah Morgan, executive director of …": a given name may do without the article
                }
                for (int k = article ? end + 2 : end + 1; k < Math.min(t.size(), end + 6); k++) {
                    String w = t.get(k).word().toLowerCase(Locale.ROOT);
                    if (",".equals(w) || orgSuffixes.contains(w) || companyNouns.contains(w)) {
                        break;
                    }
                    String next = k + 1 < t.size() ? t.get(k + 1).word().toLowerCase(Locale.ROOT) : ".";
                    if (roleHeads.contains(w) && Set.of("at", "of", "for", "with", "from", ",", ".").contains(next)) {
                        for (int j = i; j < end; j++) {
                            t.get(j).setNER("PERSON");
                        }
                        break;
                    }
                }
                i = end - 1;
            }
        }
    }

    private boolean orgWordIn(List<CoreLabel> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (orgSuffixes.contains(w) || companyNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OPEN_MARKS = Set.of("‘", "“", "\"", "'", "`", "``");
    private static final Set<String> CLOSE_MARKS = Set.of("’", "”", "\"", "'", "''");

    /**
     * "Margaret ‘Peg’ Orchard": the CRF breaks the name at the quoted nickname. Given name, nickname in marks and
     * surname are one person (the entity drops the nickname from the canonical name).
     */
    private void joinNicknames(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 4 < t.size(); i++) {
                if (!isGivenName(t.get(i).word()) || !OPEN_MARKS.contains(t.get(i + 1).word())) {
                    continue;
                }
                int close = i + 2;
                while (close < Math.min(t.size(), i + 5) && capitalized(t.get(close))) {
                    close++;
                }
                if (close == i + 2 || close + 1 >= t.size() || !CLOSE_MARKS.contains(t.get(close).word())
                        || !capitalized(t.get(close + 1)) || !"PERSON".equals(t.get(close + 1).ner())
                        && !"NNP".equals(t.get(close + 1).tag())) {
                    continue;
                }
                int end = close + 1;
                while (end < t.size() && capitalized(t.get(end)) && ("PERSON".equals(t.get(end).ner()) || end == close + 1)) {
                    end++;
                }
                for (int k = i; k < end; k++) {
                    t.get(k).setNER("PERSON");
                }
                i = end - 1;
            }
        }
    }

    /**
     * "― Jacklyn Ashley\n“Trump must …”": the CRF may run a name on into the quote mark that opens the next line. A
     * double quote mark after a person's name ends it (a nickname in marks is joined again later,
     * {@link #joinNicknames}).
     */
    /** Double quote marks; a single one may be an apostrophe inside a name ("Farmers' Association"). */
    private static final Set<String> DOUBLE_MARKS = Set.of("“", "”", "\"", "``", "''", "„");

    private static void quoteMarksAreNoNames(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < t.size(); i++) {
                // a person's name does not go on into a quote; an organization's may hold a title ("ABC's “Good
                // Morning America”")
                if (DOUBLE_MARKS.contains(t.get(i).word()) && "PERSON".equals(t.get(i - 1).ner())
                        && !"O".equals(t.get(i).ner())) {
                    t.get(i).setNER("O");
                }
            }
        }
    }

    /** Token i is an entity run of its own: its neighbours carry other tags. */
    private static boolean alone(List<CoreLabel> t, int i) {
        String tag = t.get(i).ner();
        return (i == 0 || !tag.equals(t.get(i - 1).ner())) && (i + 1 == t.size() || !tag.equals(t.get(i + 1).ner()));
    }


    /** "The White House said", "the Kremlin denied": buildings that speak for an institution (a lexicon). */
    private void seatsOfPower(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                for (List<String> seat : seats.phrases()) {
                    boolean match = i + seat.size() <= t.size();
                    for (int k = 0; match && k < seat.size(); k++) {
                        String w = t.get(i + k).word();
                        match = seat.get(k).equals(w.toLowerCase(java.util.Locale.ROOT)) && !w.isEmpty()
                                && Character.isUpperCase(w.codePointAt(0));
                    }
                    if (match) {
                        for (int k = 0; k < seat.size(); k++) {
                            t.get(i + k).setNER(ORG);
                        }
                    }
                }
            }
        }
    }

    /**
     * "Unison, the health workers' union, said": a proper name whose apposition is headed by an organization
     * word is an organization, whatever the CRF guessed (here LOCATION).
     */
    private void organizationsByApposition(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 3 < t.size(); i++) {
                if (!"NNP".equals(t.get(i).tag()) || ORG.equals(t.get(i).ner())
                        || i + 1 >= t.size() || !",".equals(t.get(i + 1).word())
                        || !"the".equalsIgnoreCase(t.get(i + 2).word()) && !"a".equalsIgnoreCase(t.get(i + 2).word())) {
                    continue;
                }
                int start = i;
                while (start > 0 && "NNP".equals(t.get(start - 1).tag())) {
                    start--;
                }
                if ("PERSON".equals(t.get(i).ner()) && (start == i || isGivenName(t.get(start).word()))) {
                    continue; // "Ann Lee, a volunteer group founder": a person the CRF got right
                }
                for (int k = i + 3; k < Math.min(t.size() - 1, i + 8); k++) {
                    String head = t.get(k).word().toLowerCase(java.util.Locale.ROOT);
                    // "…, a volunteer network, …" or "…, a volunteer network that has …"
                    String next = t.get(k + 1).word().toLowerCase(Locale.ROOT);
                    boolean ends = ",".equals(next) || "that".equals(next) || "which".equals(next) || ".".equals(next);
                    if (ends && (orgSuffixes.contains(head) || companyNouns.contains(head))) {
                        for (int j = start; j <= i; j++) {
                            t.get(j).setNER(ORG);
                        }
                        break;
                    }
                    if (",".equals(t.get(k).word())) {
                        break;
                    }
                }
            }
        }
    }

    private static final java.util.regex.Pattern APOSTROPHE_SURNAME =
            java.util.regex.Pattern.compile("(?:O|D|L|Mc|Mac|Dell)[’'][A-Z]\\p{L}+(?:-[A-Z]\\p{L}+)?");

    /**
     * "Kelly O’Donnell": the CRF knows "O'Brien" with a straight apostrophe but not every surname with a
     * typographic one, so the surname after a tagged given name joins the person.
     */
    private static void joinApostropheSurnames(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < t.size(); i++) {
                if ("PERSON".equals(t.get(i - 1).ner()) && !"PERSON".equals(t.get(i).ner())
                        && APOSTROPHE_SURNAME.matcher(t.get(i).word()).matches()) {
                    t.get(i).setNER("PERSON");
                }
            }
        }
    }

    /** Longer than any personal name in news ("Sheikh Mohammed bin Rashid Al Maktoum" has six words). */
    private static final int MAX_PERSON_WORDS = 6;

    /**
     * "PMDonald Trump Booed After Telling Jeb Bush To Pipe Down Real": a Title Case line the CRF took for one person
     * or one miscellaneous name (a timestamp glued to it, so not trimmed as a headline) is no name at all.
     * Organizations keep their long names ("National Association for the Advancement of Colored People").
     */
    private static void dropOverlongPersonRuns(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); ) {
                String tag = t.get(i).ner();
                int k = i;
                while (k < t.size() && ("PERSON".equals(tag) || "MISC".equals(tag)) && tag.equals(t.get(k).ner())) {
                    k++;
                }
                if (k - i > MAX_PERSON_WORDS) {
                    for (int j = i; j < k; j++) {
                        t.get(j).setNER("O");
                    }
                }
                i = Math.max(k, i + 1);
            }
        }
    }

    /**
     * In a Title Case headline the CRF runs a name into the words after it ("Donald Trump Praises Breitbart",
     * "Trevor Noah Says"): the run ends before its first word that the article never tags as a person outside
     * headlines, when a word before it is one the article does.
     */
    private void trimHeadlineNames(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] headline = new boolean[sentences.size()];
        Set<String> bodyPersons = new java.util.HashSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<CoreLabel> t = sentences.get(si).get(CoreAnnotations.TokensAnnotation.class);
            int words = 0;
            int capitalized = 0;
            for (CoreLabel x : t) {
                String w = x.word();
                if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                    words++;
                    capitalized += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
                }
            }
            headline[si] = words >= 4 && capitalized * 10 >= words * 9;
            if (!headline[si]) {
                for (CoreLabel x : t) {
                    if ("PERSON".equals(x.ner())) {
                        bodyPersons.add(x.word());
                    }
                }
            }
        }
        for (int si = 0; si < sentences.size(); si++) {
            if (!headline[si]) {
                continue;
            }
            List<CoreLabel> t = sentences.get(si).get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                if (!"PERSON".equals(t.get(i).ner())) {
                    continue;
                }
                boolean known = bodyPersons.contains(t.get(i).word());
                int k = i + 1;
                for (; k < t.size() && "PERSON".equals(t.get(k).ner()); k++) {
                    if (known && !bodyPersons.contains(t.get(k).word())) {
                        while (k < t.size() && "PERSON".equals(t.get(k).ner())) {
                            t.get(k++).setNER("O");
                        }
                        break;
                    }
                    known |= bodyPersons.contains(t.get(k).word());
                }
                i = k - 1;
            }
        }
    }

    /**
     * "Whitfield, who took over as CEO, told analysts …": a surname the CRF tagged as a person elsewhere
     * in the article is a person here too.
     */
    private void tagKnownSurnames(Annotation doc) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                boolean lastOfPerson = "PERSON".equals(t.get(i).ner())
                        && (i + 1 == t.size() || !"PERSON".equals(t.get(i + 1).ner()));
                boolean multiWord = i > 0 && "PERSON".equals(t.get(i - 1).ner());
                if (lastOfPerson && multiWord && t.get(i).word().length() > 2) {
                    surnames.add(t.get(i).word());
                }
            }
        }
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < t.size(); i++) {
                CoreLabel w = t.get(i);
                // a lone token the CRF called a place or company ("As Delacourt put it") is the person named before
                if (surnames.contains(w.word()) && ("O".equals(w.ner())
                        || alone(t, i) && ("LOCATION".equals(w.ner()) || ORG.equals(w.ner()) || "MISC".equals(w.ner())))) {
                    w.setNER("PERSON");
                }
            }
        }
    }

    private void repairRuns(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!t.isEmpty() && isEntity(t.get(0)) && t.size() > 1 && t.get(1).ner().equals(t.get(0).ner())
                    && functionWords.contains(t.get(0).word())) {
                t.get(0).setNER("O"); // "As Wells put it"
            }
            for (int i = 0; i < t.size(); i++) {
                if (!isEntity(t.get(i)) || i > 0 && t.get(i - 1).ner().equals(t.get(i).ner())) {
                    continue;
                }
                int end = i + 1;
                while (end < t.size() && t.get(end).ner().equals(t.get(i).ner())) {
                    end++;
                }
                for (int k = i + 1; k < end; k++) {
                    if (ORG.equals(t.get(i).ner()) && "in".equals(t.get(k).word())) {
                        for (int x = k; x < end; x++) {
                            t.get(x).setNER(x == k ? "O" : "LOCATION"); // "… Laboratory in New Mexico"
                        }
                        end = k;
                        break;
                    }
                }
                // "CME Group": carry the organization over capitalized suffix words the CRF left out
                while (end < t.size() && "O".equals(t.get(end).ner()) && isSuffix(t.get(end))) {
                    end++;
                }
                if (isSuffix(t.get(end - 1)) || ORG.equals(t.get(i).ner()) && end > i + 1) {
                    for (int k = i; k < end; k++) {
                        t.get(k).setNER(ORG);
                    }
                }
                i = end - 1;
            }
        }
    }

    /**
     * "Cascade Gas and Electric Co." tagged whole once: its later "Cascade Gas and Electric" (without the
     * suffix, where the CRF stops at "and") is the same organization.
     */
    private void organizationsWithAnd(Annotation doc) {
        List<List<String>> names = new java.util.ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : sentences) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            joinAcrossAnd(t);
            for (int i = 0; i < t.size(); i++) {
                if (!ORG.equals(t.get(i).ner()) || i > 0 && ORG.equals(t.get(i - 1).ner())) {
                    continue;
                }
                int end = i + 1;
                while (end < t.size() && ORG.equals(t.get(end).ner())) {
                    end++;
                }
                while (end - 1 > i && isSuffix(t.get(end - 1)) || end - 1 > i && ".".equals(t.get(end - 1).word())) {
                    end--; // the bare name is what recurs: "Co." is often dropped
                }
                boolean joined = false;
                for (int k = i + 1; k < end - 1; k++) {
                    joined |= "and".equals(t.get(k).word()) || "&".equals(t.get(k).word());
                }
                if (joined) {
                    names.add(t.subList(i, end).stream().map(CoreLabel::word).toList());
                }
                i = end - 1;
            }
        }
        for (List<String> name : names) {
            for (CoreMap s : sentences) {
                List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
                for (int i = 0; i + name.size() <= t.size(); i++) {
                    boolean match = true;
                    for (int k = 0; match && k < name.size(); k++) {
                        match = name.get(k).equals(t.get(i + k).word());
                    }
                    for (int k = 0; match && k < name.size(); k++) {
                        t.get(i + k).setNER(ORG);
                    }
                }
            }
        }
    }

    /** "Cascade Gas" + "and" + "Electric Co.": a capitalized run that ends in a company suffix completes the name. */
    private void joinAcrossAnd(List<CoreLabel> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            String w = t.get(i).word();
            if (!("and".equals(w) || "&".equals(w)) || !ORG.equals(t.get(i - 1).ner()) || ORG.equals(t.get(i).ner())) {
                continue;
            }
            int e = i + 1;
            while (e < t.size() && !t.get(e).word().isEmpty() && Character.isUpperCase(t.get(e).word().charAt(0))) {
                e++;
            }
            if (e > i + 1 && isSuffix(t.get(e - 1))) {
                for (int k = i; k < e; k++) {
                    t.get(k).setNER(ORG);
                }
            }
        }
    }

    private boolean isSuffix(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && orgSuffixes.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isEntity(CoreLabel t) {
        return t.ner() != null && !"O".equals(t.ner());
    }
}
