package org.claimscope.pipeline.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscope.model.Span;

/**
 * Transcripts set as paragraphs that open with the speaker's name in capitals and a colon ("PENCE: Well, look, …",
 * "SEN. WARREN: …"), often each opening with a quote mark that none closes. Each such paragraph is one speaker's
 * turn. An article holds a transcript when two paragraphs at least open that way; a single capitalized label is more
 * often a kicker ("UPDATE: …").
 */
final class TranscriptTurns {

    /** Up to three capitalized words, the last of two letters at least (so not "Q:" or "A:"), then a colon. */
    private static final Pattern LABEL = Pattern.compile(
            "^[\\s\"“”'‘]*((?:\\p{Lu}[\\p{Lu}.'’-]*\\s+){0,2}\\p{Lu}[\\p{Lu}'’-]+)\\s*:\\s+(?=\\S)");
    /** Capitalized labels that introduce no speaker. */
    private static final Set<String> NOT_SPEAKERS = Set.of("UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE",
            "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "READ MORE", "RELATED",
            "BREAKING", "WARNING", "SOURCE", "SOURCES", "CREDIT", "TRANSCRIPT", "ADVERTISEMENT", "MORE", "ALSO", "LISTEN",
            "SEE ALSO", "SPONSORED", "DISCLAIMER", "DISCLOSURE", "ATUALIZAÇÃO", "NOTA", "LEIA MAIS", "VEJA", "VÍDEO",
            "FOTO", "ERRATA", "CORREÇÃO");
    private static final int MIN_TURNS = 2;

    private TranscriptTurns() {
    }

    /** A turn's label: where the name is, and where the words said begin. */
    record Label(Span name, int wordsStart) {
    }

    /** The label of each paragraph that is a transcript turn, by paragraph index; empty when there is no transcript. */
    static Map<Integer, Label> of(String text, List<Span> paragraphs) {
        Map<Integer, Label> out = new LinkedHashMap<>();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Label l = label(text, paragraphs.get(pi));
            if (l != null) {
                out.put(pi, l);
            }
        }
        return out.size() >= MIN_TURNS ? out : Map.of();
    }

    /** The label opening paragraph {@code p}, or null. */
    static Label label(String text, Span p) {
        Matcher m = LABEL.matcher(text).region(p.start(), p.end());
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1).strip();
        if (NOT_SPEAKERS.contains(name.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return new Label(new Span(m.start(1), m.start(1) + m.group(1).length()), m.end());
    }

    /** "MR. TRUMP" → "Trump", "PENCE" → "Pence": the label as a surname is written, titles left out. */
    static String surname(String label) {
        String[] words = label.strip().split("\\s+");
        return titleCase(words[words.length - 1]);
    }

    /** "MIKE O'NEILL-PRICE" → "Mike O'Neill-Price": capitals as a name is written. */
    static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(upper ? c : Character.toLowerCase(c));
            upper = !Character.isLetter(c);
        }
        return b.toString();
    }
}
