package org.claimscope.pipeline.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into {@link Token}s. Stateless apart from the grouping option, so thread-safe. */
final class Tokenizer {

    /** Three or more comma-separated digit groups, e.g. a list "22,24,26,31" or a grouped "1,234,567". */
    private static final java.util.regex.Pattern COMMA_LIST = java.util.regex.Pattern.compile("\\d{1,3}(?:,\\d{1,3}){2,}");
    /** Digit groupings: western thousands ("1,234,567") and Indian lakhs ("12,34,567"). */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}");

    /** When true, "1 000 000" (plain spaces between 3-digit groups) is one number, as in French. */
    private final boolean spaceGroupsDigits;

    Tokenizer(boolean spaceGroupsDigits) {
        this.spaceGroupsDigits = spaceGroupsDigits;
    }

    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean glued = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                glued = false;
                i++;
                continue;
            }
            int end;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                end = i + 1;
                while (end < n && (Character.isLetter(text.charAt(end))
                        || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
                    end++;
                }
                kind = Token.Kind.WORD;
            } else if (isAsciiDigit(c)) {
                end = scanNumber(text, i);
                kind = Token.Kind.NUMBER;
            } else {
                end = i + 1;
                kind = Token.Kind.SYMBOL;
            }
            String s = text.substring(i, end);
            if (kind == Token.Kind.NUMBER && COMMA_LIST.matcher(s).matches() && !GROUPED.matcher(s).matches()) {
                // "nrs. 22,24,26,31": a list of numbers, not one grouped number
                int from = i;
                for (String part : s.split(",", -1)) {
                    if (from > i) {
                        out.add(new Token(Token.Kind.SYMBOL, ",", ",", from - 1, from, true));
                    }
                    out.add(new Token(kind, part, part, from, from + part.length(), from > i || (glued && !out.isEmpty())));
                    from += part.length() + 1;
                }
                glued = true;
                i = end;
                continue;
            }
            out.add(new Token(kind, s, s.toLowerCase(Locale.ROOT), i, end, glued && !out.isEmpty()));
            glued = true;
            i = end;
        }
        return out;
    }

    private int scanNumber(String text, int i) {
        int n = text.length();
        int end = digitsFrom(text, i);
        int groupLen = end - i;
        while (end < n) {
            char sep = text.charAt(end);
            if ((sep == '.' || sep == ',') && end + 1 < n && isAsciiDigit(text.charAt(end + 1))) {
                int next = digitsFrom(text, end + 1);
                groupLen = next - end - 1;
                end = next;
            } else if (isGroupSpace(sep) && groupLen <= 3 && end + 4 <= n
                    && isAsciiDigit(text.charAt(end + 1)) && digitsFrom(text, end + 1) == end + 4) {
                groupLen = 3;
                end = end + 4;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean isGroupSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009' || (spaceGroupsDigits && c == ' ');
    }

    private static int digitsFrom(String text, int i) {
        int j = i;
        while (j < text.length() && isAsciiDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
