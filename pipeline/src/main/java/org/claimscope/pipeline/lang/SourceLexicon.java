package org.claimscope.pipeline.lang;

import java.util.List;
import java.util.Map;

/**
 * How sources are named without a name: role heads (and which ones mean the same), generic organization
 * nouns and the names they may refer to, groups that name no one, spokespeople who speak for others, and
 * epithets: nouns that stand for a person named before, like a pronoun ("the Scot", "o veterano"); and general
 * role nouns that stand for any of several roles ("the executive" for a vice president, "o parlamentar" for a
 * senador); and nouns for a person that are no role and tell no gender ("one volunteer", "um torcedor").
 */
public record SourceLexicon(List<List<String>> roleHeads, Map<String, String> roleSynonyms,
                            Map<String, List<String>> roleKinds, WordList orgNouns,
                            WordList companyNouns, Map<String, List<String>> orgNounAliases, WordList groupNouns,
                            WordList spokespersonRoles, WordList epithets, WordList personNouns,
                            Map<String, List<List<String>>> roleHeadsByFirstWord) {

    /** With the role heads indexed by their first word, so that a lookup is one map access, not a pass over all. */
    public SourceLexicon(List<List<String>> roleHeads, Map<String, String> roleSynonyms,
                         Map<String, List<String>> roleKinds, WordList orgNouns, WordList companyNouns,
                         Map<String, List<String>> orgNounAliases, WordList groupNouns, WordList spokespersonRoles,
                         WordList epithets, WordList personNouns) {
        this(roleHeads, roleSynonyms, roleKinds, orgNouns, companyNouns, orgNounAliases, groupNouns, spokespersonRoles,
                epithets, personNouns, byFirstWord(roleHeads));
    }

    private static Map<String, List<List<String>>> byFirstWord(List<List<String>> heads) {
        Map<String, List<List<String>>> out = new java.util.HashMap<>();
        for (List<String> head : heads) {
            out.computeIfAbsent(head.get(0), k -> new java.util.ArrayList<>()).add(head);
        }
        Map<String, List<List<String>>> copy = new java.util.HashMap<>();
        out.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    /** The role heads whose first word is {@code word} (lower case): "chief" → "chief executive", "chief of staff" …. */
    public List<List<String>> roleHeadsStartingWith(String word) {
        return roleHeadsByFirstWord.getOrDefault(word, List.of());
    }

    /** Whether {@code word} (lower case) is a role head on its own: "director", "aide", "técnico". */
    public boolean isOneWordRole(String word) {
        for (List<String> head : roleHeadsStartingWith(word)) {
            if (head.size() == 1) {
                return true;
            }
        }
        return false;
    }

    /** The role head that stands for this one ("treinador" → "técnico", "ministra" → "ministro"). */
    public String canonicalRole(String head) {
        return roleSynonyms.getOrDefault(head, head);
    }

    /**
     * Whether the general role noun {@code general} may stand for the role whose head is {@code head}: the head is
     * one of its kinds, or ends with one ("the executive" → "senior vice president").
     */
    public boolean generalizes(String general, String head) {
        List<String> kinds = roleKinds.get(general);
        if (kinds == null) {
            return false;
        }
        for (String kind : kinds) {
            if (head.equals(kind) || head.endsWith(" " + kind) || head.endsWith("-" + kind)) {
                return true;
            }
        }
        return false;
    }
}
