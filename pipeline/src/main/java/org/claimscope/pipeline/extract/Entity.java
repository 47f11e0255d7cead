package org.claimscope.pipeline.extract;

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
    Mention.Gender gender;
    final Set<String> roles = new LinkedHashSet<>();
    final List<Mention.Role> roleKeys = new ArrayList<>();
    final List<Span> mentions = new ArrayList<>();
    final boolean roleOnly;

    Entity(String name, SpeakerType type, Mention.Gender gender, boolean roleOnly) {
        this.name = name;
        this.type = type;
        this.gender = gender;
        this.roleOnly = roleOnly;
    }

    List<String> nameTokens() {
        return List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    void addRole(Mention.Role role) {
        if (role != null && roles.add(role.text())) {
            roleKeys.add(role);
        }
    }

    /** "CEO da Nvidia" matches a known "CEO e fundador da Nvidia". */
    boolean hasRole(Mention.Role role) {
        for (Mention.Role r : roleKeys) {
            boolean heads = r.heads().containsAll(role.heads()) || role.heads().containsAll(r.heads());
            boolean affiliation = role.affiliation() == null || role.affiliation().equals(r.affiliation())
                    || r.affiliation() != null && (r.affiliation().contains(role.affiliation())
                    || role.affiliation().contains(r.affiliation()));
            if (heads && affiliation) {
                return true;
            }
        }
        return false;
    }
}
