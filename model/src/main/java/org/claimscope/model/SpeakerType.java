package org.claimscope.model;

public enum SpeakerType { PERSON, ORGANIZATION, OTHER }
