package org.claimscope.pipeline.extract;

import static org.claimscope.pipeline.extract.Antecedents.ORG_PARAGRAPHS_BACK;
import static org.claimscope.pipeline.extract.Antecedents.PRONOUN_PARAGRAPHS_BACK;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.lang.Gender;

/**
 * Roles: collects those said next to a name ("o CEO da OpenAI, Sam Altman"), then resolves a role phrase to
 * the person who holds it — the person of the previous sentence for a bare role, the one introduced with the
 * role, the one a headline means — or to the organization an unnamed spokesperson speaks for.
 */
final class Roles extends ResolverPart {

    private final Antecedents antecedents;
    private final Organizations organizations;

    Roles(ResolverPart shared, Antecedents antecedents, Organizations organizations) {
        super(shared);
        this.antecedents = antecedents;
        this.organizations = organizations;
    }

    /** Roles said next to a name: "o CEO da OpenAI, Sam Altman", "Sam Altman, CEO da OpenAI", "ministro Haddad". */
    void collectRoles() {
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
                    for (int w = k - 1; w >= Math.max(0, s - 4) && np.roleHeadEnd(w, s) == s; w--) {
                        Mention whole = np.forward(w, s); // "chief executive Nomvula Khumalo": the whole head
                        if (whole != null && whole.kind() == Mention.Kind.ROLE) {
                            role = whole;
                            k = w;
                        }
                    }
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

    /** Common finite verbs for languages tagged without POS, enough to tell a subject from an apposition. */
    private static final java.util.Set<String> FINITE_VERBS = java.util.Set.of("foi", "é", "era", "será", "está",
            "estava", "esteve", "ficou", "fica", "tem", "teve", "tinha", "vai", "ia", "fez", "faz", "fue", "es",
            "estaba", "ha", "había", "va", "tiene", "tuvo");

    /** "o treinador foi", "the coach was": the role is a subject, not an apposition. */
    private boolean followedByVerb(Mention role) {
        int k = role.endToken();
        // "in Chelsea, the mayor also said": a clause's subject, whatever adverbs stand before its verb
        while (k + 1 < doc.size() && doc.token(k).pos() != null && doc.token(k).pos().startsWith("RB")) {
            k++;
        }
        if (k >= doc.size()) {
            return false;
        }
        String pos = doc.token(k).pos();
        return pos != null && pos.startsWith("VB") || np.isSpeechVerb(k) || FINITE_VERBS.contains(doc.lower(k));
    }

    /**
     * Whether the entity holds the role, or a role the role's general noun may stand for ("the executive" and a
     * senior vice president, "o parlamentar" and a senador).
     */
    private boolean holds(Entity e, Mention.Role role) {
        if (e.hasRole(role)) {
            return true;
        }
        if (role.affiliation() != null || role.heads().size() != 1) {
            return false;
        }
        String general = role.heads().iterator().next();
        for (Mention.Role r : e.roleKeys) {
            for (String head : r.heads()) {
                if (lex.sources().generalizes(general, head)) {
                    return true;
                }
            }
        }
        return false;
    }

    Entity roleEntity(Mention m) {
        boolean spokesperson = !java.util.Collections.disjoint(m.role().heads(), lex.sources().spokespersonRoles().entries());
        // "A Thruway spokesman": the phrase was read from the head, the name and article stand before it
        int from = m.firstToken();
        while (from > 0 && from > m.firstToken() - 6 && (doc.token(from - 1).isCapitalized()
                || from > 1 && java.util.Set.of("of", "for", "de", "do", "da").contains(doc.lower(from - 1))
                && doc.token(from - 2).isCapitalized() // "A Department of Health spokesperson"
                || from > 1 && doc.word(from - 1).chars().allMatch(Character::isDigit)
                && doc.token(from - 2).isCapitalized()) // "A Grade 11 student"
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
            Entity org = organizations.spokespersonsOrganization(m, from);
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
            return organizations.spokespersonsOrganization(m, from); // "A club spokesman said", "a spokeswoman said only that"
        }
        if (spokesperson && !anySource) {
            Entity holder = officeOwner(m);
            if (holder != null) {
                return holder; // "A spokeswoman for his office said": the person whose office it is
            }
        }
        if (spokesperson && !anySource && m.isBareRole() && !indefinite) {
            Entity spokenFor = lastSpokenFor(m);
            if (spokenFor != null) {
                return spokenFor; // "A spokesperson for Northstar TV said … The spokesperson added that …"
            }
        }
        if (indefinite && (m.role().affiliation() == null
                || java.util.Collections.disjoint(m.role().heads(), lex.sources().spokespersonRoles().entries()))) {
            return null; // "said one resident of Henley, who asked not to be named"
        }
        Entity headlined = headlineRole(m);
        if (headlined != null) {
            return headlined;
        }
        if (m.isBareRole() || genericAffiliation(m)) {
            // "Carlos Carvalhal lamentou … O técnico bracarense considerou …": a bare role right after a
            // person's sentence is that person, whoever else holds the role in the article
            Entity near = antecedents.antecedent(m, 0, SpeakerType.PERSON);
            int gap = near == null ? -1 : doc.sentenceOf(m.firstToken()) - lastSentenceOf(near, m.span().start());
            // the person of the previous sentence; within one sentence the name may hang off a clause
            // ("Perguntado se o time depende de Pezinho, o treinador …")
            // … unless that person holds some other role and another holds this one ("o ministro … A líder …")
            boolean otherRole = near != null && !near.roleKeys.isEmpty() && !holds(near, m.role())
                    && entities.stream().anyMatch(e -> e != near && !e.roleOnly && holds(e, m.role()));
            // "A senior official said … Twitter's efforts …. “…,” the official said": the one introduced unnamed
            // with this role in that sentence, not the name it mentions
            boolean unnamedThere = near != null && gap == 1 && !holds(near, m.role())
                    && unnamedHolderFrom(sentenceStart(lastMentionEnd(near, m) - 1), m);
            if (unnamedThere) {
                return null;
            }
            if (near != null && gap == 1 && !otherRole) {
                near.addRole(m.role());
                return near;
            }
        }
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities) {
            boolean genderFits = m.gender() == Gender.UNKNOWN || e.gender == Gender.UNKNOWN || e.gender == m.gender();
            if (holds(e, m.role()) && genderFits) {
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
        Entity sameHead = onlyHolderOfHead(m, inLead(doc.paragraphOf(m.span().start())));
        if (sameHead != null) {
            return sameHead; // "Na opinião do investigador do ISEG" after "o investigador Paulo Nogueira"
        }
        // "o economista", "a deputada": a bare role no one was introduced with refers back like a pronoun.
        if (m.isBareRole()) {
            Entity back = antecedents.antecedent(m, PRONOUN_PARAGRAPHS_BACK, SpeakerType.PERSON);
            if (back != null && !holds(back, m.role()) && unnamedHolderSince(back, m)) {
                // "A senior security official, speaking on condition of anonymity, said … “…,” the official said":
                // the one introduced unnamed with this role since, not the last person named
                return null;
            }
            if (back != null && !back.roleKeys.isEmpty() && !holds(back, m.role()) && roleSaidSince(back, m)) {
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
                // "uma fonte da empresa", "A council spokesperson": the organization named before with that noun
                int at = m.endToken() - 1;
                for (int k = m.firstToken(); k < m.endToken(); k++) {
                    if (doc.lower(k).equals(m.role().affiliation())) {
                        at = k; // the noun itself, not the role's head, is what refers back
                    }
                }
                Mention noun = new Mention(Mention.Kind.ORG_NOUN, at, at + 1, m.span(),
                        m.role().affiliation(), SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
                return antecedents.antecedent(noun, ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
            }
            return organizations.organization(m.role());
        }
        if (m.isBareRole()) {
            return null; // "o ministro disse" with no minister named anywhere: nobody can be named
        }
        Entity member = memberNamedWithAffiliation(m);
        if (member != null) {
            return member; // "afirmou o vereador do PL" after "o vereador Ricardo Lins (PL)"
        }
        Entity introduced = introducedAfterLead(m);
        if (introduced != null) {
            introduced.addRole(m.role());
            return introduced;
        }
        Entity leader = namedAsLeader(m);
        if (leader != null) {
            leader.addRole(m.role());
            return leader; // "a instituição liderada por Paulo Antunes" … "o presidente executivo do BCL"
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

    /**
     * The lead paragraph (the first, or the second after a headline line) may name someone by role only and give
     * the name further on ("Mexico's central bank cut rates …, but its governor said …").
     */
    private boolean inLead(int paragraph) {
        return paragraph == 0 || paragraph == 1 && isHeadline(0);
    }

    /**
     * The one person who holds the role's head and whose name the article follows with the role's affiliation in
     * parentheses, as papers write a politician's party ("o vereador Ricardo Lins (PL)"); null if none or several.
     */
    private Entity memberNamedWithAffiliation(Mention m) {
        String affiliation = m.role().affiliation();
        if (affiliation == null) {
            return null;
        }
        Entity found = null;
        for (Entity e : entities) {
            boolean head = e.type == SpeakerType.PERSON && !e.roleOnly && e.roleKeys.stream()
                    .anyMatch(r -> !java.util.Collections.disjoint(r.heads(), m.role().heads()));
            boolean tagged = head && e.mentions.stream().anyMatch(sp -> inParenthesesAt(sp.end(), affiliation));
            if (tagged) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** Whether the text at {@code at} reads " (word)", whatever the case. */
    private boolean inParenthesesAt(int at, String word) {
        String t = doc.text;
        int p = at;
        while (p < t.length() && Character.isWhitespace(t.charAt(p))) {
            p++;
        }
        if (p >= t.length() || t.charAt(p) != '(' || !t.regionMatches(true, p + 1, word, 0, word.length())) {
            return false;
        }
        int close = p + 1 + word.length();
        return close < t.length() && t.charAt(close) == ')';
    }

    /**
     * A wire's lead names its source by role only, and the next paragraph opens on a person the article names for the
     * first time, with no role of their own ("…, anunciou o presidente executivo da empresa.\n\nEm conferência de
     * imprensa, Luís Bettencourt sublinhou …"): that person; else null.
     */
    private Entity introducedAfterLead(Mention m) {
        int paragraph = doc.paragraphOf(m.span().start());
        if (!inLead(paragraph) || paragraph + 1 >= doc.paragraphs.size()) {
            return null;
        }
        Span next = doc.paragraphs.get(paragraph + 1);
        Entity first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Entity e : entities) {
            for (Span sp : e.mentions) {
                if (e.type == SpeakerType.PERSON && !e.roleOnly && sp.start() >= next.start() && sp.start() < next.end()
                        && sp.start() < firstAt) {
                    first = e;
                    firstAt = sp.start();
                }
            }
        }
        if (first == null || first.mentions.stream().anyMatch(sp -> sp.start() < next.start())) {
            return null; // nobody, or someone the article had named before
        }
        return first.roleKeys.isEmpty() || holds(first, m.role()) ? first : null;
    }

    /**
     * "o presidente da câmara", "the club's chairman" after "O autarca de Braga, Ricardo Rio, …": a role whose
     * affiliation is only an organization noun names no organization of its own, so it refers back like a bare role.
     */
    private boolean genericAffiliation(Mention m) {
        String affiliation = m.role().affiliation();
        return m.kind() == Mention.Kind.ROLE && affiliation != null && !m.role().indefinite()
                && lex.sources().orgNouns().contains(affiliation) && !affiliation.isEmpty()
                && Character.isLowerCase(affiliation.charAt(0)) && m.text().contains(" " + affiliation);
    }

    /** Role heads of whoever leads an organization. */
    private static final java.util.Set<String> LEADER_HEADS = java.util.Set.of("presidente", "presidente executivo",
            "presidente-executivo", "ceo", "líder", "chefe", "diretor-geral", "director-geral", "presidenta",
            "chief executive", "chief executive officer", "chairman", "chairwoman", "chair", "president", "leader",
            "head", "presidente ejecutivo", "consejero delegado");
    /** "liderada por", "led by" right before a name: the person leads what the phrase describes. */
    private static final java.util.regex.Pattern LED_BY = java.util.regex.Pattern.compile(
            "(?:\\b(?:liderad|presidid|dirigid|chefiad|comandad)[oa]s? por|\\b(?:led|headed|chaired|run) by)\\s+$");

    /**
     * The one person the article names as leading something ("a instituição liderada por X", "the bank, led by X"),
     * for a leader's role with an affiliation ("o presidente executivo do BCL"); null if none or several.
     */
    private Entity namedAsLeader(Mention m) {
        if (m.role().affiliation() == null || java.util.Collections.disjoint(m.role().heads(), LEADER_HEADS)) {
            return null;
        }
        Entity found = null;
        for (Entity e : entities) {
            if (e.type != SpeakerType.PERSON || e.roleOnly) {
                continue;
            }
            for (Span sp : e.mentions) {
                String before = doc.text.substring(Math.max(0, sp.start() - 24), sp.start());
                if (sp.start() < m.span().start() && LED_BY.matcher(before).find()) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
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
        int last = lastMentionEnd(e, m);
        for (int k = last < 0 ? m.firstToken() : doc.tokenAtOrAfter(last); k < m.firstToken(); k++) {
            if (m.role().heads().contains(doc.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** English "… for his office" / "… for her office" in the role: the person the possessive refers back to, or null. */
    private Entity officeOwner(Mention m) {
        if (!"en".equals(lex.language())) {
            return null;
        }
        for (int k = m.firstToken(); k + 1 < m.endToken(); k++) {
            String w = doc.lower(k);
            if ((w.equals("his") || w.equals("her")) && "office".equals(doc.lower(k + 1))) {
                Gender g = w.equals("her") ? Gender.FEMALE : Gender.MALE;
                Mention pronoun = new Mention(Mention.Kind.PRONOUN, k, k + 1, m.span(), doc.word(k), SpeakerType.PERSON,
                        null, g);
                return antecedents.antecedent(pronoun, PRONOUN_PARAGRAPHS_BACK, SpeakerType.PERSON);
            }
        }
        return null;
    }

    /** The organization the last spokesperson before {@code m} spoke for, or null when none did. */
    private Entity lastSpokenFor(Mention m) {
        for (int k = resolved.size() - 1; k >= 0; k--) {
            Resolved r = resolved.get(k);
            if (r.mention().span().start() < m.span().start() && r.mention().kind() == Mention.Kind.ROLE
                    && r.entity() != null && r.entity().type == SpeakerType.ORGANIZATION
                    && !java.util.Collections.disjoint(r.mention().role().heads(), lex.sources().spokespersonRoles().entries())) {
                return r.entity();
            }
        }
        return null;
    }

    /**
     * Whether someone was brought in with the role's head by an indefinite phrase ("a senior official", "one
     * analyst") between the last mention of {@code e} and the bare role {@code m}, and given no name there.
     */
    private static final java.util.Set<String> PREDICATIVE = java.util.Set.of("as", "is", "was", "are", "were",
            "be", "been", "became", "becomes", "remains", "remained", "como", "é", "era", "foi", "ser");

    private boolean unnamedHolderSince(Entity e, Mention m) {
        int last = lastMentionEnd(e, m);
        return unnamedHolderFrom(last < 0 ? m.firstToken() : doc.tokenAtOrAfter(last), m);
    }

    /** The first token of the sentence holding character {@code offset}. */
    private int sentenceStart(int offset) {
        int k = Math.min(doc.size() - 1, doc.tokenAtOrAfter(Math.max(0, offset)));
        return doc.sentence(doc.sentenceOf(k)).tokens().get(0).index();
    }

    /** Whether someone is introduced unnamed with {@code m}'s role ("a senior official") from token {@code from} on. */
    private boolean unnamedHolderFrom(int from, Mention m) {
        for (int k = from; k < m.firstToken(); k++) {
            if (!m.role().heads().contains(doc.lower(k))) {
                continue;
            }
            for (int d = k - 1; d >= Math.max(0, k - 5); d--) {
                // a name that modifies a noun ("a senior Obama administration official") is part of the role
                boolean attributiveName = "PERSON".equals(doc.token(d).ner()) && d + 1 < k
                        && !doc.word(d + 1).isEmpty() && Character.isLowerCase(doc.word(d + 1).charAt(0));
                if (DocumentView.isPunct(doc.word(d)) || "PERSON".equals(doc.token(d).ner()) && !attributiveName) {
                    break;
                }
                if (lex.grammar().indefinites().contains(doc.lower(d))) {
                    boolean named = k + 2 < doc.size() && ",".equals(doc.word(k + 1)) && np.isNameToken(k + 2);
                    // "34 years as a nurse", "she was a nurse": what someone is, not someone new
                    boolean predicate = d > 0 && PREDICATIVE.contains(doc.lower(d - 1));
                    if (!named && !predicate) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where the last mention of {@code e} before {@code m} ends, or -1. */
    private static int lastMentionEnd(Entity e, Mention m) {
        int last = -1;
        for (Span s : e.mentions) {
            if (s.start() < m.span().start()) {
                last = Math.max(last, s.end());
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
}
