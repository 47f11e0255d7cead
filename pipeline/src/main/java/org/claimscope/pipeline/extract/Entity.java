package org.claimscope.pipeline.extract;

import org.claimscope.pipeline.lang.Gender;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;

/** One person or organization of an article, built up from its mentions while resolving. */
final class Entity {

    String name;
    SpeakerType type;
    Gender gender;
    final Set<String> roles = new LinkedHashSet<>();
    final List<Mention.Role> roleKeys = new ArrayList<>();
    final List<Span> mentions = new ArrayList<>();
    /** Other names it was found to have ("ersar" for the Entidade Reguladora …), lowercase. */
    final Set<String> aliases = new LinkedHashSet<>();
    /** What an apposition said it is ("theatre" for "the Old Ropeworks, one of Bristol's oldest theatres,"). */
    final Set<String> kinds = new LinkedHashSet<>();
    final boolean roleOnly;
    /** Named, but of unknown kind (rule-based languages): may be a person or an organization. */
    boolean untyped;
    /** Its name so far comes from inside a quote, which a name in the article's own words replaces. */
    boolean namedInQuote;

    Entity(String name, SpeakerType type, Gender gender, boolean roleOnly) {
        this.name = withoutNickname(name);
        this.type = type;
        this.gender = gender;
        this.roleOnly = roleOnly;
    }

    /** "Callum ‘Cal’ Devereux" is Callum Devereux: a quoted nickname is no part of the name. */
    static String withoutNickname(String name) {
        return name.replaceAll("\\s*[‘“\"'][^‘’“”\"']{1,25}[’”\"']\\s*", " ").replaceAll("\\s+", " ").strip();
    }

    List<String> nameTokens() {
        return List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    void addRole(Mention.Role role) {
        if (role != null && roles.add(role.text())) {
            roleKeys.add(role);
        }
    }

    /** "banco central" → "bc": initials of the words that are not connectors. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.length() > 3 || !w.isEmpty() && !Set.of("da", "de", "do", "das", "dos", "of", "the", "and", "e")
                    .contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * "LNB" for "Liga Nacional de Basquete", "ULS" for "Unidade Local de Saúde da Arrábida": an acronym of
     * the name's words, or of its first words when it leaves out the place.
     */
    boolean hasAcronym(String word) {
        if (word.length() < 2 || word.length() > 6 || !word.chars().allMatch(Character::isUpperCase)
                || nameTokens().size() < 2) {
            return false;
        }
        String a = word.toLowerCase(Locale.ROOT);
        String full = initials(name);
        return a.equals(full) || a.length() >= 3 && full.startsWith(a);
    }

    /** Takes over another entity's mentions and roles: they were found to be one ("Copom" = "Comitê …"). */
    void absorb(Entity other) {
        aliases.add(name.toLowerCase(Locale.ROOT));
        aliases.add(other.name.toLowerCase(Locale.ROOT));
        aliases.addAll(other.aliases);
        if (other.name.length() > name.length()) {
            name = withoutNickname(other.name);
        }
        if (type == SpeakerType.OTHER) {
            type = other.type;
        }
        mentions.addAll(other.mentions);
        mentions.sort(null);
        for (Mention.Role r : other.roleKeys) {
            addRole(r);
        }
    }

    /** "CEO da Nvidia" matches a known "CEO e fundador da Nvidia". */
    boolean hasRole(Mention.Role role) {
        for (Mention.Role r : roleKeys) {
            boolean heads = r.heads().containsAll(role.heads()) || role.heads().containsAll(r.heads())
                    || narrower(r.heads(), role.heads());
            boolean affiliation = role.affiliation() == null || r.affiliation() != null
                    && (r.affiliation().contains(role.affiliation()) || role.affiliation().contains(r.affiliation())
                    || initials(r.affiliation()).equals(role.affiliation())
                    || initials(role.affiliation()).equals(r.affiliation()));
            if (heads && affiliation) {
                return true;
            }
        }
        return false;
    }

    /** "district judge" is a judge, "senior vice president" a vice president: one head ends with the other, a word apart. */
    private static boolean narrower(java.util.Set<String> held, java.util.Set<String> asked) {
        for (String h : held) {
            for (String a : asked) {
                if (h.endsWith(" " + a) || a.endsWith(" " + h)) {
                    return true;
                }
            }
        }
        return false;
    }
}
