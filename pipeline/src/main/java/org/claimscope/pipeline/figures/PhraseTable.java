package org.claimscope.pipeline.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-token phrases (lower-cased) mapped to values, matched over a token list either forwards
 * from a position or backwards ending at a position; the longest phrase wins. Immutable once the
 * owning lexicon has finished loading.
 */
final class PhraseTable<V> {

    private record Entry<V>(List<String> words, V value) { }

    /** A match covering {@code length} tokens. */
    record Match<V>(int length, V value) { }

    private static final Tokenizer PHRASE_TOKENIZER = new Tokenizer(false);

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();

    void add(String phrase, V value) {
        List<String> words = PHRASE_TOKENIZER.tokenize(phrase).stream().map(Token::lower).toList();
        if (words.isEmpty()) {
            return;
        }
        Entry<V> e = new Entry<>(words, value);
        insert(byFirst, words.get(0), e);
        insert(byLast, words.get(words.size() - 1), e);
    }

    private static <V> void insert(Map<String, List<Entry<V>>> map, String key, Entry<V> e) {
        List<Entry<V>> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        list.removeIf(old -> old.words.equals(e.words)); // later lines override earlier ones
        list.add(e);
        list.sort(Comparator.comparingInt((Entry<V> x) -> x.words.size()).reversed());
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    Match<V> longestAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> cands = byFirst.get(tokens.get(i).lower());
        if (cands == null) {
            return null;
        }
        for (Entry<V> e : cands) {
            int len = e.words.size();
            if (i + len > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                ok = tokens.get(i + k).lower().equals(e.words.get(k));
            }
            if (ok) {
                return new Match<>(len, e.value);
            }
        }
        return null;
    }

    /** Longest phrase whose last token is {@code tokens[end - 1]}. */
    Match<V> longestEndingAt(List<Token> tokens, int end) {
        if (end <= 0 || end > tokens.size()) {
            return null;
        }
        List<Entry<V>> cands = byLast.get(tokens.get(end - 1).lower());
        if (cands == null) {
            return null;
        }
        for (Entry<V> e : cands) {
            int len = e.words.size();
            int start = end - len;
            if (start < 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < len - 1 && ok; k++) {
                ok = tokens.get(start + k).lower().equals(e.words.get(k));
            }
            if (ok) {
                return new Match<>(len, e.value);
            }
        }
        return null;
    }
}
