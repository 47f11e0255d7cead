package org.claimscope.pipeline.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word or phrase list read from a class-path resource: one entry per line, '#' starts a comment,
 * entries are lower-cased. Missing resources give an empty list, so a language can omit a file.
 */
public final class WordList {

    private final Set<String> entries;

    private WordList(Set<String> entries) {
        this.entries = Collections.unmodifiableSet(entries);
    }

    public static WordList of(String... words) {
        Set<String> s = new LinkedHashSet<>();
        for (String w : words) {
            s.add(w.toLowerCase(Locale.ROOT));
        }
        return new WordList(s);
    }

    public static WordList load(String language, String name) {
        String path = "/org/claimscope/pipeline/lang/" + language + "/" + name + ".txt";
        Set<String> s = new LinkedHashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                return new WordList(s);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    s.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new WordList(s);
    }

    public boolean contains(String word) {
        return entries.contains(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> entries() {
        return entries;
    }

    /** Multi-word entries split into token lists, longest first, for phrase matching. */
    public List<List<String>> phrases() {
        List<List<String>> out = new ArrayList<>();
        for (String e : entries) {
            out.add(List.of(e.split("\\s+")));
        }
        out.sort((a, b) -> b.size() - a.size());
        return out;
    }
}
