package org.claimscope.index;

import java.util.List;

/** Who made a statement: the article-local speaker id, the canonical name and the roles found for it. */
public record SpeakerInfo(String id, String name, List<String> roles) {

    public SpeakerInfo {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
