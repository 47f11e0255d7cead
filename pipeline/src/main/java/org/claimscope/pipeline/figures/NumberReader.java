package org.claimscope.pipeline.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscope.model.Qualifier;

/** Reads one number (digits and/or words, with scale words) starting at a token. Thread-safe. */
final class NumberReader {

    /**
     * One number word found while reading. {@code denominator}: a fraction word ("fifths"), with
     * {@code word} null for a bare "avos" marker. {@code fractionJoin}: preceded by a word that
     * joins a whole number to a fraction ("and", "con"); {@code cardinalJoin}: that word (or a
     * hyphen) also joins parts of one cardinal ("thirty-two", "trinta e dois").
     */
    private record Item(NumberWord word, int tokenEnd, boolean denominator, boolean fractionJoin,
                        boolean cardinalJoin, boolean hyphenJoin) { }

    private static final Map<Character, Double> VULGAR_FRACTIONS = Map.ofEntries(
            Map.entry('½', 0.5), Map.entry('⅓', 1 / 3.0), Map.entry('⅔', 2 / 3.0), Map.entry('¼', 0.25),
            Map.entry('¾', 0.75), Map.entry('⅕', 0.2), Map.entry('⅖', 0.4), Map.entry('⅗', 0.6),
            Map.entry('⅘', 0.8), Map.entry('⅙', 1 / 6.0), Map.entry('⅚', 5 / 6.0), Map.entry('⅛', 0.125),
            Map.entry('⅜', 0.375), Map.entry('⅝', 0.625), Map.entry('⅞', 0.875));

    private final FigureLexicon lex;

    NumberReader(FigureLexicon lex) {
        this.lex = lex;
    }

    /**
     * Returns the number starting at token {@code i}, or null. {@code currencyBefore} enables
     * single-letter scale abbreviations that are ambiguous elsewhere ("£3m" vs "3m").
     */
    NumberMatch read(List<Token> toks, int i, boolean currencyBefore) {
        PhraseTable.Match<Boolean> neg = lex.negatives.longestAt(toks, i);
        PhraseTable.Match<Qualifier> qual = neg == null ? null : lex.qualifiersBefore.longestEndingAt(toks, i + neg.length());
        if (qual != null && qual.length() > neg.length()) {
            neg = null; // "pelo menos 300", "au moins 40": a qualifier, not a sign
        }
        if (neg != null && i + neg.length() < toks.size()) {
            NumberMatch m = readPositive(toks, i + neg.length(), currencyBefore);
            if (m != null && m.startTok() == i + neg.length()) {
                return new NumberMatch(i, m.endTok(), -m.value(), -m.base(), m.scaleFactor(), true, false, false);
            }
        }
        return readPositive(toks, i, currencyBefore);
    }

    private NumberMatch readPositive(List<Token> toks, int i, boolean currencyBefore) {
        Token t = toks.get(i);
        NumberMatch m = null;
        if (t.isNumber()) {
            m = readDigits(toks, i, currencyBefore);
        } else if (t.isWord()) {
            m = readWords(toks, i);
        } else if (t.text().length() == 1 && VULGAR_FRACTIONS.containsKey(t.text().charAt(0))) {
            double v = VULGAR_FRACTIONS.get(t.text().charAt(0));
            m = new NumberMatch(i, i + 1, v, v, 1, false, false, false);
        }
        if (m == null && t.isWord() && lex.decimalWords.longestAt(toks, i) != null && !pointIsNoun(toks, i)) {
            m = leadingPoint(toks, i);
        }
        if (m != null && t.isNumber() && !m.scaled() && m.value() == Math.rint(m.value()) && m.value() >= 0
                && m.endTok() < toks.size() && isVulgarFraction(toks.get(m.endTok()))) {
            // "2½", "1 ½"
            double v = m.value() + VULGAR_FRACTIONS.get(toks.get(m.endTok()).text().charAt(0));
            m = new NumberMatch(m.startTok(), m.endTok() + 1, v, v, 1, false, false, false);
        }
        return m == null ? null : over(toks, m);
    }

    /** "point five", "point 77": a spoken decimal with no whole part. */
    private NumberMatch leadingPoint(List<Token> toks, int i) {
        int j = i + lex.decimalWords.longestAt(toks, i).length();
        if (j < toks.size() && toks.get(j).isNumber() && !toks.get(j).glued() && toks.get(j).text().matches("\\d+")
                && !(j + 1 < toks.size() && toks.get(j + 1).glued() && !toks.get(j + 1).isWord())) {
            double v = Double.parseDouble("0." + toks.get(j).text());
            return new NumberMatch(i, j + 1, v, v, 1, true, false, false);
        }
        NumberMatch d = spokenDecimals(toks, new NumberMatch(i, i, 0, 0, 1, true, false, false));
        return d.endTok() > i ? d : null;
    }

    /**
     * "at that point five people", "fell 1 / 2 point 20 cents": after a determiner or a number the
     * decimal word is the noun "point".
     */
    private boolean pointIsNoun(List<Token> toks, int i) {
        return i > 0 && (lex.determinersBeforePoint.longestEndingAt(toks, i) != null || toks.get(i - 1).isNumber()
                || lex.numbers.longestEndingAt(toks, i) != null);
    }

    static boolean isVulgarFraction(Token t) {
        return t.text().length() == 1 && VULGAR_FRACTIONS.containsKey(t.text().charAt(0));
    }

    /** "one over three", "1 sobre 21", "two out of five hundred": a proper fraction. */
    private NumberMatch over(List<Token> toks, NumberMatch a) {
        PhraseTable.Match<Boolean> w = lex.overWords.longestAt(toks, a.endTok());
        int j = a.endTok() + (w == null ? 0 : w.length());
        if (w == null || j >= toks.size() || a.value() != Math.rint(a.value()) || a.value() <= 0) {
            return a;
        }
        Token t = toks.get(j);
        NumberMatch b = t.isNumber() ? readDigits(toks, j, false) : t.isWord() ? readWords(toks, j) : null;
        // "Voyager 2 in 1979", "won 3 in 2019": a year after "in" is a date, not a denominator
        if (b == null || b.startTok() != j || b.yearLike() || b.value() <= a.value() || b.value() != Math.rint(b.value())
                || lex.durations.longestAt(toks, b.endTok()) != null || lex.unitAt(toks, b.endTok()) != null) {
            return a;
        }
        double v = a.value() / b.value();
        return new NumberMatch(a.startTok(), b.endTok(), v, v, 1, a.words() || b.words(), false, false);
    }

    private NumberMatch readDigits(List<Token> toks, int i, boolean currencyBefore) {
        Token t = toks.get(i);
        Double parsed = parseDigits(t.text(), lex.decimalSeparator);
        if (parsed == null) {
            return null;
        }
        double base = parsed;
        int start = i;
        // a point glued to a word ends an abbreviation ("Rs.500", "No.5"), so it is no decimal point
        if (i > 0 && t.glued() && toks.get(i - 1).is(String.valueOf(lex.decimalSeparator)) && t.text().matches("\\d+")
                && (i == 1 || !toks.get(i - 1).glued() || !(toks.get(i - 2).isNumber() || toks.get(i - 2).isWord()))) {
            base = Double.parseDouble("0." + t.text()); // ",08" / ".25"
            start = i - 1;
        }
        int j = i + 1;
        double[] own = digitFraction(toks, i);
        if (own != null && start == i) {
            base = own[0]; // "3/4"
            j = i + 3;
        }
        // "1 1/4": a whole number followed by a proper fraction
        double[] frac = own != null ? null : digitFraction(toks, j);
        if (frac != null && !toks.get(j).glued() && t.text().matches("\\d+")) {
            base += frac[0];
            j += 3;
        } else if (own == null && start == i && t.text().matches("\\d+")) {
            // "6 and 1/4": a whole number, a fraction connector of the language, then a proper fraction in digits
            PhraseTable.Match<Boolean> fc = lex.fractionConnectors.longestAt(toks, j);
            double[] joined = fc == null ? null : digitFraction(toks, j + fc.length());
            if (joined != null && !toks.get(j + fc.length()).glued()) {
                base += joined[0];
                j += fc.length() + 3;
            }
        }
        int[] end = {j};
        double exp = exponent(toks, j, base, end);
        if (end[0] > j) {
            base = exp;
            j = end[0];
        }
        if (start > 0 && isMinus(toks.get(start - 1)) && (toks.get(start).glued() || start - 1 == 0)
                && (start == 1 || !toks.get(start - 1).glued() || toks.get(start - 2).is("("))) {
            start--;
            base = -base;
        }
        NumberAccumulator acc = new NumberAccumulator(lex.vigesimal);
        acc.startWith(base);
        boolean afterScaleWord = false;
        if (j + 1 < toks.size() && isHyphen(toks.get(j)) && toks.get(j).glued() && toks.get(j + 1).glued()) {
            PhraseTable.Match<NumberWord> sc = lex.numbers.longestAt(toks, j + 1);
            if (sc != null && sc.value().kind() == NumberWord.Kind.SCALE) {
                j++; // "a $2-million grant"
            }
        }
        int first = j;
        NumberAccumulator beforeJoin = null; // state before "and 2", to undo when "hundred" follows
        int joinAt = -1;
        while (j < toks.size()) {
            Token nx = toks.get(j);
            if (j == first && centsAfterDigits(toks, start, j, base)) {
                break; // French "1,20 cents", "en baisse de 34 cents" are cents, not hundreds
            }
            NumberWord w = null;
            int len = 0;
            PhraseTable.Match<FigureLexicon.Abbreviation> ab = lex.abbreviations.longestAt(toks, j);
            if (ab != null && ab.value().capitalOnly() && !nx.text().equals(nx.text().toUpperCase(java.util.Locale.ROOT))) {
                ab = null;
            }
            if (ab != null && j == first && (!ab.value().glued() || nx.glued())
                    && (!ab.value().needsCurrency() || currencyBefore || upperCaseScale(nx, ab.value())
                        || lex.currencySuffixes.longestAt(toks, j + ab.length()) != null // "300m euros"
                        || (nx.glued() && ab.value().factor() >= 1e9 && base != Math.rint(base)))
                    && !letterGluedAfter(toks, j + ab.length()) && !mobileGeneration(nx, base)) {
                w = new NumberWord(ab.value().factor(), NumberWord.Kind.SCALE, true);
                len = ab.length();
            } else {
                PhraseTable.Match<NumberWord> m = lex.numbers.longestAt(toks, j);
                NumberWord.Kind k = m == null ? null : m.value().kind();
                if (m != null && (k == NumberWord.Kind.SCALE || k == NumberWord.Kind.MULTIPLIER
                        || k == NumberWord.Kind.HALF || (afterScaleWord && k != NumberWord.Kind.ARTICLE))) {
                    w = m.value();
                    len = m.length();
                } else if (afterScaleWord && nx.isNumber() && nx.text().matches("\\d{1,3}") && !nx.glued()) {
                    w = new NumberWord(Double.parseDouble(nx.text()), NumberWord.Kind.UNIT, false);
                    len = 1; // "4 thousand 3 hundred and 21"
                } else if (afterScaleWord && j > first) {
                    int conn = connectorLength(toks, j);
                    if (conn > 0 && j + conn < toks.size()) {
                        NumberAccumulator probe = acc.copy();
                        Token after = toks.get(j + conn);
                        PhraseTable.Match<NumberWord> am = lex.numbers.longestAt(toks, j + conn);
                        NumberWord aw = am != null ? am.value() : after.isNumber() && after.text().matches("\\d{1,3}")
                                ? new NumberWord(Double.parseDouble(after.text()), NumberWord.Kind.UNIT, false) : null;
                        if (aw != null && probe.add(aw)) {
                            beforeJoin = acc;
                            joinAt = j;
                            j += conn;
                            continue;
                        }
                    }
                }
            }
            if (w == null) {
                break;
            }
            NumberAccumulator tryAcc = acc.copy();
            if (!tryAcc.add(w)) {
                if (beforeJoin != null && (w.kind() == NumberWord.Kind.MULTIPLIER || w.kind() == NumberWord.Kind.SCALE)
                        && joinAt + 3 >= j) {
                    acc = beforeJoin; // "3 hundred and 2 hundred": two numbers
                    j = joinAt;
                }
                break;
            }
            acc = tryAcc;
            afterScaleWord = w.kind() == NumberWord.Kind.SCALE || w.kind() == NumberWord.Kind.MULTIPLIER;
            j += len;
        }
        boolean yearLike = j == i + 1 && start == i && t.text().length() == 4 && base >= 1900 && base <= 2100;
        double factor = acc.trailingFactor();
        return new NumberMatch(start, j, acc.value(), acc.value() / factor, factor, false, false, yearLike);
    }

    /**
     * A minor unit that is also a hundred ("cents" in French) right after digits is the minor unit after a
     * decimal ("1,20 cents": nobody writes 120 so) or where the amount is said as money ("en baisse de 34
     * cents", "un dividende de 12 cents"); "322 cents" alone stays 32 200.
     */
    private boolean centsAfterDigits(List<Token> toks, int start, int j, double base) {
        PhraseTable.Match<Boolean> cents = lex.minorAfterDigits.longestAt(toks, j);
        return cents != null && (base != Math.rint(base) || MoneyPhrases.saidAsMoney(lex, toks, start, j + cents.length()));
    }

    /** "3G", "5G": a network generation, not billions. */
    private static boolean mobileGeneration(Token t, double base) {
        return t.text().equals("G") && t.glued() && base < 10 && base == Math.rint(base);
    }

    private static boolean isMinus(Token t) {
        return t.is("-") || t.is("−");
    }

    /**
     * "10M", "1.2B": upper-case letters glued to digits are scales even without a currency (as is
     * a lower-case "b" after a decimal, "1.2b": no unit is written so).
     */
    private static boolean upperCaseScale(Token t, FigureLexicon.Abbreviation ab) {
        return t.glued() && t.text().length() <= 2 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
                && ab.factor() >= 1e6 && ab.factor() < 1e12; // "10M", "1.2B", "1MM" (millimetres are "mm"); "3T" is tonnes
    }

    /** "3/4" at j: [value] when it is a proper fraction of small integers and not part of a date. */
    static double[] digitFraction(List<Token> toks, int j) {
        if (j + 2 >= toks.size()) {
            return null;
        }
        Token a = toks.get(j);
        Token slash = toks.get(j + 1);
        Token b = toks.get(j + 2);
        if (!a.isNumber() || !slash.is("/") || !b.isNumber() || !slash.glued() || !b.glued()
                || !a.text().matches("\\d{1,3}") || !b.text().matches("\\d{1,3}")) {
            return null;
        }
        if (j + 3 < toks.size() && toks.get(j + 3).glued() && toks.get(j + 3).is("/")) {
            return null;
        }
        if (j > 0 && a.glued() && toks.get(j - 1).is("/")) {
            return null;
        }
        double n = Double.parseDouble(a.text());
        double d = Double.parseDouble(b.text());
        return d > n && n > 0 ? new double[] {n / d} : null;
    }

    /** "1e10", "12,32e+14", "1.1^23", "1.3x10^6": returns the value and sets end[0] past it. */
    private static double exponent(List<Token> toks, int j, double base, int[] end) {
        end[0] = j;
        if (j + 1 >= toks.size()) {
            return base;
        }
        Token t = toks.get(j);
        int k = j + 1;
        // "1.3x10^6", and spaced on both sides "7 × 10^9"
        boolean times10 = (t.is("x") || t.is("×")) && toks.get(k).is("10") && toks.get(k).glued() == t.glued()
                && k + 1 < toks.size() && toks.get(k + 1).is("^") && toks.get(k + 1).glued();
        if (!t.glued() && !times10) {
            return base;
        }
        boolean power = t.is("^");
        if (!(t.is("e") || power || times10)) {
            return base;
        }
        if (times10) {
            k += 2;
        }
        int sign = 1;
        while (k < toks.size() && toks.get(k).glued() && (toks.get(k).is("+") || isMinus(toks.get(k)))) {
            sign = isMinus(toks.get(k)) ? -sign : sign;
            k++;
        }
        if (k >= toks.size() || !toks.get(k).glued() || !toks.get(k).isNumber() || !toks.get(k).text().matches("\\d+")) {
            return base;
        }
        double e = sign * Double.parseDouble(toks.get(k).text());
        end[0] = k + 1;
        return power ? Math.signum(base) * Math.pow(Math.abs(base), e) : base * Math.pow(10, e);
    }

    private static boolean letterGluedAfter(List<Token> toks, int j) {
        return j < toks.size() && toks.get(j).glued() && toks.get(j).isWord();
    }

    private NumberMatch readWords(List<Token> toks, int i) {
        List<Item> items = new ArrayList<>();
        int j = i;
        boolean fracJoin = false;
        boolean cardJoin = false;
        boolean hyphen = false;
        while (j < toks.size()) {
            int next = addWordItems(toks, j, items, fracJoin, cardJoin, hyphen);
            if (next > j) {
                j = next;
                fracJoin = false;
                cardJoin = false;
                hyphen = false;
                if (items.get(items.size() - 1).denominator()) {
                    break; // a fraction word ends the number
                }
                continue;
            }
            if (items.isEmpty()) {
                break;
            }
            int conn = connectorLength(toks, j);
            if (conn == 0 && lex.commaAfterScaleJoins && toks.get(j).is(",")
                    && items.get(items.size() - 1).word() != null
                    && items.get(items.size() - 1).word().kind() == NumberWord.Kind.SCALE) {
                conn = 1; // "one thousand, two hundred": the comma after a scale word joins (a list does not parse)
            }
            PhraseTable.Match<Boolean> fc = lex.fractionConnectors.longestAt(toks, j);
            int len = Math.max(conn, fc == null ? 0 : fc.length());
            if (len > 0 && j + len < toks.size()
                    && addWordItems(toks, j + len, new ArrayList<>(), false, false, false) > j + len) {
                fracJoin = fc != null && fc.length() == len;
                cardJoin = conn == len;
                hyphen = cardJoin && isHyphen(toks.get(j));
                j += len;
                continue;
            }
            break;
        }
        int den = items.isEmpty() || !items.get(items.size() - 1).denominator() ? -1 : items.size() - 1;
        if (den >= 0) {
            NumberMatch f = fraction(toks, i, items, den);
            if (f != null) {
                return f;
            }
            // "the twenty-first century": one ordinal, so its "twenty" is no number either
            items = items.subList(0, compoundOrdinal(items, den) ? den - 1 : den);
        }
        int limit = items.size();
        for (int k = 1; k < items.size(); k++) {
            if (!items.get(k).cardinalJoin() && items.get(k).fractionJoin()) {
                limit = k; // "siete con cincuenta" is not one cardinal
                break;
            }
        }
        for (int k = limit; k >= 1; k--) {
            if (k < items.size() && items.get(k - 1).tokenEnd() == items.get(k).tokenEnd()) {
                continue; // cannot cut inside one compound word
            }
            if (k < items.size() && k > 1 && startsNoNumber(items.get(k)) && items.get(k - 1).cardinalJoin()
                    && !items.get(k - 1).hyphenJoin()) {
                continue; // "three hundred and two hundred" is 300 and 200, not 302 and a stray "hundred"
            }
            NumberAccumulator acc = accumulate(items, 0, k, false);
            if (acc != null) {
                boolean weak = k == 1 && items.get(0).word().kind() == NumberWord.Kind.WEAK;
                double factor = acc.trailingFactor();
                NumberMatch m = new NumberMatch(i, items.get(k - 1).tokenEnd(), acc.value(), acc.value() / factor,
                        factor, true, weak, false);
                return spokenDecimals(toks, m);
            }
        }
        return null;
    }

    private static boolean startsNoNumber(Item it) {
        return it.word() != null && !it.denominator() && (it.word().kind() == NumberWord.Kind.MULTIPLIER
                || it.word().kind() == NumberWord.Kind.SCALE);
    }

    /** Accumulates items [from, to) into one cardinal; a lone article counts as 1 when allowed. */
    private NumberAccumulator accumulate(List<Item> items, int from, int to, boolean articleIsOne) {
        if (to <= from) {
            return null;
        }
        if (articleIsOne && to - from == 1 && items.get(from).word() != null
                && items.get(from).word().kind() == NumberWord.Kind.ARTICLE) {
            NumberAccumulator one = new NumberAccumulator(lex.vigesimal);
            one.startWith(1);
            return one;
        }
        NumberAccumulator acc = new NumberAccumulator(lex.vigesimal);
        for (int m = from; m < to; m++) {
            Item it = items.get(m);
            if (it.word() == null || !acc.add(it.word())) {
                return null;
            }
        }
        return acc.complete() ? acc : null;
    }

    /**
     * A fraction ending with the denominator word at {@code den}: the longest denominator that
     * leaves a numerator ("one hundred | thirty fifths" = 100/35, "three | twenty firsts" = 3/21).
     * After a joining word a proper fraction is added to the whole number before it ("three and a
     * fifth" = 3.2, "six million and two thirds" = 6 666 667); otherwise all of it is the numerator.
     */
    private NumberMatch fraction(List<Token> toks, int i, List<Item> items, int den) {
        Item last = items.get(den);
        for (int q = 0; q <= den; q++) {
            Double d = denominator(items, q, den);
            if (d == null || d == 0) {
                continue;
            }
            Double v = null;
            double[] whole = {0, 0};
            if (q == 0) {
                int[] probe = {0};
                if (last.word() != null && (d == 2 || scaleAfterFraction(toks, last.tokenEnd(), probe) > 1)) {
                    v = 1 / d; // a lone "half", "demi", "mitad"; "quarter million"
                }
            } else {
                v = numeratorOver(items, q, d, whole);
            }
            if (v == null) {
                continue;
            }
            int end = last.tokenEnd();
            double factor = 1;
            int[] after = {end};
            double scale = scaleAfterFraction(toks, end, after);
            if (scale > 1) {
                // "one billion and a quarter million": the scale belongs to the fraction alone
                v = whole[0] > 0 ? whole[0] + whole[1] * scale : v * scale;
                end = after[0];
                factor = scale;
            }
            return new NumberMatch(i, end, v, v / factor, factor, true, q == 0 && factor == 1, false);
        }
        return null;
    }

    /** "twenty-first", "thirty-fifths": a ten and a unit ordinal joined by a hyphen. */
    private static boolean compoundOrdinal(List<Item> items, int den) {
        Item last = items.get(den);
        Item ten = den > 0 ? items.get(den - 1).word() == null ? null : items.get(den - 1) : null;
        return last.hyphenJoin() && last.word() != null && last.word().value() < 10 && ten != null
                && ten.word().kind() == NumberWord.Kind.TEN;
    }

    private Double denominator(List<Item> items, int q, int den) {
        Item last = items.get(den);
        if (q < den) {
            Item head = items.get(q);
            if (head.word() == null || head.word().kind() == NumberWord.Kind.MULTIPLIER
                    || head.word().kind() == NumberWord.Kind.SCALE || head.word().kind() == NumberWord.Kind.ARTICLE
                    || (head.fractionJoin() && !head.cardinalJoin()) || (q > 0 && items.get(q - 1).tokenEnd() == head.tokenEnd())
                    || head.hyphenJoin()) {
                return null; // "fifty-four hundredths": a hyphen joins one cardinal, the numerator
            }
            if (!lex.compoundDenominators && last.word() != null && last.word().value() < 100) {
                // Spanish "ciento treinta quintos" is 130/5 (35ths need "y" or "avos"), but
                // "tres dos milésimos" is 3/2000: only scale ordinals combine with a cardinal
                return null;
            }
        }
        if (last.word() != null && den - q > 1 && last.word().value() >= 100) {
            return null; // "two hundred and fifty-four hundredths" is 200.54, not 200/5400
        }
        if (last.word() == null) {
            NumberAccumulator acc = accumulate(items, q, den, false);
            return acc == null ? null : acc.value(); // "vinte e um avos"
        }
        if (q == den) {
            if (compoundOrdinal(items, den)) {
                return null; // "twenty-first" is one ordinal, not twenty firsts ("two-thirds" is 2/3)
            }
            return last.word().value();
        }
        NumberAccumulator acc = accumulate(items, q, den, false);
        if (acc == null || !acc.add(last.word())) {
            return null;
        }
        return acc.value();
    }

    /**
     * The value of the fraction. When a whole part ending in a scale word comes first ("one
     * billion and a quarter"), {@code scaledWhole} is set to {whole part, bare fraction}.
     */
    private Double numeratorOver(List<Item> items, int q, double d, double[] scaledWhole) {
        for (int r = q - 1; r >= 1; r--) {
            if (items.get(r).fractionJoin()) {
                NumberAccumulator whole = accumulate(items, 0, r, false);
                NumberAccumulator part = accumulate(items, r, q, true);
                if (whole != null && part != null && part.value() / d < 1) {
                    boolean scaled = items.get(r - 1).word().kind() == NumberWord.Kind.SCALE;
                    double unit = scaled ? whole.trailingFactor() : 1;
                    scaledWhole[0] = scaled ? whole.value() : 0;
                    scaledWhole[1] = part.value() / d;
                    return whole.value() + unit * part.value() / d;
                }
                break;
            }
        }
        NumberAccumulator all = accumulate(items, 0, q, true);
        return all == null ? null : all.value() / d;
    }

    /** "two thirds of a million", "eine halbe Million", "ein halbes Dutzend": returns the factor. */
    private double scaleAfterFraction(List<Token> toks, int j, int[] end) {
        int k = j;
        PhraseTable.Match<Boolean> of = lex.ofWords.longestAt(toks, k);
        if (of != null) {
            k += of.length();
        }
        PhraseTable.Match<NumberWord> art = lex.numbers.longestAt(toks, k);
        if (art != null && (art.value().kind() == NumberWord.Kind.ARTICLE || art.value().kind() == NumberWord.Kind.WEAK)) {
            k += art.length();
        }
        if (k < toks.size() && toks.get(k).is("-") && toks.get(k).glued()) {
            k++;
        }
        PhraseTable.Match<NumberWord> sc = lex.numbers.longestAt(toks, k);
        if (sc != null && (sc.value().kind() == NumberWord.Kind.SCALE || sc.value().kind() == NumberWord.Kind.MULTIPLIER)) {
            end[0] = k + sc.length();
            return sc.value().value();
        }
        return 1;
    }

    /** "sete vírgula cinco", "two hundred point zero three", "siete con cincuenta". */
    private NumberMatch spokenDecimals(List<Token> toks, NumberMatch m) {
        int j = m.endTok();
        PhraseTable.Match<Boolean> dw = lex.decimalWords.longestAt(toks, j);
        if (dw == null || m.value() != Math.rint(m.value())) {
            return m;
        }
        j += dw.length();
        StringBuilder digits = new StringBuilder();
        int end = j;
        while (end < toks.size()) {
            PhraseTable.Match<NumberWord> w = lex.numbers.longestAt(toks, end);
            if (w == null || w.length() != 1 || w.value().value() > 9 || w.value().value() != Math.rint(w.value().value())
                    || w.value().kind() == NumberWord.Kind.ARTICLE) {
                break;
            }
            digits.append((long) w.value().value());
            end++;
        }
        if (digits.length() < 2) {
            NumberMatch part = end < toks.size() ? readWords(toks, j) : null;
            if (part == null || part.value() != Math.rint(part.value()) || part.value() < 0) {
                if (digits.length() == 0) {
                    return m;
                }
            } else {
                digits.setLength(0);
                if (part.scaled() && part.base() == Math.rint(part.base())) {
                    // "one point five billion": the scale closes the decimal
                    double d = m.value() + Math.signum(m.value() == 0 ? 1 : m.value())
                            * Double.parseDouble("0." + (long) part.base());
                    return new NumberMatch(m.startTok(), part.endTok(), d * part.scaleFactor(), d, part.scaleFactor(),
                            true, false, false);
                }
                digits.append((long) part.value());
                end = part.endTok();
            }
        }
        double v = m.value() + Math.signum(m.value() == 0 ? 1 : m.value()) * Double.parseDouble("0." + digits);
        PhraseTable.Match<NumberWord> sc = end < toks.size() ? lex.numbers.longestAt(toks, end) : null;
        if (sc != null && sc.value().kind() == NumberWord.Kind.SCALE) {
            // "seven point two five million"
            return new NumberMatch(m.startTok(), end + sc.length(), v * sc.value().value(), v, sc.value().value(),
                    true, false, false);
        }
        return new NumberMatch(m.startTok(), end, v, v, 1, true, false, false);
    }

    /** Appends the number word(s) at token j; returns the token index after them, or j if none. */
    private int addWordItems(List<Token> toks, int j, List<Item> items, boolean fracJoin, boolean cardJoin,
                             boolean hyphen) {
        Token w = toks.get(j);
        if (!w.isWord()) {
            return j;
        }
        PhraseTable.Match<NumberWord> m = lex.numbers.longestAt(toks, j);
        PhraseTable.Match<Double> o = lex.ordinals.longestAt(toks, j);
        if (o != null && (m == null || o.length() >= m.length())) {
            NumberWord ow = o.value() == 0 ? null : new NumberWord(o.value(), kindOf(o.value()), true);
            items.add(new Item(ow, j + o.length(), true, fracJoin, cardJoin, hyphen));
            return j + o.length();
        }
        if (m != null) {
            items.add(new Item(m.value(), j + m.length(), false, fracJoin, cardJoin, hyphen));
            return j + m.length();
        }
        List<NumberWord> parts = lex.splitCompound(w.lower());
        if (parts != null) {
            for (NumberWord p : parts) {
                items.add(new Item(p, j + 1, false, fracJoin, cardJoin, hyphen));
            }
            return j + 1;
        }
        Double d = lex.derivedOrdinal(w.lower());
        if (d != null) {
            items.add(new Item(new NumberWord(d, kindOf(d), true), j + 1, true, fracJoin, cardJoin, hyphen));
            return j + 1;
        }
        return j;
    }

    /** How a denominator value combines with the cardinal words before it. */
    private static NumberWord.Kind kindOf(double v) {
        if (v >= 1000) {
            return NumberWord.Kind.SCALE;
        }
        if (v == 100) {
            return NumberWord.Kind.MULTIPLIER;
        }
        if (v > 100) {
            return NumberWord.Kind.HUNDRED;
        }
        return v >= 20 && v % 10 == 0 ? NumberWord.Kind.TEN : NumberWord.Kind.UNIT;
    }

    static boolean isHyphen(Token t) {
        return t.is("-") || t.is("‑");
    }

    private int connectorLength(List<Token> toks, int j) {
        Token t = toks.get(j);
        PhraseTable.Match<Boolean> c = lex.connectors.longestAt(toks, j);
        if (c != null && c.length() > 1) {
            return c.length(); // "vingt-et-un": a hyphenated joining word
        }
        if (isHyphen(t) && j + 1 < toks.size() && toks.get(j + 1).isWord()
                && (t.glued() == toks.get(j + 1).glued()) && j > 0 && toks.get(j - 1).isWord()) {
            return 1; // "twenty-one", "quatre-vingt-dix", "fifty - two"
        }
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

    /** Grouped integer parts must look like 1–3 digits followed by 3-digit groups, or Indian "12,34,567". */
    private static boolean groupsValid(String s, char decimal) {
        int d = decimal == 0 ? -1 : s.lastIndexOf(decimal);
        String intPart = d < 0 ? s : s.substring(0, d);
        if (decimal != ',' && intPart.matches("\\d{1,2}(?:,\\d{2})+,\\d{3}")) {
            return true; // lakh grouping: "12,34,567.89"
        }
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
