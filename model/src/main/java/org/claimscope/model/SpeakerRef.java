package org.claimscope.model;

public record SpeakerRef(String id, String name) {
}
