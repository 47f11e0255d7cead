package org.claimscope.pipeline.figures;

import java.util.ArrayList;
import java.util.List;

/** Reads one number (digits and/or words, with scale words) starting at a token. Thread-safe. */
final class NumberReader {

    private record Item(NumberWord word, int tokenEnd) { }

    private final FigureLexicon lex;

    NumberReader(FigureLexicon lex) {
        this.lex = lex;
    }

    /**
     * Returns the number starting at token {@code i}, or null. {@code currencyBefore} enables
     * single-letter scale abbreviations that are ambiguous elsewhere ("£3m" vs "3m").
     */
    NumberMatch read(List<Token> toks, int i, boolean currencyBefore) {
        Token t = toks.get(i);
        if (t.isNumber()) {
            return readDigits(toks, i, currencyBefore);
        }
        if (t.isWord()) {
            return readWords(toks, i);
        }
        return null;
    }

    private NumberMatch readDigits(List<Token> toks, int i, boolean currencyBefore) {
        Token t = toks.get(i);
        Double parsed = parseDigits(t.text(), lex.decimalSeparator);
        if (parsed == null) {
            return null;
        }
        double base = parsed;
        int start = i;
        if (i > 0 && t.glued() && (toks.get(i - 1).is("-") || toks.get(i - 1).is("−"))
                && (i == 1 || !toks.get(i - 1).glued() || toks.get(i - 2).is("("))) {
            start = i - 1;
            base = -base;
        }
        NumberAccumulator acc = new NumberAccumulator(lex.vigesimal);
        acc.startWith(base);
        int j = i + 1;
        while (j < toks.size()) {
            Token nx = toks.get(j);
            NumberWord w = null;
            int len = 0;
            PhraseTable.Match<FigureLexicon.Abbreviation> ab = lex.abbreviations.longestAt(toks, j);
            if (ab != null && j == i + 1 && (!ab.value().glued() || nx.glued())
                    && (!ab.value().needsCurrency() || currencyBefore) && !letterGluedAfter(toks, j + ab.length())) {
                w = new NumberWord(ab.value().factor(), NumberWord.Kind.SCALE, true);
                len = ab.length();
            } else {
                PhraseTable.Match<NumberWord> m = lex.numbers.longestAt(toks, j);
                if (m != null && (m.value().kind() == NumberWord.Kind.SCALE
                        || m.value().kind() == NumberWord.Kind.MULTIPLIER
                        || m.value().kind() == NumberWord.Kind.HALF)) {
                    w = m.value();
                    len = m.length();
                }
            }
            if (w == null) {
                break;
            }
            NumberAccumulator tryAcc = acc.copy();
            if (!tryAcc.add(w)) {
                break;
            }
            acc = tryAcc;
            j += len;
        }
        boolean yearLike = j == i + 1 && start == i && t.text().length() == 4 && base >= 1900 && base <= 2100;
        double factor = acc.trailingFactor();
        return new NumberMatch(start, j, acc.value(), acc.value() / factor, factor, false, false, yearLike);
    }

    private static boolean letterGluedAfter(List<Token> toks, int j) {
        return j < toks.size() && toks.get(j).glued() && toks.get(j).isWord();
    }

    private NumberMatch readWords(List<Token> toks, int i) {
        List<Item> items = new ArrayList<>();
        int j = i;
        while (j < toks.size()) {
            int next = addWordItems(toks, j, items);
            if (next > j) {
                j = next;
                continue;
            }
            if (items.isEmpty()) {
                break;
            }
            int conn = connectorLength(toks, j);
            if (conn > 0 && j + conn < toks.size() && addWordItems(toks, j + conn, new ArrayList<>()) > j + conn) {
                j += conn;
                continue;
            }
            break;
        }
        for (int k = items.size(); k >= 1; k--) {
            if (k < items.size() && items.get(k - 1).tokenEnd() == items.get(k).tokenEnd()) {
                continue; // cannot cut inside one compound word
            }
            NumberAccumulator acc = new NumberAccumulator(lex.vigesimal);
            boolean ok = true;
            for (int m = 0; m < k && ok; m++) {
                ok = acc.add(items.get(m).word());
            }
            if (ok && acc.complete()) {
                boolean weak = k == 1 && items.get(0).word().kind() == NumberWord.Kind.WEAK;
                double factor = acc.trailingFactor();
                return new NumberMatch(i, items.get(k - 1).tokenEnd(), acc.value(), acc.value() / factor,
                        factor, true, weak, false);
            }
        }
        return null;
    }

    /** Appends the number word(s) at token j; returns the token index after them, or j if none. */
    private int addWordItems(List<Token> toks, int j, List<Item> items) {
        Token w = toks.get(j);
        if (!w.isWord()) {
            return j;
        }
        PhraseTable.Match<NumberWord> m = lex.numbers.longestAt(toks, j);
        if (m != null) {
            items.add(new Item(m.value(), j + m.length()));
            return j + m.length();
        }
        List<NumberWord> parts = lex.splitCompound(w.lower());
        if (parts != null) {
            for (NumberWord p : parts) {
                items.add(new Item(p, j + 1));
            }
            return j + 1;
        }
        return j;
    }

    private int connectorLength(List<Token> toks, int j) {
        Token t = toks.get(j);
        if ((t.is("-") || t.is("‑")) && t.glued() && j + 1 < toks.size() && toks.get(j + 1).glued()) {
            return 1; // "twenty-one", "quatre-vingt-dix"
        }
        PhraseTable.Match<Boolean> c = lex.connectors.longestAt(toks, j);
        return c == null ? 0 : c.length();
    }

    /**
     * Parses digits with '.'/',' separators: when both occur the last one is the decimal mark;
     * one kind repeated is grouping; a single one is the language's decimal mark unless it is
     * the other mark followed by exactly three digits ("1.000" in pt, "1,000" in en).
     */
    static Double parseDigits(String raw, char decimalSep) {
        String s = raw.replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "").replace(" ", "");
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        char decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
        } else if (lastDot < 0 && lastComma < 0) {
            decimal = 0;
        } else {
            char sep = lastDot >= 0 ? '.' : ',';
            int idx = Math.max(lastDot, lastComma);
            boolean repeated = s.indexOf(sep) != idx;
            boolean threeAfter = s.length() - idx - 1 == 3;
            if (repeated) {
                decimal = 0;
            } else if (sep == decimalSep) {
                decimal = sep;
            } else {
                decimal = threeAfter ? 0 : sep;
            }
        }
        if (!groupsValid(s, decimal)) {
            return null; // "12.03.2024", "1,2,3": not one number
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == decimal) {
                b.append('.');
            } else if (c != '.' && c != ',') {
                b.append(c);
            }
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Grouped integer parts must look like 1–3 digits followed by 3-digit groups. */
    private static boolean groupsValid(String s, char decimal) {
        int d = decimal == 0 ? -1 : s.lastIndexOf(decimal);
        String intPart = d < 0 ? s : s.substring(0, d);
        String[] groups = intPart.split("[.,]", -1);
        if (groups.length == 1) {
            return true;
        }
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int k = 1; k < groups.length; k++) {
            if (groups[k].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
