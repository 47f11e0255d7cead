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

    /** {@code glued[k]}: word k touches word k-1 in the phrase ("US$"), so it must in the text too. */
    private record Entry<V>(List<String> words, boolean[] glued, V value) {

        /** Dotted abbreviations may be spaced out, as in tokenized text ("u . s . $" for "u.s.$"). */
        boolean afterDot(int k) {
            return words.get(k).equals(".") || words.get(k - 1).equals(".");
        }

        boolean fits(List<Token> tokens, int start) {
            for (int k = 1; k < words.size(); k++) {
                Token t = tokens.get(start + k);
                if (!t.lower().equals(words.get(k)) || (glued[k] && !t.glued() && !afterDot(k))) {
                    return false;
                }
            }
            return tokens.get(start).lower().equals(words.get(0));
        }
    }

    /** A match covering {@code length} tokens. */
    record Match<V>(int length, V value) { }

    private static final Tokenizer PHRASE_TOKENIZER = new Tokenizer(false);

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();

    void add(String phrase, V value) {
        List<Token> toks = PHRASE_TOKENIZER.tokenize(phrase);
        if (toks.isEmpty()) {
            return;
        }
        List<String> words = toks.stream().map(Token::lower).toList();
        boolean[] glued = new boolean[toks.size()];
        for (int k = 1; k < toks.size(); k++) {
            glued[k] = toks.get(k).glued();
        }
        Entry<V> e = new Entry<>(words, glued, value);
        insert(byFirst, words.get(0), e);
        insert(byLast, words.get(words.size() - 1), e);
    }

    private static <V> void insert(Map<String, List<Entry<V>>> map, String key, Entry<V> e) {
        List<Entry<V>> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        // later lines override earlier ones; "u.s. $" and "u.s.$" differ only in spacing and are two phrases
        list.removeIf(old -> old.words.equals(e.words) && java.util.Arrays.equals(old.glued, e.glued));
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
            if (i + len <= tokens.size() && e.fits(tokens, i)) {
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
            if (start >= 0 && e.fits(tokens, start)) {
                return new Match<>(len, e.value);
            }
        }
        return null;
    }
}
