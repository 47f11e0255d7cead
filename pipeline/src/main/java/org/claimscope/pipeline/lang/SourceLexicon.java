package org.claimscope.pipeline.lang;

import java.util.List;
import java.util.Map;

/**
 * How sources are named without a name: role heads (and which ones mean the same), generic organization
 * nouns and the names they may refer to, groups that name no one, spokespeople who speak for others, and
 * epithets: nouns that stand for a person named before, like a pronoun ("the Scot", "o veterano").
 */
public record SourceLexicon(List<List<String>> roleHeads, Map<String, String> roleSynonyms, WordList orgNouns,
                            WordList companyNouns, Map<String, List<String>> orgNounAliases, WordList groupNouns,
                            WordList spokespersonRoles, WordList epithets) {

    /** The role head that stands for this one ("treinador" → "técnico", "ministra" → "ministro"). */
    public String canonicalRole(String head) {
        return roleSynonyms.getOrDefault(head, head);
    }
}
