package org.claimscope.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.SpeakerType;

/**
 * Which organizations an organization noun or "it" may stand for: "the union" a name that holds the word,
 * "a pasta" a ministry by its alias, "the trust" the one organization described as a trust. Kept apart from
 * {@link Antecedents}, which asks it, so that organizations can in turn ask for antecedents.
 */
final class OrganizationNouns extends ResolverPart {

    private static final java.util.Set<String> GENERIC = java.util.Set.of("instituição", "organização", "entidade", "entidad", "órgão", "organismo",
            "institution", "organization", "organisation", "institución", "organización");

    OrganizationNouns(ResolverPart shared) {
        super(shared);
    }

    /**
     * "a empresa" may be the last company named, but not the last ministry: the noun must appear in the
     * name ("the union" → "Metalworkers Union"), or be a word for a company and the name not say otherwise.
     */
    /** Nouns for public bodies, which are often named by an acronym alone ("a Anvisa", "the FAA"). */
    private static final java.util.Set<String> PUBLIC_BODY_NOUNS = java.util.Set.of("agência", "instituto", "órgão",
            "autarquia", "entidade", "reguladora", "regulador", "agency", "institute", "regulator", "watchdog", "agencia",
            "organismo");

    /** Words that head the names of public bodies, whichever noun the article then calls them by. */
    private static final java.util.Set<String> GOVERNMENT_HEADS = java.util.Set.of("centers", "department",
            "administration", "commission", "bureau", "office", "service", "authority", "board", "ministry",
            "inspectorate", "directorate", "survey", "ministério", "secretaria", "comissão", "autoridade", "direção",
            "serviço", "serviços", "superintendência", "inspeção", "inspecção", "ministerio", "comisión");

    boolean refersTo(Mention orgNoun, Entity e) {
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
        if (lex.speech().documentNouns().contains(noun) && lex.grammar().indefinites().contains(doc.lower(orgNoun.firstToken()))
                && !words.contains(noun) && !e.kinds.contains(noun)) {
            return false; // "A report said …", "Um relatório aponta": a document nobody named, no organization's
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
            // "A Anvisa aprovou … A agência destacou", "o IBGE … O instituto": a one-word name (an acronym, a
            // brand) says nothing of what the organization is, so no noun rules it out
            if (!PUBLIC_BODY_NOUNS.contains(noun)) {
                return false;
            }
            if (e.nameTokens().stream().anyMatch(GOVERNMENT_HEADS::contains)) {
                return true; // "the Centers for Disease Control and Prevention … The agency said"
            }
            return e.kinds.isEmpty() && e.nameTokens().size() == 1
                    && !lex.sources().orgNouns().contains(e.nameTokens().get(0).toLowerCase(java.util.Locale.ROOT));
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
    boolean nameHoldsNoun(Entity e, String noun) {
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

    boolean isOrganizationPronoun(Mention m) {
        return m.endToken() - m.firstToken() == 1 && lex.grammar().organizationPronouns().contains(doc.lower(m.firstToken()));
    }

    /** "the trust" many paragraphs on, when one organization has been named or described as a trust. */
    Entity onlyHolder(Mention m, String noun) {
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
}
