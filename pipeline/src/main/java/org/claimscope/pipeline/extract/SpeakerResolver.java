package org.claimscope.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.annotate.pt.NameTagger;
import org.claimscope.pipeline.lang.Gender;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Resolves speaker phrases to one entity per person or organization in the article: surnames to full
 * names, roles to the people introduced with them ("o CEO da OpenAI, Sam Altman"), pronouns to the
 * nearest person before them, "a empresa" to the last organization. Leaves a phrase unresolved rather
 * than guess: a pronoun with no person before it in the same or the previous paragraph resolves to nobody.
 * This class reads the names and merges them into entities, then sends each phrase to its part: roles to
 * {@link Roles}, pronouns and nouns that refer back to {@link Antecedents} (which asks {@link OrganizationNouns}
 * what an organization noun may mean), unnamed organizations to {@link Organizations}; all share the lists of
 * {@link ResolverPart}.
 */
final class SpeakerResolver extends ResolverPart {

    /** The board or management of an organization speaks as the organization. */
    private static final java.util.regex.Pattern GOVERNING_BODY = java.util.regex.Pattern.compile(
            "(?:SAD|Direção|Direcção|Diretoria|Administração|Conselho de Administração|Comissão Executiva|Junta Directiva|"
                    + "Junta Directiva|Directiva) (?:do|da|dos|das|de|del) (.+)");

    private final IndefiniteSubjects unnamed;
    private final OrganizationNouns orgNouns;
    private final Antecedents antecedents;
    private final Organizations organizations;
    private final Roles roles;
    private final ArticleAuthor author;

    SpeakerResolver(DocumentView doc, MentionParser np, LanguageResources lex) {
        super(doc, np, lex);
        this.author = new ArticleAuthor(doc, np);
        this.unnamed = new IndefiniteSubjects(doc, np, lex);
        this.orgNouns = new OrganizationNouns(this);
        this.antecedents = new Antecedents(this, orgNouns);
        this.organizations = new Organizations(this, antecedents);
        this.roles = new Roles(this, antecedents, organizations);
        collectNames();
        mergeParenthesizedAliases();
        roles.collectRoles();
        resolveRoleSubjects();
    }

    /**
     * "A líder parlamentar socialista voltou à carga. Garantiu que …": a sentence whose subject is a role
     * makes that person the antecedent of the next unsaid or pronoun subject, even without a verb of saying.
     */
    private void resolveRoleSubjects() {
        for (int si = 0; si < doc.sentenceCount(); si++) {
            var s = doc.sentence(si);
            int first = s.tokens().get(0).index();
            int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
            if (doc.quoteOf(first) >= 0 || DocumentView.isQuoteMark(doc.word(first))) {
                continue;
            }
            int start = first;
            // "Ao final da tarde, a líder …", "No fim da tarde, em entrevista à TV X, a secretária …": leading
            // adjuncts before the subject
            for (int round = 0; round < 2; round++) {
                int next = start;
                for (int k = start; k < Math.min(end, start + 8); k++) {
                    if (",".equals(doc.word(k))) {
                        String w = doc.lower(start);
                        boolean adjunct = ADJUNCT_OPENERS.contains(w) || Antecedents.PREPOSITIONS.contains(w)
                                || lex.grammar().adjunctPreps().contains(w) || lex.grammar().datives().contains(w);
                        if (adjunct || !lex.grammar().determiners().contains(w) && !np.isNameToken(start)) {
                            next = k + 1;
                        }
                        break;
                    }
                }
                if (next == start) {
                    break;
                }
                start = next;
            }
            if (start >= end || !lex.grammar().determiners().contains(doc.lower(start))) {
                continue; // "o treinador", "the senator": a definite role, not "treinadores"
            }
            Mention m = np.forward(start, end);
            if (m != null && m.kind() == Mention.Kind.ROLE && !m.role().indefinite() && m.role().affiliation() == null) {
                resolve(m);
            }
        }
    }

    List<Entity> entities() {
        return entities;
    }

    /** "the governor's office": the role whose office speaks ("the governor"), or null for any other noun phrase. */
    private Mention officeHolder(Mention m) {
        int noun = m.endToken() - 1;
        if (noun < 3 || !"office".equals(doc.lower(noun)) || !TokenPredicates.APOSTROPHE_S.contains(doc.word(noun - 1))
                || !np.isRoleWord(doc.lower(noun - 2)) || !"the".equals(doc.lower(noun - 3))) {
            return null;
        }
        Mention role = np.forward(noun - 3, noun - 1);
        return role != null && role.kind() == Mention.Kind.ROLE && role.endToken() == noun - 1 ? role : null;
    }

    /** An organization named as some holder's office ("Sacramento County Sheriff's Office"), or null. */
    private Entity namedOffice(String holder) {
        for (Entity e : entities) {
            String name = e.name.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if (e.type == SpeakerType.ORGANIZATION && name.contains(holder + "'s office")) {
                return e;
            }
        }
        return null;
    }

    /** The entity a speaker phrase refers to, or null. */
    Entity resolve(Mention m) {
        if (m == null) {
            return null;
        }
        Entity e = switch (m.kind()) {
            case NAME -> nameEntity(m);
            case ROLE -> roles.roleEntity(m);
            case PRONOUN -> {
                if (np.isNarrator(m.firstToken())) {
                    Mention writer = author.name(); // "I said": the writer, when the article names one
                    yield writer == null ? null : nameEntity(writer);
                }
                Entity back = antecedents.antecedent(m, Antecedents.PRONOUN_PARAGRAPHS_BACK, SpeakerType.PERSON);
                // "A woman who lives along the levee … said …. “…,” she said.": the unnamed woman, not anyone before
                yield back != null && unnamed.between(lastTokenBefore(back, m), m.firstToken(), m.gender()) ? null : back;
            }
            case ORG_NOUN -> {
                Mention holder = officeHolder(m);
                if (holder != null) {
                    Entity named = namedOffice(doc.lower(holder.endToken() - 1));
                    // "the governor's office said": the governor, as the article names her, unless the article names
                    // the office itself ("the sheriff's office" after "the Sacramento County Sheriff's Office")
                    yield named != null ? named : roles.roleEntity(holder);
                }
                if (orgNouns.isOrganizationPronoun(m)) {
                    yield organizations.organizationPronounAntecedent(m); // "it": never cataphoric
                }
                Entity back = antecedents.antecedent(m, Antecedents.ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
                yield back != null ? back : organizations.namedLater(m);
            }
            case GROUP -> organizations.officialsOrganization(m); // "Economists noted that …": said, but by no one who can be named
        };
        if (e != null && m.kind() == Mention.Kind.PRONOUN && e.gender == Gender.UNKNOWN) {
            e.gender = m.gender(); // "Dana Whitley … she wrote": the pronoun tells what the first name did not
        }
        // the writer's "I" is no mention a later "she" could go back to: the writer is not in the story told
        if (e != null && !e.mentions.contains(m.span()) && !(m.kind() == Mention.Kind.PRONOUN
                && np.isNarrator(m.firstToken()))) {
            e.mentions.add(m.span());
            e.mentions.sort(null);
            resolved.add(new Resolved(m, e));
            resolved.sort((x, y) -> x.mention().span().compareTo(y.mention().span()));
        }
        return e;
    }

    private void collectNames() {
        for (int i = 0; i < doc.size(); i++) {
            if (!np.isNameToken(i) || i > 0 && doc.token(i).ner().equals(doc.token(i - 1).ner())) {
                continue;
            }
            int end = np.nameEnd(i, doc.size());
            if (end == i + 1 && "en".equals(lex.language()) && lex.sources().orgNouns().contains(doc.lower(i))) {
                continue; // "Airline cancels hundreds of flights": a capitalized common noun opening a headline
            }
            int title = np.titleEnd(i, end);
            boolean titled = title > i && title < end && Character.isUpperCase(doc.word(title).charAt(0));
            if (titled) {
                i = title; // "Mayor Carlos Ortega": the name starts after the title
            }
            Span span = new Span(doc.token(i).begin(), doc.token(end - 1).end());
            // a title makes the rest a person even where NER said organization ("Conservative MP Rupert Haile")
            SpeakerType type = titled ? SpeakerType.PERSON : MentionParser.typeOf(doc.token(i).ner());
            String text = span.of(doc.text);
            java.util.regex.Matcher body = GOVERNING_BODY.matcher(text);
            if (type != SpeakerType.PERSON && body.matches()) {
                text = body.group(1); // "a SAD do Académico" speaks for the Académico
            }
            Mention m = new Mention(Mention.Kind.NAME, i, end, span, text, type, null,
                    type == SpeakerType.PERSON ? np.genderOf(i) : Gender.UNKNOWN);
            if (m.gender() == Gender.UNKNOWN && type == SpeakerType.PERSON) {
                Gender byNoun = appositiveNounGender(i, end);
                m = new Mention(m.kind(), i, end, span, text, type, null, byNoun);
            }
            Entity e = matchEntity(m);
            boolean quoted = doc.quoteOf(i) >= 0;
            if (e == null) {
                e = new Entity(personInCapitals(m) ? TranscriptTurns.titleCase(m.text()) : m.text(), type, m.gender(),
                        false);
                e.untyped = NameTagger.UNTYPED.equals(doc.token(i).ner());
                e.namedInQuote = quoted;
                entities.add(e);
            } else if (!personInCapitals(m) && (m.text().length() > e.name.length()
                    && (!quoted || e.namedInQuote || !e.name.contains(" ")) || !quoted && e.namedInQuote && end - i > 1)) {
                // the longest name, not "MIKE PENCE" over "Pence"; a full name in the article's own words comes
                // before a longer one in a quote ("Donald Trump", not the "Donald J. Trump" of an old story quoted)
                e.name = Entity.withoutNickname(m.text());
                e.namedInQuote = quoted;
                if (e.gender == Gender.UNKNOWN) {
                    e.gender = m.gender();
                }
            }
            if (e.type == SpeakerType.OTHER && type != SpeakerType.OTHER) {
                e.type = type;
            }
            if (e.gender == Gender.UNKNOWN && e.type == SpeakerType.PERSON) {
                e.gender = titleGender(i); // "Ms. Dana Lee", "Mrs. Clinton" tell what no first name did
            }
            e.mentions.add(span);
            if (type != SpeakerType.PERSON) {
                e.kinds.addAll(appositiveKinds(end));
                e.kinds.addAll(nounBefore(i));
            }
            names.add(m);
            entityOf.put(m, e);
            if (doc.quoteOf(i) < 0) {
                resolved.add(new Resolved(m, e));
            }
        }
    }

    /** "the Canadian fund Pinecrest Capital", "a mineradora chilena Minera Andina": the noun before the name. */
    private java.util.Set<String> nounBefore(int nameStart) {
        for (int k = nameStart - 1; k >= Math.max(0, nameStart - 3); k--) {
            String w = doc.word(k);
            if (DocumentView.isPunct(w) || lex.grammar().determiners().contains(doc.lower(k))) {
                break;
            }
            // also a capitalized one that opens the sentence: "Developer Southerly Renewables says …"
            boolean opensSentence = doc.sentence(doc.sentenceOf(k)).tokens().get(0).index() == k;
            if (lex.sources().orgNouns().contains(doc.lower(k)) && (Character.isLowerCase(w.charAt(0)) || opensSentence)) {
                return java.util.Set.of(doc.lower(k));
            }
        }
        return java.util.Set.of();
    }

    /**
     * "Lumora, the workplace software maker,", "the Old Ropeworks, one of Bristol's oldest theatres,": the
     * organization nouns of an apposition right after a name, singular, so that "the theatre" finds it later.
     */
    private java.util.Set<String> appositiveKinds(int nameEnd) {
        if (nameEnd + 1 >= doc.size() || !",".equals(doc.word(nameEnd)) || doc.quoteOf(nameEnd) >= 0) {
            return java.util.Set.of();
        }
        String opener = doc.lower(nameEnd + 1);
        if (!lex.grammar().determiners().contains(opener) && !lex.grammar().indefinites().contains(opener)
                && !"one".equals(opener)) {
            return java.util.Set.of(); // "X, controlada pelo fundo Y,", "X, which represents the district's …": not what X is
        }
        java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
        for (int k = nameEnd + 1; k < Math.min(doc.size(), nameEnd + 10) && kinds.isEmpty(); k++) {
            String w = doc.word(k);
            if (DocumentView.isPunct(w) || np.isNameToken(k) || lex.grammar().relativePronouns().contains(w)) {
                break;
            }
            if (k + 1 < doc.size() && ("'s".equals(doc.word(k + 1)) || "’s".equals(doc.word(k + 1)))) {
                continue; // "one of Bristol's oldest theatres": an owner, not the kind
            }
            String singular = w.endsWith("s") && lex.sources().orgNouns().contains(w.substring(0, w.length() - 1))
                    ? w.substring(0, w.length() - 1) : w;
            if (lex.sources().orgNouns().contains(singular) && Character.isLowerCase(w.charAt(0))) {
                kinds.add(singular.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return kinds;
    }

    /** Plain articles before a nickname ("…, o Pezinho,"); not "da", "do": "Sérgio Lobato, da Paineira," is his firm. */
    private static final Set<String> NICKNAME_ARTICLES = Set.of("o", "a", "os", "as", "el", "la", "the");
    private static final Set<String> NAME_CONNECTORS = Set.of("do", "da", "dos", "das", "de", "del", "of");

    /**
     * "Comitê de Política Monetária (Copom)", "Copom (Comitê …)", nicknames ("o atacante Pedro Henrique Lacerda, o
     * Pezinho,") and an acronym dashed to its name ("A REN – Redes Energéticas Nacionais"): one entity under the
     * longer name; an acronym inside a name ("Unidade Local de Saúde (ULS) do Sorraia") keeps the whole name.
     */
    private void mergeParenthesizedAliases() {
        for (int k = 0; k + 1 < names.size(); k++) {
            Mention a = names.get(k);
            Mention b = names.get(k + 1);
            if (dashedAcronym(a, b)) {
                Entity ea = entityOf.get(a);
                Entity eb = entityOf.get(b);
                if (ea != eb) {
                    absorbInto(eb, ea); // under the full name, which the tagger may have taken for a person's
                    eb.type = SpeakerType.ORGANIZATION;
                }
                continue;
            }
            boolean parenthesized = b.firstToken() == a.endToken() + 1 && "(".equals(doc.word(a.endToken()))
                    && ")".equals(doc.word(b.endToken()));
            boolean nickname = a.type() == SpeakerType.PERSON && b.firstToken() == a.endToken() + 2
                    && ",".equals(doc.word(a.endToken())) && NICKNAME_ARTICLES.contains(doc.lower(a.endToken() + 1))
                    && b.endToken() == b.firstToken() + 1 && (",".equals(doc.word(b.endToken()))
                    || ".".equals(doc.word(b.endToken())));
            if (!parenthesized && !nickname) {
                continue;
            }
            Entity ea = entityOf.get(a);
            Entity eb = entityOf.get(b);
            if (ea != eb) {
                if (nickname) {
                    ea.type = SpeakerType.PERSON;
                }
                absorbInto(ea, eb);
            }
            Mention c = k + 2 < names.size() ? names.get(k + 2) : null;
            if (parenthesized && c != null && placeAfterAcronym(a, b, c)) {
                String whole = ea.name + " " + doc.word(b.endToken() + 1) + " " + c.text();
                Entity ec = entityOf.get(c);
                if (ec != ea) {
                    absorbInto(ea, ec);
                }
                ea.name = whole;
            }
        }
    }

    /** "A REN – Redes Energéticas Nacionais": an organization's acronym, a dash, and the name whose initials it is. */
    private boolean dashedAcronym(Mention a, Mention b) {
        String acronym = a.text();
        return b.firstToken() == a.endToken() + 1 && TokenPredicates.DASHES.contains(doc.word(a.endToken()))
                && a.endToken() - a.firstToken() == 1 && a.type() == SpeakerType.ORGANIZATION
                && b.endToken() - b.firstToken() > 1 && acronym.length() >= 2
                && acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT))
                && Entity.initials(b.text()).equals(acronym.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Unidade Local de Saúde (ULS) do Sorraia": after the acronym, "do" and a name that is no institution of its own
     * (not "Comitê de Política Monetária (Copom) do Banco Central").
     */
    private boolean placeAfterAcronym(Mention a, Mention b, Mention c) {
        if (a.type() == SpeakerType.PERSON || c.type() == SpeakerType.PERSON || c.firstToken() != b.endToken() + 2
                || !NAME_CONNECTORS.contains(doc.lower(b.endToken() + 1))) {
            return false;
        }
        for (int t = c.firstToken(); t < c.endToken(); t++) {
            if (lex.names().orgWords().contains(doc.word(t))) {
                return false;
            }
        }
        return true;
    }

    private void absorbInto(Entity ea, Entity eb) {
        ea.absorb(eb);
        entities.remove(eb);
        entityOf.replaceAll((m, e) -> e == eb ? ea : e);
        resolved.replaceAll(r -> r.entity() == eb ? new Resolved(r.mention(), ea) : r);
    }

    /** Same entity when one name's words are all in the other's: "Altman" in "Sam Altman". */
    private Entity matchEntity(Mention m) {
        List<String> words = List.of(m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        if (words.size() == 1 && m.type() != SpeakerType.ORGANIZATION) {
            // "Whitcombe said" when Dana and Tom Whitcombe are both named: the one the article has mentioned
            // most so far (its subject); on a tie the one introduced first, as a relative named after the subject
            // ("her son, Peter Calloway") keeps his full name while the subject takes the surname
            Gender cue = titleGender(m.firstToken()); // "Ms. Lee said" when Tom and Dana Lee are both named
            if (cue == Gender.UNKNOWN) {
                cue = possessiveGenderBefore(m.firstToken()); // "In her memo, Whitcombe said"
            }
            Entity best = null;
            int bestCount = 0;
            int bestLast = -1;
            int namesakes = 0;
            int fitting = 0;
            for (Entity e : entities) {
                boolean namesake = e.type == SpeakerType.PERSON && e.nameTokens().size() > 1
                        && e.nameTokens().get(e.nameTokens().size() - 1).equals(words.get(0));
                namesakes += namesake ? 1 : 0;
                if (namesake && (cue == Gender.UNKNOWN || e.gender == Gender.UNKNOWN || e.gender == cue)) {
                    fitting++;
                    int count = 0;
                    int last = -1;
                    for (Span sp : e.mentions) {
                        if (sp.start() < m.span().start()) {
                            count++;
                            last = Math.max(last, sp.start());
                        }
                    }
                    if (count > bestCount) {
                        best = e;
                        bestCount = count;
                        bestLast = last;
                    }
                }
            }
            if (best != null && best.gender == Gender.UNKNOWN && namesakes > 1 && fitting == 1) {
                best.gender = cue; // "Ms. Lee" could only be Dana Lee: so a later "Mr. Lee" is not her
            }
            if (best != null) {
                return best;
            }
        }
        for (int k = entities.size() - 1; k >= 0; k--) {
            Entity e = entities.get(k);
            // A lone surname mistyped by NER ("Dupont" as an organization) still belongs to "Karine Dupont".
            boolean surname = words.size() == 1 && e.type == SpeakerType.PERSON
                    && e.nameTokens().get(e.nameTokens().size() - 1).equals(words.get(0));
            boolean compatible = e.type == m.type() || e.type == SpeakerType.OTHER || m.type() == SpeakerType.OTHER
                    || surname;
            boolean organizations = e.type == SpeakerType.ORGANIZATION && m.type() == SpeakerType.ORGANIZATION;
            // "Banco Central" and "Banco Central do Brasil" are one; "Polícia Civil" is not "Delegacia de … da Polícia Civil"
            boolean same = organizations ? startsWith(e.nameTokens(), words) || startsWith(words, e.nameTokens())
                    : e.nameTokens().containsAll(words) || words.containsAll(e.nameTokens());
            if (compatible && same) {
                return e;
            }
            // "a LNB" after "Liga Nacional de Basquete"; "a ERSAR" after "… Resíduos (ERSAR)"; "Rovers" after
            // "Castlebridge Rovers" (a distinctive last word, not "Union" or "Bank")
            String last = e.nameTokens().get(e.nameTokens().size() - 1);
            boolean shortName = words.size() == 1 && e.type == SpeakerType.ORGANIZATION && e.nameTokens().size() > 1
                    && last.equals(words.get(0)) && !lex.sources().orgNouns().contains(last)
                    && !lex.names().orgWords().contains(last);
            // "Avexis said" after "Avexis Therapeutics": the organization's first word — unless it names a
            // person ("Trump" is not "Trump Organization", "Jordan" not "Jordan Valley Authority")
            boolean firstWord = words.size() == 1 && e.type == SpeakerType.ORGANIZATION && e.nameTokens().size() > 1
                    && m.type() != SpeakerType.PERSON && !someonesSurname(words.get(0))
                    && e.nameTokens().get(0).equals(words.get(0)) && !lex.names().isGivenName(words.get(0))
                    && !lex.sources().orgNouns().contains(words.get(0)) && !lex.names().locations().contains(words.get(0));
            if (firstWord) {
                return e;
            }
            boolean alias = words.size() == 1 && e.type != SpeakerType.PERSON && m.type() != SpeakerType.PERSON
                    && (e.aliases.contains(words.get(0)) || e.hasAcronym(m.text()) || shortName);
            if (alias) {
                return e;
            }
        }
        return null;
    }

    /**
     * "A spokeswoman for the mayor, Kim Tran,", "Kim Tran, a spokeswoman": a gendered noun in apposition tells
     * the gender of a name whose first name does not.
     */
    private Gender appositiveNounGender(int start, int end) {
        if (start >= 2 && ",".equals(doc.word(start - 1))) {
            for (int k = start - 2; k >= Math.max(0, start - 6) && !DocumentView.isPunct(doc.word(k)); k--) {
                Gender g = GenderedNouns.of(doc.lower(k));
                if (g != null) {
                    return g;
                }
            }
        }
        if (end + 2 < doc.size() && ",".equals(doc.word(end))) {
            for (int k = end + 1; k < Math.min(doc.size(), end + 4) && !DocumentView.isPunct(doc.word(k)); k++) {
                if (SOMEONE_ELSES.contains(doc.lower(k))) {
                    break; // "Wren Matheson, whose grandfather …": the noun is someone else's
                }
                Gender g = GenderedNouns.of(doc.lower(k));
                if (g != null) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private static final java.util.Set<String> SOMEONE_ELSES = java.util.Set.of("whose", "who", "whom", "his", "her",
            "their", "its", "cuja", "cujo", "cujos", "cujas");

    private static final Map<String, Gender> GENDERED_TITLES = Map.of("mr.", Gender.MALE, "mr", Gender.MALE,
            "ms.", Gender.FEMALE, "ms", Gender.FEMALE, "mrs.", Gender.FEMALE, "mrs", Gender.FEMALE, "miss", Gender.FEMALE);

    /** The gender an English title before a surname tells: "Mr. Lee", "Ms. Lee". */
    private Gender titleGender(int token) {
        return token > 0 && "en".equals(lex.language())
                ? GENDERED_TITLES.getOrDefault(doc.lower(token - 1), Gender.UNKNOWN) : Gender.UNKNOWN;
    }

    /** "her"/"his" earlier in the clause before a surname tells which of two namesakes it is. */
    private Gender possessiveGenderBefore(int token) {
        for (int k = token - 1; k >= Math.max(0, token - 6); k--) {
            String w = doc.lower(k);
            if (".".equals(w) || doc.sentenceOf(k) != doc.sentenceOf(token)) {
                break;
            }
            if ("her".equals(w)) {
                return Gender.FEMALE;
            }
            if ("his".equals(w)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    private boolean someonesSurname(String word) {
        for (Entity e : entities) {
            List<String> t = e.nameTokens();
            if (e.type == SpeakerType.PERSON && t.get(t.size() - 1).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<String> longer, List<String> prefix) {
        return longer.size() >= prefix.size() && longer.subList(0, prefix.size()).equals(prefix);
    }

    /** Words that open an adverbial phrase before the subject ("Ao final da tarde, …", "Later, …"). */
    private static final java.util.Set<String> ADJUNCT_OPENERS = java.util.Set.of("ao", "aos", "à", "às", "no", "na",
            "nos", "nas", "num", "numa", "pelo", "pela", "depois", "após", "durante", "ontem", "hoje", "já", "mais",
            "in", "at", "on", "after", "during", "later", "earlier", "al", "en", "tras", "después");

    private Entity nameEntity(Mention m) {
        for (Mention n : names) {
            if (n.span().overlaps(m.span())) {
                return entityOf.get(n);
            }
        }
        Entity e = matchEntity(m);
        if (e == null) {
            e = new Entity(m.text(), m.type(), m.gender(), false);
            entities.add(e);
        }
        return e;
    }

    /** The first token of the last mention of {@code e} before {@code m}, or -1. */
    private int lastTokenBefore(Entity e, Mention m) {
        int last = -1;
        for (Span s : e.mentions) {
            if (s.start() < m.span().start()) {
                last = Math.max(last, doc.tokenAtOrAfter(s.start()));
            }
        }
        return last;
    }

    /**
     * A person's name written in capitals only, as transcript labels and headlines set it ("HOLLIS"); short ones may
     * be initials ("JFK") and stay as written.
     */
    private static boolean personInCapitals(Mention m) {
        String name = m.text();
        return m.type() == SpeakerType.PERSON && name.chars().filter(Character::isLetter).count() >= 4
                && name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }
}
