package org.claimscope.pipeline.extract;

import org.claimscope.pipeline.lang.Gender;
import org.claimscope.model.Span;
import org.claimscope.model.SpeakerType;

/**
 * A phrase that can name a speaker: a proper name, a role ("o CEO da OpenAI"), a pronoun ("ele") or a
 * generic organization noun ("a empresa"), or a group that names no one ("analysts", "economistas"). Token indexes are article-wide, end exclusive.
 */
public record Mention(Kind kind, int firstToken, int endToken, Span span, String text, SpeakerType type,
                      Role role, Gender gender) {

    public enum Kind { NAME, ROLE, PRONOUN, ORG_NOUN, GROUP }

    /**
     * A role: its head words ("ceo", "fundador"), the organization or field it is "of", if said, and
     * whether it was indefinite ("a resident", "um morador": someone the article does not name).
     */
    public record Role(String text, java.util.Set<String> heads, String affiliation, boolean indefinite) {
    }

    /** "o ministro" with nothing that says which: resolved like a pronoun if no one holds that role. */
    public boolean isBareRole() {
        return kind == Kind.ROLE && role.affiliation() == null;
    }

    /** A subject left unsaid ("…», disse."), resolved like a pronoun. */
    public boolean isZero() {
        return kind == Kind.PRONOUN && text.isEmpty();
    }
}
