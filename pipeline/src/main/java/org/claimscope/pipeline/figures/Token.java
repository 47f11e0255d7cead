package org.claimscope.pipeline.figures;

/**
 * One token of the figure scanner: a run of letters, a run of digits (with internal separators),
 * or a single other character. {@code glued} is true when no whitespace separates it from the
 * previous token, which is what distinguishes "a16z" or "10km" from "a 16" or "10 km".
 */
record Token(Kind kind, String text, String lower, int start, int end, boolean glued) {

    enum Kind { WORD, NUMBER, SYMBOL }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String symbolOrWord) {
        return lower.equals(symbolOrWord);
    }
}
