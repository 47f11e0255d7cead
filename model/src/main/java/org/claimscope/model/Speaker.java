package org.claimscope.model;

import java.util.List;

/** One canonical source within an article, with every span that refers to it. */
public record Speaker(String id, String name, SpeakerType type, List<String> roles, List<Span> mentions) {

    public Speaker {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    public SpeakerRef ref() {
        return new SpeakerRef(id, name);
    }
}
