package org.claimscope.pipeline.extract;

import org.claimscope.pipeline.lang.Gender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.annotate.Sentence;
import org.claimscope.pipeline.annotate.pt.NameTagger;
import org.claimscope.pipeline.lang.LanguageResources;

/**
 * Resolves speaker phrases to one entity per person or organization in the article: surnames to full
 * names, roles to the people introduced with them ("o CEO da OpenAI, Sam Altman"), pronouns to the
 * nearest person before them, "a empresa" to the last organization. Leaves a phrase unresolved rather
 * than guess: a pronoun with no person before it in the same or the previous paragraph resolves to nobody.
 */
final class SpeakerResolver {

    private static final int PRONOUN_PARAGRAPHS_BACK = 2;
    /** The board or management of an organization speaks as the organization. */
    private static final java.util.regex.Pattern GOVERNING_BODY = java.util.regex.Pattern.compile(
            "(?:SAD|Direção|Direcção|Diretoria|Administração|Conselho de Administração|Comissão Executiva|Junta Directiva|"
                    + "Junta Directiva|Directiva) (?:do|da|dos|das|de|del) (.+)");
    private static final java.util.Set<String> GENERIC = java.util.Set.of("instituição", "organização", "entidade", "entidad", "órgão", "organismo",
            "institution", "organization", "organisation", "institución", "organización");
    private static final int ORG_PARAGRAPHS_BACK = 6;

    private final DocumentView doc;
    private final MentionParser np;
    private final LanguageResources lex;
    private final IndefiniteSubjects unnamed;
    private final List<Entity> entities = new ArrayList<>();
    /** Name mentions in text order, each with its entity. */
    private final List<Mention> names = new ArrayList<>();
    private final Map<Mention, Entity> entityOf = new HashMap<>();
    /** Every mention resolved so far, in text order, for pronouns to look back on. */
    private final List<Resolved> resolved = new ArrayList<>();

    private record Resolved(Mention mention, Entity entity) {
    }

    SpeakerResolver(DocumentView doc, MentionParser np, LanguageResources lex) {
        this.doc = doc;
        this.np = np;
        this.lex = lex;
        this.unnamed = new IndefiniteSubjects(doc, np, lex);
        collectNames();
        mergeParenthesizedAliases();
        collectRoles();
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
                        boolean adjunct = ADJUNCT_OPENERS.contains(w) || PREPOSITIONS.contains(w)
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

    /** The entity a speaker phrase refers to, or null. */
    Entity resolve(Mention m) {
        if (m == null) {
            return null;
        }
        Entity e = switch (m.kind()) {
            case NAME -> nameEntity(m);
            case ROLE -> roleEntity(m);
            case PRONOUN -> {
                Entity back = antecedent(m, PRONOUN_PARAGRAPHS_BACK, SpeakerType.PERSON);
                // "A woman who lives along the levee … said …. “…,” she said.": the unnamed woman, not anyone before
                yield back != null && unnamed.between(lastTokenBefore(back, m), m.firstToken(), m.gender()) ? null : back;
            }
            case ORG_NOUN -> {
                if (isOrganizationPronoun(m)) {
                    yield organizationPronounAntecedent(m); // "it": never cataphoric
                }
                Entity back = antecedent(m, ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
                yield back != null ? back : namedLater(m);
            }
            case GROUP -> officialsOrganization(m); // "Economists noted that …": said, but by no one who can be named
        };
        if (e != null && m.kind() == Mention.Kind.PRONOUN && e.gender == Gender.UNKNOWN) {
            e.gender = m.gender(); // "Dana Whitley … she wrote": the pronoun tells what the first name did not
        }
        if (e != null && !e.mentions.contains(m.span())) {
            e.mentions.add(m.span());
            e.mentions.sort(null);
            resolved.add(new Resolved(m, e));
            resolved.sort((x, y) -> x.mention().span().compareTo(y.mention().span()));
        }
        return e;
    }

    /**
     * "Buffalo Bills officials said", "agency officials said": officials of a named organization, or of
     * the one the noun refers back to, speak for it; other groups ("economists") are no one.
     */
    private Entity officialsOrganization(Mention m) {
        int head = m.endToken() - 1;
        if (!MentionParser.OFFICIALS.contains(doc.lower(head)) || head == 0) {
            return null;
        }
        int k = head - 1;
        if (lex.sources().orgNouns().contains(doc.lower(k)) && !doc.token(k).isCapitalized()) {
            Mention noun = new Mention(Mention.Kind.ORG_NOUN, k, k + 1, m.span(), doc.lower(k), SpeakerType.ORGANIZATION,
                    null, Gender.UNKNOWN);
            return antecedent(noun, ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
        }
        for (Mention n : names) {
            if (n.endToken() == head && n.type() != SpeakerType.PERSON) {
                return entityOf.get(n);
            }
        }
        return null;
    }

    /**
     * "…, police said." in a lead, "Elk Grove Police Department" two paragraphs on: the one organization whose
     * name holds the noun (or a word it stands for), when there is exactly one.
     */
    private Entity namedLater(Mention m) {
        String noun = doc.lower(m.endToken() - 1);
        List<String> forms = new ArrayList<>(List.of(noun));
        forms.addAll(lex.sources().orgNounAliases().getOrDefault(noun, List.of()));
        Entity found = null;
        for (Entity e : entities) {
            if (e.type == SpeakerType.ORGANIZATION && !e.roleOnly
                    && e.nameTokens().stream().anyMatch(forms::contains)) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
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
            if (e == null) {
                e = new Entity(m.text(), type, m.gender(), false);
                e.untyped = NameTagger.UNTYPED.equals(doc.token(i).ner());
                entities.add(e);
            } else if (m.text().length() > e.name.length()) {
                e.name = Entity.withoutNickname(m.text());
                if (e.gender == Gender.UNKNOWN) {
                    e.gender = m.gender();
                }
            }
            if (e.type == SpeakerType.OTHER && type != SpeakerType.OTHER) {
                e.type = type;
            }
            if (e.gender == Gender.UNKNOWN && e.type == SpeakerType.PERSON && end - i > 1) {
                e.gender = titleGender(i); // "Ms. Dana Lee" tells what the first name did not
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
            if (lex.sources().orgNouns().contains(w) && Character.isLowerCase(w.charAt(0))) {
                return java.util.Set.of(w);
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

    /**
     * "Comitê de Política Monetária (Copom)", "Copom (Comitê …)" and nicknames ("o atacante Pedro
     * Henrique Lacerda, o Pezinho,"): one entity under the longer name.
     */
    private void mergeParenthesizedAliases() {
        for (int k = 0; k + 1 < names.size(); k++) {
            Mention a = names.get(k);
            Mention b = names.get(k + 1);
            boolean parenthesized = b.firstToken() == a.endToken() + 1 && "(".equals(doc.word(a.endToken()))
                    && ")".equals(doc.word(b.endToken()));
            boolean nickname = a.type() == SpeakerType.PERSON && b.firstToken() == a.endToken() + 2
                    && ",".equals(doc.word(a.endToken())) && lex.grammar().determiners().contains(doc.lower(a.endToken() + 1))
                    && b.endToken() == b.firstToken() + 1 && (",".equals(doc.word(b.endToken()))
                    || ".".equals(doc.word(b.endToken())));
            if (parenthesized || nickname) {
                Entity ea = entityOf.get(a);
                Entity eb = entityOf.get(b);
                if (ea != eb) {
                    if (nickname) {
                        ea.type = SpeakerType.PERSON;
                    }
                    ea.absorb(eb);
                    entities.remove(eb);
                    entityOf.replaceAll((m, e) -> e == eb ? ea : e);
                    resolved.replaceAll(r -> r.entity() == eb ? new Resolved(r.mention(), ea) : r);
                }
            }
        }
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
                Gender g = GENDERED_NOUNS.get(doc.lower(k));
                if (g != null) {
                    return g;
                }
            }
        }
        if (end + 2 < doc.size() && ",".equals(doc.word(end))) {
            for (int k = end + 1; k < Math.min(doc.size(), end + 4) && !DocumentView.isPunct(doc.word(k)); k++) {
                Gender g = GENDERED_NOUNS.get(doc.lower(k));
                if (g != null) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private static final Map<String, Gender> GENDERED_NOUNS = Map.of("spokeswoman", Gender.FEMALE,
            "spokesman", Gender.MALE, "chairwoman", Gender.FEMALE, "congresswoman", Gender.FEMALE,
            "congressman", Gender.MALE, "businesswoman", Gender.FEMALE, "businessman", Gender.MALE);

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

    /** Roles said next to a name: "o CEO da OpenAI, Sam Altman", "Sam Altman, CEO da OpenAI", "ministro Haddad". */
    private void collectRoles() {
        for (Mention m : names) {
            if (m.type() != SpeakerType.PERSON) {
                continue;
            }
            Entity e = entityOf.get(m);
            int s = m.firstToken();
            if (s >= 2 && ",".equals(doc.word(s - 1))) {
                Mention before = np.backward(s - 1, Math.max(0, s - 12));
                if (before != null && before.kind() == Mention.Kind.ROLE) {
                    e.addRole(before.role());
                }
            }
            for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
                int headEnd = np.roleHeadEnd(k, s);
                boolean adjectivesOnly = headEnd > k && headEnd < s && doc.text.substring(doc.token(headEnd).begin(),
                        doc.token(s - 1).end()).chars().noneMatch(Character::isUpperCase)
                        && doc.text.substring(doc.token(headEnd).begin(), doc.token(s - 1).end()).indexOf(',') < 0
                        && onlyModifiers(headEnd, s); // not "The judge also ordered Caldwell"
                if (adjectivesOnly) {
                    Mention role = np.forward(k, headEnd); // "a diretora pernambucana Aline Cunha"
                    if (role != null && role.kind() == Mention.Kind.ROLE) {
                        e.addRole(role.role());
                    }
                    break;
                }
                if (np.roleHeadEnd(k, s) == s) {
                    Mention role = np.forward(k, s);
                    if (role != null && role.kind() == Mention.Kind.ROLE) {
                        String owner = k > 0 && "ORGANIZATION".equals(np.nerAt(k - 1))
                                ? doc.word(k - 1).toLowerCase(java.util.Locale.ROOT) : null;
                        Mention.Role r = role.role();
                        String text = owner == null ? r.text() : doc.text.substring(doc.token(k - 1).begin(),
                                doc.token(s - 1).end());
                        e.addRole(new Mention.Role(text, r.heads(), owner != null ? owner : r.affiliation(), false));
                    }
                    break;
                }
            }
            int after = m.endToken();
            if (after < doc.size() && ",".equals(doc.word(after))) {
                Mention role = np.forward(after + 1, Math.min(doc.size(), after + 12));
                if (role != null && role.firstToken() > after + 2) {
                    role = null; // "Mariana Antunes, acusou o executivo": no apposition, a verb and its object
                }
                // an apposition closes where the role ends; "…de Pezinho, o treinador foi irônico" starts a clause
                if (role != null && role.kind() == Mention.Kind.ROLE && !followedByVerb(role)) {
                    e.addRole(role.role());
                }
            }
        }
    }

    /** Words that can stand between a role and a name as its adjectives: no verbs, adverbs or function words. */
    private boolean onlyModifiers(int from, int to) {
        for (int k = from; k < to; k++) {
            String pos = doc.token(k).pos();
            if (np.isSpeechVerb(k) || lex.grammar().stopwords().contains(doc.lower(k)) || FINITE_VERBS.contains(doc.lower(k))
                    || pos != null && (pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("IN")
                    || pos.equals("TO") || pos.equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    /** Words that open an adverbial phrase before the subject ("Ao final da tarde, …", "Later, …"). */
    private static final java.util.Set<String> ADJUNCT_OPENERS = java.util.Set.of("ao", "aos", "à", "às", "no", "na",
            "nos", "nas", "num", "numa", "pelo", "pela", "depois", "após", "durante", "ontem", "hoje", "já", "mais",
            "in", "at", "on", "after", "during", "later", "earlier", "al", "en", "tras", "después");

    /** Common finite verbs for languages tagged without POS, enough to tell a subject from an apposition. */
    private static final java.util.Set<String> FINITE_VERBS = java.util.Set.of("foi", "é", "era", "será", "está",
            "estava", "esteve", "ficou", "fica", "tem", "teve", "tinha", "vai", "ia", "fez", "faz", "fue", "es",
            "estaba", "ha", "había", "va", "tiene", "tuvo");

    /** "o treinador foi", "the coach was": the role is a subject, not an apposition. */
    private boolean followedByVerb(Mention role) {
        int k = role.endToken();
        if (k >= doc.size()) {
            return false;
        }
        String pos = doc.token(k).pos();
        return pos != null && pos.startsWith("VB") || np.isSpeechVerb(k) || FINITE_VERBS.contains(doc.lower(k));
    }

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

    private Entity roleEntity(Mention m) {
        boolean spokesperson = !java.util.Collections.disjoint(m.role().heads(), lex.sources().spokespersonRoles().entries());
        // "A Thruway spokesman": the phrase was read from the head, the name and article stand before it
        int from = m.firstToken();
        while (from > 0 && from > m.firstToken() - 6 && (doc.token(from - 1).isCapitalized()
                || from > 1 && java.util.Set.of("of", "for", "de", "do", "da").contains(doc.lower(from - 1))
                && doc.token(from - 2).isCapitalized()) // "A Department of Health spokesperson"
                && !DocumentView.isPunct(doc.word(from - 1)) && !lex.grammar().indefinites().contains(doc.lower(from - 1))) {
            from--;
        }
        boolean indefinite = m.role().indefinite()
                || from > 0 && from < m.firstToken() && lex.grammar().indefinites().contains(doc.lower(from - 1));
        // "a source close to the board" may be anyone; a spokesperson speaks for someone
        boolean anySource = m.role().heads().stream().anyMatch(h -> h.equals("source") || h.equals("fonte")
                || h.equals("fuente") || h.equals("fontes") || h.equals("sources") || h.equals("fuentes"));
        if (anySource && m.role().affiliation() == null && indefinite && from < m.firstToken()) {
            // "A Treasury source said": a source inside the organization speaks for it, like "uma fonte da empresa"
            Entity org = spokespersonsOrganization(m, from);
            if (org != null) {
                return org;
            }
        }
        if (anySource && m.role().affiliation() == null) {
            String t = m.text().toLowerCase(java.util.Locale.ROOT);
            if (t.contains("mesma") || t.contains("same") || t.contains("misma")) {
                // "Segundo a mesma fonte": whoever the source named before spoke for
                for (int k = resolved.size() - 1; k >= 0; k--) {
                    Resolved r = resolved.get(k);
                    String before = r.mention().text().toLowerCase(java.util.Locale.ROOT);
                    if (r.mention().span().start() < m.span().start() && r.mention().kind() == Mention.Kind.ROLE
                            && (before.contains("fonte") || before.contains("source") || before.contains("fuente"))) {
                        return r.entity();
                    }
                }
            }
            return null; // "The source added": the unnamed source of before, not the last person named
        }
        if (spokesperson && !anySource && m.role().affiliation() == null && indefinite) {
            return spokespersonsOrganization(m, from); // "A club spokesman said", "a spokeswoman said only that"
        }
        if (m.role().indefinite() && (m.role().affiliation() == null
                || java.util.Collections.disjoint(m.role().heads(), lex.sources().spokespersonRoles().entries()))) {
            return null; // "said one resident of Henley, who asked not to be named"
        }
        Entity headlined = headlineRole(m);
        if (headlined != null) {
            return headlined;
        }
        if (m.isBareRole()) {
            // "Carlos Carvalhal lamentou … O técnico bracarense considerou …": a bare role right after a
            // person's sentence is that person, whoever else holds the role in the article
            Entity near = antecedent(m, 0, SpeakerType.PERSON);
            int gap = near == null ? -1 : doc.sentenceOf(m.firstToken()) - lastSentenceOf(near, m.span().start());
            // the person of the previous sentence; within one sentence the name may hang off a clause
            // ("Perguntado se o time depende de Pezinho, o treinador …")
            // … unless that person holds some other role and another holds this one ("o ministro … A líder …")
            boolean otherRole = near != null && !near.roleKeys.isEmpty() && !near.hasRole(m.role());
            if (near != null && gap == 1 && !otherRole) {
                near.addRole(m.role());
                return near;
            }
        }
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities) {
            boolean genderFits = m.gender() == Gender.UNKNOWN || e.gender == Gender.UNKNOWN || e.gender == m.gender();
            if (e.hasRole(m.role()) && genderFits) {
                int d = distanceBefore(e, m.span().start());
                if (d < Integer.MAX_VALUE - 1 && d < bestDistance) { // only someone already introduced
                    best = e;
                    bestDistance = d;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Entity sameHead = onlyHolderOfHead(m, doc.paragraphOf(m.span().start()) == 0);
        if (sameHead != null) {
            return sameHead; // "Na opinião do investigador do ISEG" after "o investigador Paulo Nogueira"
        }
        // "o economista", "a deputada": a bare role no one was introduced with refers back like a pronoun.
        if (m.isBareRole()) {
            Entity back = antecedent(m, PRONOUN_PARAGRAPHS_BACK, SpeakerType.PERSON);
            if (back != null && !back.roleKeys.isEmpty() && !back.hasRole(m.role()) && roleSaidSince(back, m)) {
                // "Police Chief Ray Dunn … the director said … Director Jane Ortiz": not the chief, but the one
                // the article names with this role further on
                Entity later = onlyHolderOfHead(m, true);
                if (later != null) {
                    return later;
                }
            }
            if (back != null) {
                back.addRole(m.role());
                return back;
            }
        }
        // An unnamed spokesperson speaks for their organization: "o porta-voz da Petrobras" → Petrobras.
        if (m.role().affiliation() != null && !java.util.Collections.disjoint(m.role().heads(), lex.sources().spokespersonRoles().entries())) {
            if (lex.sources().orgNouns().contains(m.role().affiliation())) {
                // "uma fonte da empresa": the company named before
                Mention noun = new Mention(Mention.Kind.ORG_NOUN, m.endToken() - 1, m.endToken(), m.span(),
                        m.role().affiliation(), SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
                return antecedent(noun, ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
            }
            return organization(m.role());
        }
        if (m.isBareRole()) {
            return null; // "o ministro disse" with no minister named anywhere: nobody can be named
        }
        // "the company's chief executive" names no one: a speaker known only by role.
        for (Entity e : entities) {
            if (e.roleOnly && e.hasRole(m.role())) {
                return e;
            }
        }
        Entity e = new Entity(m.role().text(), SpeakerType.PERSON, Gender.UNKNOWN, true);
        e.addRole(m.role());
        entities.add(e);
        return e;
    }

    /**
     * An unnamed spokesperson with no "for X" speaks for the organization the words before the role name
     * ("A Thruway spokesman", "A club spokesman"), else for the organization of the last sentences; never
     * for a person named before.
     */
    private Entity spokespersonsOrganization(Mention m, int from) {
        for (int k = Math.min(from, m.firstToken()); k < m.endToken(); k++) {
            String w = doc.lower(k);
            if (lex.sources().spokespersonRoles().contains(w) || lex.grammar().determiners().contains(w)
                    || lex.grammar().indefinites().contains(w)) {
                continue;
            }
            if (doc.token(k).isCapitalized()) {
                Entity named = nameEntityAt(k);
                if (named != null && named.type != SpeakerType.PERSON) {
                    return named; // "A Department of Health spokesperson"
                }
                for (Entity e : entities) {
                    if (e.type != SpeakerType.PERSON && !e.roleOnly && e.nameTokens().contains(w)) {
                        return e; // "A Lumora spokesperson" after "Lumora, the software maker,"
                    }
                }
                if (k + 1 < m.endToken() && lex.sources().spokespersonRoles().contains(doc.lower(k + 1))) {
                    Entity org = new Entity(doc.word(k), SpeakerType.ORGANIZATION, Gender.UNKNOWN, false);
                    entities.add(org); // a name nobody tagged, but only an organization has a spokesperson
                    return org;
                }
                for (int r = resolved.size() - 1; r >= 0; r--) {
                    Entity e = resolved.get(r).entity();
                    if (resolved.get(r).mention().span().start() < m.span().start() && e.type == SpeakerType.ORGANIZATION
                            && (e.nameTokens().contains(w) || e.hasAcronym(doc.word(k)))) {
                        return e;
                    }
                }
                return null;
            }
            if (lex.sources().orgNouns().contains(w)) {
                Mention noun = new Mention(Mention.Kind.ORG_NOUN, k, k + 1, m.span(), w, SpeakerType.ORGANIZATION, null,
                        Gender.UNKNOWN);
                return antecedent(noun, ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
            }
        }
        Mention org = new Mention(Mention.Kind.PRONOUN, m.firstToken(), m.endToken(), m.span(), m.text(),
                SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
        return antecedent(org, 1, SpeakerType.ORGANIZATION);
    }

    private Entity nameEntityAt(int token) {
        for (Mention n : names) {
            if (n.firstToken() <= token && token < n.endToken()) {
                return entityOf.get(n);
            }
        }
        return null;
    }

    /**
     * A headline's "diz secretária" names the person the article introduces below with that role, not a
     * name earlier in the headline ("Londrina promete …; “…”, diz secretária").
     */
    private Entity headlineRole(Mention m) {
        if (!isHeadline(doc.paragraphOf(m.span().start())) || m.role().indefinite()) {
            return null;
        }
        // "presidente dos professores": the president whose role shares the headline's other words
        int lineEnd = doc.text.indexOf('\n', m.span().end());
        String rest = doc.text.substring(m.span().start(), lineEnd < 0 ? doc.text.length() : lineEnd);
        List<String> words = new ArrayList<>();
        for (String w : rest.toLowerCase(java.util.Locale.ROOT).split("[\\s,.;:!?]+")) {
            if (w.length() > 3 && !m.role().heads().contains(w)) {
                words.add(w);
            }
        }
        Entity best = null;
        int bestScore = -1;
        for (Entity e : entities) {
            if (!e.roleOnly && e.type == SpeakerType.PERSON && e.hasRole(m.role())) {
                String roles = String.join(" ", e.roles).toLowerCase(java.util.Locale.ROOT);
                int score = (int) words.stream().filter(roles::contains).count();
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        if (best == null && !java.util.Collections.disjoint(m.role().heads(), LEADERS)) {
            // "avisa líder sindical": the one who leads the body the headline names ("presidente do Sindicato …")
            int top = 0;
            boolean tie = false;
            for (Entity e : entities) {
                if (e.roleOnly || e.type != SpeakerType.PERSON) {
                    continue;
                }
                int score = 0;
                for (String w : words) {
                    if (w.length() >= 5 && e.roles.stream().anyMatch(r -> sharesStem(r, w))) {
                        score++;
                    }
                }
                if (score > top) {
                    best = e;
                    top = score;
                    tie = false;
                } else if (score == top && score > 0) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }
        return best;
    }

    private static final java.util.Set<String> LEADERS = java.util.Set.of("líder", "dirigente", "chefe", "responsável",
            "leader", "head", "chief", "boss", "jefe", "responsable");

    /** "sindical" and "Sindicato dos Maquinistas": some word of the role starts like the given one. */
    private static boolean sharesStem(String role, String word) {
        String stem = word.substring(0, Math.min(word.length(), 6));
        for (String r : role.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
            if (r.length() >= 5 && r.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The first paragraph, when it is one line without a closing full stop: a title, not a lead. */
    private boolean isHeadline(int paragraph) {
        if (paragraph != 0) {
            return false;
        }
        String first = doc.text.substring(0, Math.min(doc.text.length(), 400));
        int nl = first.indexOf('\n');
        String line = (nl < 0 ? first : first.substring(0, nl)).strip();
        return nl > 0 && !line.isEmpty() && !line.endsWith(".");
    }

    /** The one person whose role has the same head, whatever the affiliation said with it; null if none or several. */
    private Entity onlyHolderOfHead(Mention m, boolean anywhere) {
        Entity found = null;
        for (Entity e : entities) {
            if (e.roleOnly || e.type != SpeakerType.PERSON || !anywhere && distanceBefore(e, m.span().start()) >= Integer.MAX_VALUE - 1) {
                continue;
            }
            boolean genderFits = m.gender() == Gender.UNKNOWN || e.gender == Gender.UNKNOWN || e.gender == m.gender();
            boolean head = e.roleKeys.stream().anyMatch(r -> !java.util.Collections.disjoint(r.heads(), m.role().heads()));
            if (head && genderFits) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private Entity organization(Mention.Role role) {
        String affiliation = role.affiliation();
        String key = affiliation.toLowerCase(java.util.Locale.ROOT);
        for (Entity e : entities) {
            if (e.type != SpeakerType.PERSON && (e.nameTokens().equals(List.of(key.split("\\s+")))
                    || Entity.initials(e.name).equals(key) || e.aliases.contains(key)
                    || e.hasAcronym(affiliation.toUpperCase(java.util.Locale.ROOT)))) {
                return e;
            }
        }
        int at = role.text().toLowerCase(java.util.Locale.ROOT).lastIndexOf(affiliation);
        String name = at >= 0 ? role.text().substring(at, at + affiliation.length()) : affiliation;
        Entity e = new Entity(name, SpeakerType.ORGANIZATION, Gender.UNKNOWN, false);
        entities.add(e);
        return e;
    }

    /** The sentence of the entity's last mention before the offset, or -10 when none. */
    private int lastSentenceOf(Entity e, int offset) {
        int last = -10;
        for (Span s : e.mentions) {
            if (s.start() < offset) {
                last = Math.max(last, doc.sentenceOf(doc.tokenAtOrAfter(s.start())));
            }
        }
        return last;
    }

    /**
     * Whether the role's head was said between the last mention of {@code e} and the bare role {@code m}: "The
     * agency's director defended the plan" brings in someone new, whom the article names only later.
     */
    private boolean roleSaidSince(Entity e, Mention m) {
        int last = -1;
        for (Span s : e.mentions) {
            if (s.start() < m.span().start()) {
                last = Math.max(last, s.end());
            }
        }
        for (int k = last < 0 ? m.firstToken() : doc.tokenAtOrAfter(last); k < m.firstToken(); k++) {
            if (m.role().heads().contains(doc.lower(k))) {
                return true;
            }
        }
        return false;
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

    private int distanceBefore(Entity e, int offset) {
        int best = Integer.MAX_VALUE;
        for (Span s : e.mentions) {
            if (s.start() <= offset) {
                best = Math.min(best, offset - s.start());
            }
        }
        return best == Integer.MAX_VALUE ? Integer.MAX_VALUE - 1 : best;
    }

    /**
     * "a empresa" may be the last company named, but not the last ministry: the noun must appear in the
     * name ("the union" → "Metalworkers Union"), or be a word for a company and the name not say otherwise.
     */
    private boolean refersTo(Mention orgNoun, Entity e) {
        if (isOrganizationPronoun(orgNoun)) {
            return true; // "it" may be any organization
        }
        String noun = doc.lower(orgNoun.endToken() - 1);
        List<String> words = new ArrayList<>();
        for (String w : e.nameTokens()) {
            words.add(w);
            if (w.indexOf('-') > 0) {
                words.add(w.substring(0, w.indexOf('-'))); // "Controladoria-Geral" is a controladoria
            }
        }
        if (words.contains(noun) || e.kinds.contains(noun) || lex.speech().documentNouns().contains(noun)) {
            return true; // "o documento", "the report": what the organization last named published
        }
        for (String alias : lex.sources().orgNounAliases().getOrDefault(noun, List.of())) {
            if (words.contains(alias)) {
                return true; // "a pasta" → "Ministério da Saúde"
            }
        }
        if (!lex.sources().companyNouns().contains(noun)) {
            return false;
        }
        if (GENERIC.contains(noun)) {
            return true; // "a instituição", "the organization": any organization
        }
        // the head of the name says what it is: "Ministério da Saúde" (first word), "Harbor City FC" (last word)
        int of = words.indexOf("of"); // "University of Bristol": the head stands before "of"
        String headWord = !"en".equals(lex.language()) ? words.get(0) : of > 0 ? words.get(of - 1) : words.get(words.size() - 1);
        return !(lex.sources().orgNouns().contains(headWord) && !lex.sources().companyNouns().contains(headWord));
    }

    /** The organization's name holds the noun or a word it stands for ("agency" → "Authority"). */
    private boolean nameHoldsNoun(Entity e, String noun) {
        List<String> words = e.nameTokens();
        if (words.contains(noun)) {
            return true;
        }
        for (String alias : lex.sources().orgNounAliases().getOrDefault(noun, List.of())) {
            if (words.contains(alias)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "it" in "Lumora said …, and it added …" is the sentence's subject; an organization named inside what was
     * said ("no NCAA rules had been broken, and it repeated …") is not, and then nobody is.
     */
    private Entity organizationPronounAntecedent(Mention m) {
        Entity e = antecedent(m, PRONOUN_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
        if (e == null) {
            return null;
        }
        int sentence = doc.sentenceOf(m.firstToken());
        int first = doc.sentence(sentence).tokens().get(0).index();
        for (Resolved r : resolved) {
            if (r.entity() == e && r.mention().span().start() < m.span().start()
                    && doc.sentenceOf(r.mention().firstToken()) == sentence) {
                int k = first;
                while (k < r.mention().firstToken() && lex.grammar().determiners().contains(doc.lower(k))) {
                    k++;
                }
                return k == r.mention().firstToken() ? e : null;
            }
        }
        return e;
    }

    private boolean isOrganizationPronoun(Mention m) {
        return m.endToken() - m.firstToken() == 1 && lex.grammar().organizationPronouns().contains(doc.lower(m.firstToken()));
    }

    /**
     * The entity a pronoun-like mention refers back to: for an organization noun, a nearby name that holds
     * the noun; else the subject of the nearest sentence with a compatible entity; else, for an organization
     * noun, the only organization ever named or described with it.
     */
    private Entity antecedent(Mention m, int paragraphsBack, SpeakerType type) {
        int paragraph = doc.paragraphOf(m.span().start());
        String noun = m.kind() == Mention.Kind.ORG_NOUN ? doc.lower(m.endToken() - 1) : null;
        if (noun != null) {
            // "the system" → "Harbor Health System": a name that holds the noun wins over mere recency
            for (int k = resolved.size() - 1; k >= 0; k--) {
                Resolved r = resolved.get(k);
                int p = doc.paragraphOf(r.mention().span().start());
                if (r.mention().span().start() < m.span().start() && paragraph - p <= paragraphsBack
                        && r.entity().type == SpeakerType.ORGANIZATION && nameHoldsNoun(r.entity(), noun)) {
                    return r.entity();
                }
            }
        }
        Entity recent = recentAntecedent(m, paragraph, paragraphsBack, type);
        return recent != null || noun == null ? recent : onlyHolder(m, noun);
    }

    /** "the trust" many paragraphs on, when one organization has been named or described as a trust. */
    private Entity onlyHolder(Mention m, String noun) {
        Entity holder = null;
        for (Resolved r : resolved) {
            if (r.mention().span().start() < m.span().start() && r.entity().type == SpeakerType.ORGANIZATION
                    && (nameHoldsNoun(r.entity(), noun) || r.entity().kinds.contains(noun))) {
                if (holder != null && holder != r.entity()) {
                    return null;
                }
                holder = r.entity();
            }
        }
        return holder;
    }

    /**
     * In the nearest sentence before the mention (within a few paragraphs) that mentions a compatible entity
     * outside quotes: its subject — the first mention not governed by a preposition — else the nearest.
     */
    private Entity recentAntecedent(Mention m, int paragraph, int paragraphsBack, SpeakerType type) {
        List<Resolved> sentence = new ArrayList<>();
        int currentSentence = -1;
        for (int k = resolved.size() - 1; k >= 0; k--) {
            Resolved r = resolved.get(k);
            if (r.mention().span().start() >= m.span().start()) {
                continue;
            }
            if (doc.paragraphsBetween(doc.paragraphOf(r.mention().span().start()), paragraph) > paragraphsBack) {
                break;
            }
            if (!compatible(m, r.entity(), type) || type == SpeakerType.ORGANIZATION
                    && (addressee(r.mention()) || employerOfSomeone(r.mention()))) {
                continue; // "disse à Rádio Jornal": the outlet spoken to is not the organization that speaks
            }
            if (type == SpeakerType.PERSON && attributive(r.mention())) {
                continue; // "picked off a Tui pass": a name labelling a noun is no one to refer back to
            }
            int s = doc.sentenceOf(r.mention().firstToken());
            if (s != currentSentence && !sentence.isEmpty()) {
                break;
            }
            currentSentence = s;
            sentence.add(0, r);
        }
        if (sentence.isEmpty()) {
            return null;
        }
        if (m.kind() == Mention.Kind.PRONOUN && subjectOfSubordinateClause(sentence)) {
            return null; // "X stood beside Y as the barrister read a statement. '…,' he said": either could be meant
        }
        for (Resolved r : sentence) {
            if (!governedByPreposition(r.mention())) {
                return r.entity();
            }
        }
        // all governed: the nearest one that is surely a person, else the nearest
        for (int k = sentence.size() - 1; k >= 0; k--) {
            if (sentence.get(k).entity().type == type) {
                return sentence.get(k).entity();
            }
        }
        return sentence.get(sentence.size() - 1).entity();
    }

    /**
     * After the sentence's subject, a subordinate clause has another person speak ("… stood beside Mr Strand as
     * the barrister read a statement", "… while the coach told reporters"): a pronoun after the sentence may stand
     * for either, so it names no one.
     */
    private boolean subjectOfSubordinateClause(List<Resolved> sentence) {
        Resolved subject = null;
        for (Resolved r : sentence) {
            if (!governedByPreposition(r.mention())) {
                subject = r;
                break;
            }
        }
        if (subject == null) {
            return false;
        }
        Sentence s = doc.sentence(doc.sentenceOf(subject.mention().firstToken()));
        int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
        for (int k = subject.mention().endToken(); k + 1 < end; k++) {
            boolean opens = lex.grammar().subordinators().contains(doc.lower(k))
                    || lex.speech().asWords().contains(doc.lower(k)) // "as the barrister read"
                    && lex.grammar().determiners().contains(doc.lower(k + 1));
            if (!opens || doc.quoteOf(k) >= 0) {
                continue;
            }
            int j = k + 1;
            while (j < end && lex.grammar().determiners().contains(doc.lower(j))) {
                j++;
            }
            // "while the coach …" (a role needs its article: "as CEO" is no clause), "while Ruiz …"
            boolean role = j > k + 1 && j < end && np.roleHeadEnd(j, end) > j;
            boolean person = j < end && "PERSON".equals(doc.token(j).ner())
                    && !subject.entity().nameTokens().contains(doc.lower(j));
            if ((role || person) && speaksWithin(j + 1, Math.min(end, j + 8))) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying or a document read out ("read a statement") in the tokens. */
    private boolean speaksWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (np.isSpeechVerb(k) || lex.speech().documentNouns().contains(doc.word(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean compatible(Mention m, Entity e, SpeakerType type) {
        // a name the rules could not type may be a person ("Lula" seen once); CoreNLP's MISC may not
        if (e.type != type && !(type == SpeakerType.PERSON && e.untyped) || e.roleOnly) {
            return false;
        }
        if (m.gender() != Gender.UNKNOWN && e.gender != Gender.UNKNOWN && e.gender != m.gender()) {
            return false;
        }
        return m.kind() != Mention.Kind.ORG_NOUN || refersTo(m, e);
    }

    /** "an analyst at Jane Hali & Associates", "ex-técnico do Ceará": an organization named as someone's employer. */
    private boolean employerOfSomeone(Mention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && lex.grammar().determiners().contains(doc.lower(k)) && !lex.grammar().affiliationPreps().contains(doc.lower(k))) {
            k--;
        }
        if (k < 1 || !lex.grammar().affiliationPreps().contains(doc.lower(k))) {
            return false;
        }
        String head = doc.lower(k - 1);
        int dash = head.lastIndexOf('-');
        String last = dash >= 0 ? head.substring(dash + 1) : head; // "ex-técnico"
        for (List<String> role : lex.sources().roleHeads()) {
            if (role.size() == 1 && (role.get(0).equals(head) || role.get(0).equals(last))) {
                return true;
            }
        }
        return false;
    }

    private boolean addressee(Mention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && lex.grammar().determiners().contains(doc.lower(k)) && !lex.grammar().datives().contains(doc.lower(k))) {
            k--;
        }
        return k >= 0 && (lex.grammar().datives().contains(doc.lower(k)) || "told".equals(doc.lower(k)));
    }

    /** "com o ministro Caio Duarte", "accused Ms Ashworth", "Thames Water's chief executive": not a subject. */
    /** English: a name right before a common noun modifies it ("a Tui pass", "the Tui coach"). */
    private boolean attributive(Mention m) {
        if (!"en".equals(lex.language()) || m.kind() != Mention.Kind.NAME || m.endToken() >= doc.size()) {
            return false;
        }
        String pos = doc.token(m.endToken()).pos();
        return pos != null && (pos.equals("NN") || pos.equals("NNS")) && !doc.token(m.endToken()).isCapitalized();
    }

    private boolean governedByPreposition(Mention m) {
        String after = doc.word(m.endToken());
        boolean pluralPossessive = ("'".equals(after) || "’".equals(after)) && m.text().endsWith("s"); // "Vickers' mother"
        if ("'s".equals(after) || "’s".equals(after) || pluralPossessive) {
            return true;
        }
        if (attributive(m)) {
            return true; // "a Tui pass", "Tui coach Graham Pettigrew": a name that labels a noun is not the subject
        }
        int k = m.firstToken() - 1;
        if (m.type() != SpeakerType.PERSON && k >= 0 && !doc.token(k).isCapitalized() && !DocumentView.isPunct(doc.word(k))
                && !lex.grammar().determiners().contains(doc.lower(k)) && !np.isSpeechVerb(k)
                && doc.word(k).length() > 3) {
            return true; // "da casa de investimento Lusocapital": a name that labels a noun, not a subject
        }
        for (int steps = 0; k >= 0 && steps < 5; steps++, k--) {
            String w = doc.lower(k);
            boolean partOfPhrase = lex.grammar().determiners().contains(w) && !lex.grammar().affiliationPreps().contains(w)
                    && !lex.grammar().datives().contains(w) || np.roleHeadEnd(k, m.firstToken()) > k
                    || !DocumentView.isPunct(w) && !doc.token(k).isCapitalized() && w.length() > 3
                    && np.roleHeadEnd(k + 1, m.firstToken()) > k + 1;
            if (!partOfPhrase) {
                break;
            }
        }
        if (k < 0) {
            return false;
        }
        String before = doc.lower(k);
        String pos = doc.token(k).pos();
        return lex.grammar().affiliationPreps().contains(before) || lex.grammar().datives().contains(before)
                || lex.grammar().adjunctPreps().contains(before) || PREPOSITIONS.contains(before)
                || pos != null && (pos.equals("IN") || pos.startsWith("VB"));
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("com", "sobre", "para", "por", "contra",
            "entre", "with", "by", "about", "for", "against", "from", "of", "to", "between");
}
