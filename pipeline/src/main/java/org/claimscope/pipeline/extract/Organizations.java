package org.claimscope.pipeline.extract;

import static org.claimscope.pipeline.extract.Antecedents.ORG_PARAGRAPHS_BACK;
import static org.claimscope.pipeline.extract.Antecedents.PRONOUN_PARAGRAPHS_BACK;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.SpeakerType;
import org.claimscope.pipeline.lang.Gender;

/**
 * Organizations that speak without being named where they speak: through officials ("agency officials
 * said"), a spokesperson or source ("A Thruway spokesman"), an affiliation ("o porta-voz da Petrobras"),
 * "it", or a noun whose organization is only named later ("…, police said").
 */
final class Organizations extends ResolverPart {

    private final Antecedents antecedents;

    Organizations(ResolverPart shared, Antecedents antecedents) {
        super(shared);
        this.antecedents = antecedents;
    }

    /**
     * "Buffalo Bills officials said", "agency officials said": officials of a named organization, or of
     * the one the noun refers back to, speak for it; other groups ("economists") are no one.
     */
    Entity officialsOrganization(Mention m) {
        int head = m.endToken() - 1;
        Entity employer = employerAfter(head);
        if (employer != null) {
            return employer; // "Analysts at Dunmore Capital wrote in a note": the firm speaks through them
        }
        if (!MentionParser.OFFICIALS.contains(doc.lower(head)) || head == 0) {
            return null;
        }
        int k = head - 1;
        if (lex.sources().orgNouns().contains(doc.lower(k)) && !doc.token(k).isCapitalized()) {
            Mention noun = new Mention(Mention.Kind.ORG_NOUN, k, k + 1, m.span(), doc.lower(k), SpeakerType.ORGANIZATION,
                    null, Gender.UNKNOWN);
            return antecedents.antecedent(noun, ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
        }
        for (Mention n : names) {
            if (n.endToken() == head && n.type() != SpeakerType.PERSON) {
                return entityOf.get(n);
            }
        }
        return null;
    }

    /** The organization named right after a group noun and "at"/"from": "analysts at Dunmore Capital"; else null. */
    private Entity employerAfter(int head) {
        if (!lex.sources().groupNouns().contains(doc.lower(head)) || head + 2 >= doc.size()
                || !lex.grammar().affiliationPreps().contains(doc.lower(head + 1))) {
            return null;
        }
        int start = "the".equals(doc.lower(head + 2)) ? head + 3 : head + 2; // "researchers at the Alpine Institute"
        for (Mention n : names) {
            if (n.firstToken() == start && n.type() == SpeakerType.ORGANIZATION) {
                return entityOf.get(n);
            }
        }
        return null;
    }

    /**
     * "…, police said." in a lead, "Elk Grove Police Department" two paragraphs on: the one organization whose
     * name holds the noun (or a word it stands for), when there is exactly one.
     */
    Entity namedLater(Mention m) {
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

    /**
     * An unnamed spokesperson with no "for X" speaks for the organization the words before the role name
     * ("A Thruway spokesman", "A club spokesman"), else for the organization of the last sentences; never
     * for a person named before.
     */
    Entity spokespersonsOrganization(Mention m, int from) {
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
                return antecedents.antecedent(noun, ORG_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
            }
        }
        Mention org = new Mention(Mention.Kind.PRONOUN, m.firstToken(), m.endToken(), m.span(), m.text(),
                SpeakerType.ORGANIZATION, null, Gender.UNKNOWN);
        return antecedents.antecedent(org, 1, SpeakerType.ORGANIZATION);
    }

    private Entity nameEntityAt(int token) {
        for (Mention n : names) {
            if (n.firstToken() <= token && token < n.endToken()) {
                return entityOf.get(n);
            }
        }
        return null;
    }

    Entity organization(Mention.Role role) {
        String affiliation = role.affiliation();
        String key = affiliation.toLowerCase(java.util.Locale.ROOT);
        for (Entity e : entities) {
            if (e.type == SpeakerType.PERSON && !e.roleOnly && (e.name.equalsIgnoreCase(affiliation)
                    || e.nameTokens().size() > 1 && e.nameTokens().getLast().equals(key))) {
                return e; // "A spokesperson for Hollister said": the senator speaks through them
            }
        }
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

    /**
     * "it" in "Lumora said …, and it added …" is the sentence's subject; an organization named inside what was
     * said ("no NCAA rules had been broken, and it repeated …") is not, and then nobody is.
     */
    Entity organizationPronounAntecedent(Mention m) {
        Entity e = antecedents.antecedent(m, PRONOUN_PARAGRAPHS_BACK, SpeakerType.ORGANIZATION);
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
}
