package org.claimscope.pipeline.lang;

/** Grammatical gender of a mention, where the language shows it: pronouns, determiners, given names. */
public enum Gender { MALE, FEMALE, UNKNOWN }
