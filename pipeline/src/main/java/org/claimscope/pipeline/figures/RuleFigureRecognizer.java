package org.claimscope.pipeline.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;
import org.claimscope.model.Qualifier;
import org.claimscope.model.Span;

/**
 * Rule- and lexicon-based {@link FigureRecognizer} for pt, en, es, fr and de (other languages
 * fall back to English rules). Lexicons are loaded once in the constructor and never modified,
 * so one instance can be shared between threads.
 *
 * <p>Design choices: "quase"/"nearly"/"almost" are {@link Qualifier#JUST_UNDER} (the speaker
 * says the true value is a little below); bare years (4-digit 1900–2100 integers without a unit)
 * are never figures; a lone "one"/"um" is reported only with a unit ("um ano", "one dollar").
 */
public final class RuleFigureRecognizer implements FigureRecognizer {

    public static final List<String> LANGUAGES = List.of("pt", "en", "es", "fr", "de");

    /** Phone numbers: "(11) 3333-4444", "+55 11 98765-4321", "555-1234". */
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,3}\\)\\s?|\\b\\d{2,3}[\\s.-])?\\b\\d{3,5}-\\d{4}\\b");

    /** Unit of amounts in a minor currency unit ("50 cents", "34 centavos"), kept as stated. */
    public static final String MINOR_UNIT = "¢";

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private record Language(FigureLexicon lex, Tokenizer tokenizer, NumberReader reader) { }

    /** {@code qualStart}: first token of the qualifier words before the figure (= startTok if none). */
    private record Candidate(FigureType type, int qualStart, int startTok, int endTok, NumberMatch num,
                             String unit, Qualifier qualifier, boolean rangeOpen) {

        boolean lowerBound() {
            return qualifier == Qualifier.MORE_THAN || qualifier == Qualifier.AT_LEAST;
        }

        boolean upperBound() {
            return qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.AT_MOST || qualifier == Qualifier.UP_TO;
        }
    }

    private final Map<String, Language> languages = new TreeMap<>();
    private final FigurePolicy policy;

    /** The pipeline's recognizer: {@link FigurePolicy#NEWS}. */
    public RuleFigureRecognizer() {
        this(FigurePolicy.NEWS);
    }

    public RuleFigureRecognizer(FigurePolicy policy) {
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
        for (String code : LANGUAGES) {
            FigureLexicon lex = FigureLexicon.load(code);
            if (lex == null) {
                continue;
            }
            languages.put(code, new Language(lex, new Tokenizer(lex.spaceGroupsDigits), new NumberReader(lex)));
        }
    }

    @Override
    public List<Figure> recognize(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Language lang = languages.getOrDefault(normalizeLanguage(language), languages.get("en"));
        List<Token> toks = lang.tokenizer().tokenize(text);
        boolean[] skip = nonFigureTokens(text, toks, lang.lex(), policy.newsConventions());
        List<Candidate> cands = new ArrayList<>();
        java.util.Set<String> named = null; // letter currencies whose country the text names, found on first need
        int free = 0; // tokens before this belong to an earlier figure ("10 $ 30 $")
        for (int i = 0; i < toks.size(); i++) {
            if (skip[i] || !(toks.get(i).isNumber() || toks.get(i).isWord() || NumberReader.isVulgarFraction(toks.get(i)))) {
                continue;
            }
            PhraseTable.Match<String> prefix = prefixFrom(lang.lex(), toks, i, free);
            if (prefix == null && i > free && scaledCode(lang.lex(), toks.get(i - 1)) != null) {
                prefix = new PhraseTable.Match<>(1, scaledCode(lang.lex(), toks.get(i - 1)).iso()); // "MAUD 60"
            }
            String letter = prefix == null ? letterCurrency(lang.lex(), toks, i, free) : null;
            if (letter != null) {
                prefix = new PhraseTable.Match<>(1, letter); // "R48 000", "R4.8bn"
            }
            if (toks.get(i).isNumber() && prefix == null && digitsInsideWord(toks, i)) {
                continue;
            }
            NumberMatch nm = lang.reader().read(toks, i, prefix != null);
            if (letter != null && nm != null && !moneyShaped(toks, nm)) {
                if (named == null) {
                    named = namedLetterCurrencies(lang.lex(), toks);
                }
                if (!named.contains(letter) || !MoneyPhrases.saidAsMoney(lang.lex(), toks, i - 1, nm.endTok())) {
                    continue; // "paid R350" where the text names South Africa; not "the R100 to Durban", "N95 masks"
                }
            }
            if (nm == null) {
                nm = articleBeforeMultipleOfTime(lang.lex(), toks, i);
            }
            if (nm == null) {
                nm = halfBeforePercent(lang.lex(), toks, i);
            }
            if (nm == null) {
                nm = MoneyPhrases.articleBeforeCurrency(lang.lex(), toks, i);
            }
            if (nm == null) {
                continue;
            }
            if (nm.startTok() < i) {
                prefix = prefixFrom(lang.lex(), toks, nm.startTok(), free);
            }
            Candidate c = candidate(lang, toks, nm, prefix);
            if (c != null) {
                cands.add(c);
                i = c.endTok() - 1;
                free = c.endTok();
            } else {
                i = Math.max(i, nm.endTok() - 1);
            }
        }
        List<Figure> figures = policy.rangesAsBounds() ? bounds(text, toks, cands) : toFigures(text, toks, lang.lex(), cands);
        return policy.newsConventions() ? figures : DigitGroups.split(text, figures);
    }

    /**
     * "a decade", "um século": the article counts as one only before a word that is itself a multiple of a
     * time unit — "a year" after an amount is a rate ("£1,100 a year"), "a decade" never is — or after a
     * qualifier ("more than a year", "nearly a month").
     */
    private static NumberMatch articleBeforeMultipleOfTime(FigureLexicon lex, List<Token> toks, int i) {
        PhraseTable.Match<NumberWord> art = lex.numbers.longestAt(toks, i);
        if (art == null || art.value().kind() != NumberWord.Kind.ARTICLE) {
            return null;
        }
        PhraseTable.Match<FigureLexicon.DurationUnit> dur = lex.durations.longestAt(toks, i + art.length());
        // "half a day" and "an hour and a half" are never rates
        boolean half = art.value().value() < 1 || (dur != null && halfAt(lex, toks, i + art.length() + dur.length()));
        if (dur == null || (dur.value().factor() == 1 && !half && lex.qualifiersBefore.longestEndingAt(toks, i) == null)) {
            return null; // "more than a year" is a duration; a bare "a year" is a rate or a point in time
        }
        double v = art.value().value(); // "half a decade" is five years
        return new NumberMatch(i, i + art.length(), v, v, 1, true, false, false);
    }

    /**
     * "two hours and a half", "a dollar and a quarter": a whole number of a unit followed by "and a half"
     * (a number word of kind HALF) at {@code end[0]} takes that part of the unit on; end[0] is moved past it.
     */
    private static NumberMatch plusHalfOfUnit(FigureLexicon lex, List<Token> toks, NumberMatch nm, int[] end) {
        if (!halfAt(lex, toks, end[0]) || nm.value() != Math.rint(nm.value()) || nm.scaled()) {
            return nm;
        }
        PhraseTable.Match<NumberWord> half = lex.numbers.longestAt(toks, end[0]);
        end[0] += half.length();
        double v = nm.value() + half.value().value();
        return new NumberMatch(nm.startTok(), nm.endTok(), v, v, 1, nm.words(), false, false);
    }

    /** True when "and a half" (a number word of kind HALF) starts at k. */
    private static boolean halfAt(FigureLexicon lex, List<Token> toks, int k) {
        PhraseTable.Match<NumberWord> half = lex.numbers.longestAt(toks, k);
        return half != null && half.value().kind() == NumberWord.Kind.HALF;
    }

    /** "half a percentage point", "half a per cent": the article-like "half a" is the number. */
    private static NumberMatch halfBeforePercent(FigureLexicon lex, List<Token> toks, int i) {
        PhraseTable.Match<NumberWord> art = lex.numbers.longestAt(toks, i);
        if (art == null || art.value().kind() != NumberWord.Kind.ARTICLE || art.value().value() >= 1
                || lex.percents.longestAt(toks, i + art.length()) == null) {
            return null;
        }
        double v = art.value().value();
        return new NumberMatch(i, i + art.length(), v, v, 1, true, false, false);
    }

    private static PhraseTable.Match<String> prefixFrom(FigureLexicon lex, List<Token> toks, int i, int free) {
        PhraseTable.Match<String> m = lex.currencyPrefixes.longestEndingAt(toks, i);
        if (m == null && IsoCurrencies.codeAt(toks, i - 1) != null) {
            m = new PhraseTable.Match<>(1, IsoCurrencies.codeAt(toks, i - 1)); // "MYR 42", "UAH3.04"
        }
        return m == null || i - m.length() < free ? null : m;
    }

    /**
     * The currency of a capital letter standing alone right before glued digits ("R48 000" in South African
     * press, "N500 million" in Nigerian), or null.
     */
    private static String letterCurrency(FigureLexicon lex, List<Token> toks, int i, int free) {
        if (i < 1 || i - 1 < free || !toks.get(i).isNumber() || !toks.get(i).glued()) {
            return null;
        }
        Token letter = toks.get(i - 1);
        if (letter.text().length() != 1 || !Character.isUpperCase(letter.text().charAt(0)) || (letter.glued() && i > 1)) {
            return null;
        }
        PhraseTable.Match<String> m = lex.letterCurrencies.longestAt(toks, i - 1);
        return m == null ? null : m.value();
    }

    /** Digits grouped in thousands ("48 000", "48,000") or a scale ("4.8 million", "20bn"): an amount, not a code. */
    private static boolean moneyShaped(List<Token> toks, NumberMatch nm) {
        return nm.scaled() || toks.get(nm.startTok()).text().matches("\\d{1,3}(?:[ ,.\u00A0\u202F]\\d{3})+(?:[.,]\\d{1,2})?");
    }

    /** The letter currencies whose country or name the text mentions ("South Africa", "rand"). */
    private static java.util.Set<String> namedLetterCurrencies(FigureLexicon lex, List<Token> toks) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int k = 0; k < toks.size(); k++) {
            PhraseTable.Match<String> m = lex.letterCurrencyContext.longestAt(toks, k);
            if (m != null) {
                out.add(m.value());
            }
        }
        return out;
    }

    static String normalizeLanguage(String language) {
        if (language == null) {
            return "en";
        }
        String l = language.toLowerCase(Locale.ROOT);
        return l.length() > 2 ? l.substring(0, 2) : l;
    }

    private static boolean digitsInsideWord(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.glued() || i == 0) {
            return false;
        }
        Token prev = toks.get(i - 1);
        if (prev.isWord()) {
            return true; // "a16z", "G20"
        }
        return prev.is("-") && i >= 2 && prev.glued() && toks.get(i - 2).isWord(); // "COVID-19"
    }

    /** Marks tokens of dates, clock times, fractions, phone numbers and scores. */
    private static boolean[] nonFigureTokens(String text, List<Token> toks, FigureLexicon lex, boolean news) {
        boolean[] skip = new boolean[toks.size()];
        if (news) {
            markScores(toks, lex, skip);
        }
        for (int k = 0; k + 2 < toks.size(); k++) {
            Token a = toks.get(k);
            Token sep = toks.get(k + 1);
            Token b = toks.get(k + 2);
            if (!a.isNumber() || !b.isNumber() || !sep.glued() || !b.glued()) {
                continue;
            }
            boolean dateOrTime = sep.is(":") || (sep.is("/") && NumberReader.digitFraction(toks, k) == null);
            boolean isoDate = sep.is("-") && k + 4 < toks.size() && toks.get(k + 3).is("-")
                    && toks.get(k + 3).glued() && toks.get(k + 4).isNumber() && toks.get(k + 4).glued();
            boolean yearMonth = sep.is("-") && a.text().length() == 4 && b.text().length() == 2;
            if (dateOrTime || isoDate || yearMonth) {
                skip[k] = true;
                skip[k + 2] = true;
                if (isoDate) {
                    skip[k + 4] = true;
                }
            }
        }
        Matcher u = URL.matcher(text);
        while (u.find()) {
            for (int k = 0; k < toks.size(); k++) {
                if (toks.get(k).start() < u.end() && u.start() < toks.get(k).end()) {
                    skip[k] = true;
                }
            }
        }
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            if (roundRange(m.group(), text, m.end(), lex)) {
                continue;
            }
            for (int k = 0; k < toks.size(); k++) {
                if (toks.get(k).start() < m.end() && m.start() < toks.get(k).end()) {
                    skip[k] = true;
                }
            }
        }
        return skip;
    }

    private static final Pattern PLAIN_PAIR = Pattern.compile("(\\d+)-(\\d+)");

    /**
     * "100-1000 liters", "500-1000 people" look like a local phone number ("555-1234") but are a rising
     * range of round hundreds, or of anything followed by a unit, percent or currency word.
     */
    private static boolean roundRange(String match, String text, int end, FigureLexicon lex) {
        Matcher p = PLAIN_PAIR.matcher(match);
        if (!p.matches()) {
            return false;
        }
        long a = Long.parseLong(p.group(1));
        long b = Long.parseLong(p.group(2));
        if (a >= b) {
            return false;
        }
        if (a % 100 == 0 && b % 100 == 0) {
            return true;
        }
        List<Token> after = new Tokenizer(false).tokenize(text.substring(end, Math.min(text.length(), end + 40)).strip());
        return !after.isEmpty() && (lex.unitAt(after, 0) != null || lex.percents.longestAt(after, 0) != null
                || lex.currencySuffixes.longestAt(after, 0) != null || lex.durations.longestAt(after, 0) != null);
    }

    /**
     * Scores and vote tallies: "voted 6-3", "a 27-24 win", "venceu por 2 a 1". Two plain integers joined
     * by a glued hyphen (or a language's score word, "a") whose first is not below the second (a range
     * runs upwards: "10-20%"), with no unit, percent or currency after them.
     */
    /** "perdeu por 1 a 3", "lost by 1-3": after these a rising pair is still a result. */
    private static final java.util.Set<String> RESULT_BY = java.util.Set.of("por", "by");

    private static void markScores(List<Token> toks, FigureLexicon lex, boolean[] skip) {
        for (int k = 0; k + 2 < toks.size(); k++) {
            Token a = toks.get(k);
            Token sep = toks.get(k + 1);
            Token b = toks.get(k + 2);
            if (!a.isNumber() || !b.isNumber() || !a.text().matches("\\d{1,3}") || !b.text().matches("\\d{1,3}")) {
                continue;
            }
            boolean hyphen = (sep.is("-") || sep.is("\u2013")) && sep.glued() && b.glued();
            boolean word = lex.scoreJoiners.longestAt(toks, k + 1) != null && !sep.glued() && !b.glued();
            if (!hyphen && !word) {
                continue;
            }
            if (k > 0 && (a.glued() && !toks.get(k - 1).isWord() && !toks.get(k - 1).is("(")
                    || lex.currencyPrefixes.longestEndingAt(toks, k) != null)) {
                continue; // "1-2-3", "$5-3"
            }
            int after = k + 3;
            if (after < toks.size() && toks.get(after).is("-") && toks.get(after).glued()) {
                continue; // "4-3-3", "3-1-2"
            }
            boolean result = k > 0 && RESULT_BY.contains(toks.get(k - 1).lower()); // "perdeu por 1 a 3"
            if (Integer.parseInt(a.text()) < Integer.parseInt(b.text()) && !result) {
                continue;
            }
            if (after < toks.size() && (lex.percents.longestAt(toks, after) != null
                    || lex.unitAt(toks, after) != null || lex.currencySuffixes.longestAt(toks, after) != null
                    || lex.durations.longestAt(toks, after) != null || lex.minorCurrencyAt(toks, after) != null)) {
                continue;
            }
            skip[k] = true;
            skip[k + 2] = true;
        }
    }

    private Candidate candidate(Language lang, List<Token> toks, NumberMatch nm,
                                PhraseTable.Match<String> prefix) {
        FigureLexicon lex = lang.lex();
        int end = nm.endTok();
        if (!nm.words() && !acceptableGluedSuffix(lex, toks, end)) {
            return null;
        }
        int start = prefix == null ? nm.startTok() : nm.startTok() - prefix.length();
        // "page 47", "Room 12", "Route 66" name things rather than count them: no claim in news, still numbers to a suite
        if ((policy.newsConventions() && lex.blockersBefore.longestEndingAt(toks, start) != null)
                || (prefix == null && isDate(lex, toks, nm))) {
            return null;
        }
        FigureType type = FigureType.NUMBER;
        String unit = null;
        if (prefix != null) {
            type = FigureType.MONEY;
            unit = prefix.value();
            ScaledCode scaled = prefix.length() == 1 ? scaledCode(lex, toks.get(start)) : null;
            if (scaled != null && !nm.scaled()) {
                nm = rescaled(nm, scaled.scale());
            }
            int[] tail = {end};
            // "$20 and 43 cents", "£3 and 20p": a cent word is needed, "$5 and 10 people" stays $5
            double cents = centsAfter(lang, toks, end, tail, true);
            if (cents > 0 && !nm.scaled() && nm.value() == Math.rint(nm.value())) {
                nm = new NumberMatch(nm.startTok(), nm.endTok(), nm.value() + cents, nm.value() + cents, 1,
                        nm.words(), false, false);
                end = tail[0];
            }
        } else {
            int of = nm.scaled() ? matchLength(lex.ofWords.longestAt(toks, end)) : 0;
            PhraseTable.Match<String> pct = lex.percents.longestAt(toks, end);
            int pctOf = pct == null ? ofOne(lex, toks, end) : 0;
            if (pctOf > 0 && nm.value() < 1) {
                pct = lex.percents.longestAt(toks, end + pctOf); // "a quarter of a percentage point"
            }
            pctOf = pct == null ? 0 : pctOf;
            if (pct == null && end + 1 < toks.size() && toks.get(end).is("-") && toks.get(end).glued()
                    && toks.get(end + 1).glued() && toks.get(end + 1).isWord()) {
                pct = lex.percents.longestAt(toks, end + 1); // "a 10-percent rise", "a 2-per-cent cut"
                if (pct != null) {
                    end++;
                }
            }
            PhraseTable.Match<FigureLexicon.CurrencyWord> cur = currencyAt(lex, toks, end, nm);
            int curOf = 0;
            if (cur == null && of > 0) {
                cur = currencyAt(lex, toks, end + of, nm);
                curOf = of;
            }
            boolean hyphenated = end + 1 < toks.size() && toks.get(end).is("-") && toks.get(end).glued()
                    && toks.get(end + 1).glued() && toks.get(end + 1).isWord();
            PhraseTable.Match<Boolean> minor = lex.minorCurrencyAt(toks, end);
            if (minor != null && cur != null && curOf == 0 && minor.length() > cur.length()) {
                cur = null; // "50 euro cents"
            }
            // tokenized text spaces the hyphen out: "a 30 - cent dividend"
            boolean spacedHyphen = end + 1 < toks.size() && toks.get(end).is("-") && !toks.get(end).glued()
                    && !toks.get(end + 1).glued() && toks.get(end + 1).isWord();
            if (cur == null && minor == null && pct == null && (hyphenated || spacedHyphen)) {
                // "a 12-cent dividend", "a one-yen bid"
                cur = currencyAt(lex, toks, end + 1, nm);
                minor = cur != null ? null : lex.minorCurrencyAt(toks, end + 1);
                if (cur != null || minor != null) {
                    end++;
                }
            }
            PhraseTable.Match<FigureLexicon.DurationUnit> dur = lex.durations.longestAt(toks, end);
            if (dur == null && end + 1 < toks.size() && toks.get(end).is("-") && toks.get(end).glued()
                    && toks.get(end + 1).glued()) {
                dur = lex.durations.longestAt(toks, end + 1); // "a five-day strike", "a 10-year bond"
                if (dur != null) {
                    end++;
                }
            }
            PhraseTable.Match<String> qty = lex.unitAt(toks, end);
            if (qty == null && dur == null && cur == null && minor == null && hyphenated
                    && toks.get(end + 1).text().length() > 1 && lex.unitAt(toks, end + 1) != null) {
                qty = lex.unitAt(toks, end + 1); // "a 10-mile race"
                end++;
            }
            int qtyOf = 0;
            if (qty == null && of > 0) {
                qty = lex.unitAt(toks, end + of);
                qtyOf = of;
            }
            if (pct != null) {
                type = FigureType.PERCENT;
                unit = pct.value();
                end += pctOf + pct.length();
            } else if (cur != null) {
                type = FigureType.MONEY;
                unit = cur.value().iso();
                end += curOf + cur.length();
                PhraseTable.Match<NumberWord> sc = lex.numbers.longestAt(toks, end);
                if (sc != null && sc.value().kind() == NumberWord.Kind.SCALE && !nm.scaled()) {
                    nm = rescaled(nm, sc.value().value()); // "75 USD million"
                    end += sc.length();
                }
                int[] tail = {end};
                nm = plusHalfOfUnit(lex, toks, nm, tail); // "a dollar and a half"
                end = tail[0];
                // "10 $ 30 $" are two amounts; "10 $ 30 cent" is one
                double cents = "CNY".equals(unit) ? YuanFractions.after(lang.lex(), lang.reader(), toks, end, tail) : 0;
                if (cents == 0) {
                    cents = centsAfter(lang, toks, end, tail, !toks.get(end - 1).isWord());
                }
                if (cents > 0 && !nm.scaled() && nm.value() == Math.rint(nm.value())) {
                    nm = new NumberMatch(nm.startTok(), nm.endTok(), nm.value() + cents, nm.value() + cents, 1,
                            nm.words(), false, false);
                    end = tail[0];
                }
            } else if (end < toks.size() && scaledCode(lex, toks.get(end)) != null && !nm.scaled()) {
                type = FigureType.MONEY; // "30 MUSD", "48.5 MGBP", "20 kEUR"
                ScaledCode scaled = scaledCode(lex, toks.get(end));
                unit = scaled.iso();
                nm = rescaled(nm, scaled.scale());
                end++;
            } else if (minor != null) {
                type = FigureType.MONEY;
                unit = MINOR_UNIT;
                end += minor.length();
            } else if (dur != null) {
                type = FigureType.DURATION;
                unit = dur.value().unit();
                end += dur.length();
                int[] tail = {end};
                nm = plusHalfOfUnit(lex, toks, nm, tail); // "a year and a half", "two hours and a half"
                end = tail[0];
                if (dur.value().factor() != 1) { // "three decades" is 30 years
                    nm = new NumberMatch(nm.startTok(), nm.endTok(), nm.value() * dur.value().factor(), nm.base(),
                            nm.scaleFactor(), nm.words(), false, false);
                }
            } else if (qty != null) {
                type = FigureType.QUANTITY;
                unit = qty.value();
                end += qtyOf + qty.length();
            }
        }
        if (type == FigureType.NUMBER && end == nm.endTok()) {
            PhraseTable.Match<Boolean> pctOf = lex.percentOf.longestEndingAt(toks, start);
            int before = pctOf == null ? -1 : start - pctOf.length() - 1;
            if (pctOf != null && (before < 0 || !(toks.get(before).isNumber()
                    || lex.numbers.longestEndingAt(toks, before + 1) != null || PERCENT_OF_BLOCKERS.contains(toks.get(before).lower())))) {
                type = FigureType.PERCENT; // "percent of 10", "per cent of 210"
                unit = "%";
                start -= pctOf.length();
            }
        }
        if (type == FigureType.NUMBER && ((nm.weakOnly() && !policy.includeBareSmallNumbers()
                && (policy.newsConventions() || !countsWhatFollows(lex, toks, nm))) || nm.yearLike())) {
            return null;
        }
        if (notAFigure(lex, toks, nm, type, unit, start, end)) {
            return null;
        }
        int qualifierEnd = start;
        PhraseTable.Match<Qualifier> before = lex.qualifiersBefore.longestEndingAt(toks, start);
        if (before == null && start > 0 && ARTICLES.contains(toks.get(start - 1).lower())
                && !"the".equals(toks.get(start - 1).lower())) {
            // "mal ultrapassou as 3 mil", "roughly a 60 percent chance": an article between; English "well below
            // the 95% needed" compares something else with a known amount, which is no bound on it
            before = lex.qualifiersBefore.longestEndingAt(toks, start - 1);
            qualifierEnd = before == null ? start : start - 1;
        }
        if (before != null && type == FigureType.DURATION && OVER.contains(toks.get(qualifierEnd - 1).lower())) {
            before = null; // "over three years" is a span of time, not more than three years
        }
        PhraseTable.Match<Boolean> opener = lex.rangeOpeners.longestEndingAt(toks, start);
        boolean rangeOpen = opener != null && (before == null || opener.length() >= before.length());
        Qualifier q = rangeOpen || before == null ? null : before.value();
        int qualStart = rangeOpen ? start - opener.length() : before != null ? qualifierEnd - before.length() : start;
        if ((q == null || q == Qualifier.ABOUT) && !rangeOpen) {
            PhraseTable.Match<Qualifier> after = lex.qualifiersAfter.longestAt(toks, end);
            q = after == null ? q : after.value(); // "cerca de 500 ou mais" is at least 500
        }
        return new Candidate(type, qualStart, start, end, nm, unit, q, rangeOpen);
    }

    /**
     * Numbers that are not claims: clock times ("2 a.m."), ages ("Ethan Caldwell, 38,", "aged 54",
     * "71 years old", "a 26-year-old"), points in time ("three years ago"), older years ("in 1897"),
     * vague amounts ("several hundred") and, under news conventions, ages, fractions in words and
     * modifiers ("an 18-point scale").
     */
    private boolean notAFigure(FigureLexicon lex, List<Token> toks, NumberMatch nm, FigureType type, String unit,
                               int start, int end) {
        boolean plain = type == FigureType.NUMBER && unit == null;
        boolean years = type == FigureType.DURATION && "Y".equals(unit);
        if ((plain || type == FigureType.DURATION) && lex.clockAfter.longestAt(toks, nm.endTok()) != null) {
            return true;
        }
        if (plain && !nm.words() && nm.endTok() == end && end < toks.size() && toks.get(end).is("-")
                && lex.clockAfter.longestAt(toks, end + 1) != null) {
            return true;
        }
        boolean news = policy.newsConventions();
        if (news && years && lex.ageAfter.longestAt(toks, end) != null) {
            return true; // "71 years old", "a 26-year-old", "38 anos de idade"
        }
        if (news && (plain || years) && lex.ageBefore.longestEndingAt(toks, start) != null) {
            return true; // "aged 54", "I'm 54"
        }
        if (news && plain && appositiveAge(toks, nm, start, end)) {
            return true;
        }
        if (news && plain && partOfName(toks, nm, start, end)) {
            return true;
        }
        if (type == FigureType.DURATION && (lex.relativeAfter.longestAt(toks, end) != null
                || lex.relativeBefore.longestEndingAt(toks, start) != null)) {
            return true; // "three years ago", "há dez anos"
        }
        if (plain && !nm.words() && nm.endTok() == nm.startTok() + 1 && end == nm.endTok()
                && toks.get(start).text().matches("1[5-9]\\d\\d") && lex.yearBefore.longestEndingAt(toks, start) != null) {
            return true; // "in 1897"
        }
        if (news && plain && !nm.words() && end == nm.endTok() && end + 1 < toks.size() && toks.get(end).is("-")
                && toks.get(end).glued() && toks.get(end + 1).glued() && toks.get(end + 1).isWord()
                && lex.numbers.longestAt(toks, end + 1) == null) {
            return true; // a modifier, not a count: "an 18-point scale", "a 300-page report"
        }
        if (nm.words() && lex.vagueBefore.longestEndingAt(toks, start) != null) {
            return true; // "several hundred"
        }
        return news && plain && nm.words() && !nm.scaled()
                && Math.abs(nm.value()) < 1 && nm.value() != 0;
    }

    /** "Ethan Caldwell, 38, who …", "said its captain, Owen Biddle, 52.": a name, a comma and a bare age. */
    private static boolean appositiveAge(List<Token> toks, NumberMatch nm, int start, int end) {
        if (nm.words() || end != nm.endTok() || start < 2 || end > toks.size()) {
            return false;
        }
        Token n = toks.get(start);
        if (end != start + 1 || !n.text().matches("\\d{1,3}") || Integer.parseInt(n.text()) > 110) {
            return false;
        }
        Token name = toks.get(start - 2);
        if (!toks.get(start - 1).is(",") || !name.isWord() || name.text().isEmpty()
                || !Character.isUpperCase(name.text().codePointAt(0))) {
            return false;
        }
        return end == toks.size() || toks.get(end).is(",") || toks.get(end).is(".") || toks.get(end).is(";")
                || toks.get(end).is(")");
    }

    /**
     * "a Final Four berth", "the Big Three carmakers": a capitalized number word after a capitalized word
     * inside a lower-case sentence names something. A title-case headline ("Acme Cuts Two Jobs") has a
     * capital before that word too, so it is left alone.
     */
    private static boolean partOfName(List<Token> toks, NumberMatch nm, int start, int end) {
        if (!nm.words() || nm.scaled() || end != start + 1 || nm.endTok() != end || start < 2) {
            return false;
        }
        return capitalized(toks.get(start)) && capitalized(toks.get(start - 1)) && toks.get(start - 2).isWord()
                && Character.isLowerCase(toks.get(start - 2).text().codePointAt(0));
    }

    private static boolean capitalized(Token t) {
        return t.isWord() && Character.isUpperCase(t.text().codePointAt(0));
    }

    private static NumberMatch rescaled(NumberMatch nm, double scale) {
        return new NumberMatch(nm.startTok(), nm.endTok(), nm.value() * scale, nm.value(), scale, nm.words(), false, false);
    }

    /**
     * "15 dollars and 15 cents", "zwei Euro fünfzig", "15 USD 50": whole cents after a currency
     * word, as a fraction of it; {@code end[0]} is set past them. Without a cent word the amount
     * must close the phrase, so "5 dollars and 10 people" stays 5 dollars.
     */
    private static double centsAfter(Language lang, List<Token> toks, int j, int[] end, boolean needsCentWord) {
        FigureLexicon lex = lang.lex();
        int k = j;
        PhraseTable.Match<Boolean> join = lex.fractionConnectors.longestAt(toks, k);
        if (join == null) {
            join = lex.connectors.longestAt(toks, k);
        }
        if (join != null) {
            k += join.length();
        }
        if (k >= toks.size() || !(toks.get(k).isNumber() || toks.get(k).isWord())) {
            return 0;
        }
        if (toks.get(k).isNumber() && !toks.get(k).text().matches("\\d{1,2}")) {
            return 0;
        }
        NumberMatch c = lang.reader().read(toks, k, false);
        if (c != null && c.endTok() - 1 > k && lex.minorAfterDigits.longestAt(toks, c.endTok() - 1) != null) {
            // "treize euros et quarante-cinq cents": the last word is the cent unit, not a hundred
            c = lang.reader().read(toks.subList(0, c.endTok() - 1), k, false);
        }
        if (c == null || c.startTok() != k || c.value() <= 0 || c.value() >= 100 || c.value() != Math.rint(c.value())) {
            return 0;
        }
        int after = c.endTok();
        PhraseTable.Match<Boolean> minor = lex.minorCurrencyAt(toks, after);
        if (minor != null) {
            after += minor.length();
        } else if (needsCentWord) {
            return 0;
        } else if (after < toks.size() && (toks.get(after).isWord() || toks.get(after).isNumber())
                && lex.connectors.longestAt(toks, after) == null) {
            return 0; // "one dollar and two and three points" still closes the amount at "two"
        }
        end[0] = after;
        return c.value() / 100;
    }

    /**
     * A lone "one" that counts the words after it ("try one last time", "one apple") rather than standing for a
     * noun ("which one", "a new one", "one of them", "one can see"): a lower-case word follows that is not one of the
     * language's pronoun cues, and no determiner comes in the two words before. Languages without the cue lists
     * ("um", "un" and "ein" are articles too) never count this way.
     */
    private static boolean countsWhatFollows(FigureLexicon lex, List<Token> toks, NumberMatch nm) {
        if (lex.oneDeterminers.isEmpty() || nm.endTok() >= toks.size()) {
            return false;
        }
        Token next = toks.get(nm.endTok());
        if (!next.isWord() || next.glued() || !next.text().equals(next.lower())
                || lex.oneAsPronounAfter.longestAt(toks, nm.endTok()) != null) {
            return false;
        }
        for (int k = Math.max(0, nm.startTok() - 2); k < nm.startTok(); k++) {
            if (lex.oneDeterminers.longestAt(toks, k) != null) {
                return false;
            }
        }
        return true;
    }

    /** Length of "of a", "of an", "of one" at k (a part of one unit follows), or 0. */
    private static int ofOne(FigureLexicon lex, List<Token> toks, int k) {
        PhraseTable.Match<Boolean> of = lex.ofWords.longestAt(toks, k);
        if (of == null) {
            return 0;
        }
        PhraseTable.Match<NumberWord> one = lex.numbers.longestAt(toks, k + of.length());
        boolean isOne = one != null && one.value().value() == 1 && (one.value().kind() == NumberWord.Kind.ARTICLE
                || one.value().kind() == NumberWord.Kind.WEAK);
        return isOne ? of.length() + one.length() : 0;
    }

    static int matchLength(PhraseTable.Match<?> m) {
        return m == null ? 0 : m.length();
    }

    private static PhraseTable.Match<FigureLexicon.CurrencyWord> currencyAt(FigureLexicon lex, List<Token> toks,
                                                                            int k, NumberMatch nm) {
        PhraseTable.Match<FigureLexicon.CurrencyWord> m = lex.currencySuffixes.longestAt(toks, k);
        if (m == null && IsoCurrencies.codeAt(toks, k) != null) {
            m = new PhraseTable.Match<>(1, new FigureLexicon.CurrencyWord(IsoCurrencies.codeAt(toks, k), false)); // "42 KWD"
        }
        if (m != null && k + m.length() < toks.size() && toks.get(k + m.length()).glued()
                && toks.get(k + m.length()).isNumber() && (lex.currencyPrefixes.longestEndingAt(toks, k + m.length()) != null
                || IsoCurrencies.codeAt(toks, k + m.length() - 1) != null)) {
            return null; // "3 USD50 cards": the code belongs to the 50
        }
        boolean unitRather = m != null && m.value().needsScale() && (!nm.scaled()
                && !MoneyPhrases.saidAsMoney(lex, toks, nm.startTok(), k + m.length()) // "lost 20 pounds"
                || nm.scaled() && MoneyPhrases.weighsSomething(lex, toks, k + m.length())); // "2 million pounds of food"
        return m == null || unitRather ? null : m;
    }

    /** An ISO code with a scale letter before it: "MUSD" is millions of dollars, "kEUR" thousands of euros. */
    record ScaledCode(String iso, double scale) { }

    /**
     * "MUSD", "MEUR", "KUSD", "kEUR": an upper-case M (millions) or a K (thousands) before an ISO code that the
     * lexicon knows. Returns null for anything else.
     */
    static ScaledCode scaledCode(FigureLexicon lex, Token t) {
        String s = t.text();
        if (!t.isWord() || s.length() != 4) {
            return null;
        }
        char letter = s.charAt(0);
        double scale = letter == 'M' ? 1e6 : letter == 'K' || letter == 'k' ? 1e3 : 0;
        String code = s.substring(1);
        if (scale == 0 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            return null;
        }
        PhraseTable.Match<String> m = lex.currencyPrefixes.longestAt(
                List.of(new Token(Token.Kind.WORD, code, code.toLowerCase(Locale.ROOT), 0, 3, false)), 0);
        return m != null && m.value().equals(code) ? new ScaledCode(code, scale) : null;
    }

    /** Letters glued to digits must be a unit, currency, percent or duration ("10km", not "5G"). */
    private static boolean acceptableGluedSuffix(FigureLexicon lex, List<Token> toks, int end) {
        if (end >= toks.size() || !toks.get(end).glued()) {
            return true;
        }
        Token a = toks.get(end);
        if (lex.nonFigureSuffixes.longestAt(toks, end) != null) {
            return false;
        }
        if (!a.isWord()) {
            return true;
        }
        if (lex.gluedHourIsTime && a.is("h")) {
            return false;
        }
        return lex.percents.longestAt(toks, end) != null || lex.currencySuffixes.longestAt(toks, end) != null
                || IsoCurrencies.codeAt(toks, end) != null || lex.minorCurrencyAt(toks, end) != null
                || lex.durations.longestAt(toks, end) != null || lex.unitAt(toks, end) != null;
    }

    /** "15 de março", "March 15", "15 March" are dates. */
    private static boolean isDate(FigureLexicon lex, List<Token> toks, NumberMatch nm) {
        int end = nm.endTok();
        if (lex.months.longestAt(toks, end) != null) {
            return true;
        }
        int of = matchLength(lex.ofWords.longestAt(toks, end));
        if (of > 0 && lex.months.longestAt(toks, end + of) != null) {
            return true;
        }
        return !nm.words() && lex.months.longestEndingAt(toks, nm.startTok()) != null;
    }

    /** Each figure on its own, a range's two bounds included ("between 5% and 7%" = 5% and 7%). */
    private static List<Figure> bounds(String text, List<Token> toks, List<Candidate> cands) {
        List<Figure> out = new ArrayList<>();
        for (Candidate a : cands) {
            out.add(figure(text, toks, a.type(), a.startTok(), a.endTok(), a.num().value(), a.unit(),
                    a.rangeOpen() ? null : a.qualifier()));
        }
        return out;
    }

    private static List<Figure> toFigures(String text, List<Token> toks, FigureLexicon lex, List<Candidate> cands) {
        List<Figure> out = new ArrayList<>();
        for (int k = 0; k < cands.size(); k++) {
            Candidate a = cands.get(k);
            if (k + 1 < cands.size() && alternatives(toks, a, cands.get(k + 1))) {
                out.add(range(text, toks, a, cands.get(k + 1))); // "quatro ou cinco anos": 4 to 5 years
                k++;
                continue;
            }
            if (a.rangeOpen() && k + 1 < cands.size()) {
                Candidate b = cands.get(k + 1);
                PhraseTable.Match<Boolean> join = lex.rangeJoiners.longestAt(toks, a.endTok());
                if (join != null && a.endTok() + join.length() == b.startTok() && b.qualifier() == null) {
                    out.add(range(text, toks, a, b));
                    k++;
                    continue;
                }
            }
            if (k + 1 < cands.size() && openRange(toks, lex, a, cands.get(k + 1))) {
                out.add(range(text, toks, a, cands.get(k + 1))); // "12 to 18 inches", "$3.10 to $3.35"
                k++;
                continue;
            }
            if (k + 1 < cands.size() && boundsPair(toks, lex, a, cands.get(k + 1))) {
                Candidate b = cands.get(k + 1);
                Candidate lo = a.lowerBound() ? a : b;
                Candidate hi = a.lowerBound() ? b : a;
                Span span = new Span(toks.get(a.startTok()).start(), toks.get(b.endTok() - 1).end());
                String unit = a.unit() != null ? a.unit() : b.unit();
                FigureType type = a.type() != FigureType.NUMBER ? a.type() : b.type();
                out.add(new Figure(null, type, span.of(text), span, lo.num().value(), unit, Qualifier.BETWEEN,
                        lo.num().value(), hi.num().value()));
                k++;
                continue;
            }
            Qualifier q = a.qualifier();
            if (q != null && k + 1 < cands.size() && changeFromTo(toks, lex, a, cands.get(k + 1))) {
                q = null; // "passa de 2 euros para 4 euros", "rose from 3% to 5%": a starting point, no bound
            }
            out.add(figure(text, toks, a.type(), a.startTok(), a.endTok(), a.num().value(), a.unit(), q));
        }
        return out;
    }


    /** The qualifier ended in "de"/"from" and the figure is followed by "para"/"to" and another figure. */
    private static boolean changeFromTo(List<Token> toks, FigureLexicon lex, Candidate a, Candidate b) {
        return a.startTok() > 0 && lex.changeFrom.longestAt(toks, a.startTok() - 1) != null
                && b.qualStart() == a.endTok() + 1 && lex.changeTo.longestAt(toks, a.endTok()) != null;
    }

    /**
     * "quatro ou cinco anos", "two or three weeks", "60 or 70 groups": a bare number, "or", a larger number with a
     * unit, or a bare one of the same order (not two years, "2019 or 2020").
     */
    private static boolean alternatives(List<Token> toks, Candidate a, Candidate b) {
        if (a.type() != FigureType.NUMBER || a.unit() != null || b.qualifier() != null
                || a.qualifier() != null && a.qualifier() != Qualifier.ABOUT // "some 40 or 50 families"
                || b.startTok() != a.endTok() + 1 || !OR.contains(toks.get(a.endTok()).lower())
                || a.num().value() >= b.num().value()) {
            return false;
        }
        if (b.type() != FigureType.NUMBER) {
            return true;
        }
        double x = a.num().value();
        double y = b.num().value();
        boolean years = x >= 1000 && y <= 2100 && x == Math.rint(x) && y == Math.rint(y);
        // Two bare numbers are one estimate when they count something: "60 or 70 groups", not "21 or 22" alone.
        boolean counts = b.endTok() < toks.size() && toks.get(b.endTok()).isWord();
        return b.unit() == null && x > 0 && y <= 10 * x && !years && counts;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("o", "a", "os", "as", "the", "an", "el", "un", "una",
            "la", "los", "las", "le", "les", "die", "der", "das", "den");
    /** "what percent of 100 people", "the percent of 10th graders" ask about a share; no figure. */
    private static final java.util.Set<String> PERCENT_OF_BLOCKERS = java.util.Set.of("what", "the", "which", "a", "this",
            "that", "whose", "same", "high", "low", "higher", "lower", "small", "large", "larger", "smaller");
    private static final java.util.Set<String> OVER = java.util.Set.of("over", "during", "across");
    private static final java.util.Set<String> OR = java.util.Set.of("ou", "or", "o", "oder");

    /**
     * "12 to 18 inches", "$3.10 to $3.35", "10-20%": two figures of one kind (or a bare number and a
     * figure with a unit) joined by "to" or a hyphen, rising, with no opener. After "from" it is a change
     * ("from $2.00 to $2.25"), two figures.
     */
    private static boolean openRange(List<Token> toks, FigureLexicon lex, Candidate a, Candidate b) {
        int at = a.endTok();
        if (at + 1 < toks.size() && NumberReader.isHyphen(toks.get(at)) && toks.get(at).glued() && toks.get(at + 1).isWord()
                && !toks.get(at + 1).glued() && lex.rangeTo.longestAt(toks, at + 1) != null) {
            at++; // a suspended hyphen: "two- to three-year", "zwei- bis dreitausend Euro"
        }
        PhraseTable.Match<Boolean> join = lex.rangeTo.longestAt(toks, at);
        boolean dash = join != null && join.length() == 1 && !toks.get(at).isWord();
        // after "between" only a dash: "between 10-20%" (a word after it is the opener's own joiner)
        if (join == null || at + join.length() != b.qualStart() || b.qualifier() != null || (a.rangeOpen() && !dash)
                || (a.qualifier() != null && a.qualifier() != Qualifier.ABOUT)) {
            return false;
        }
        if (join.length() == 1 && !toks.get(at).isWord()
                && (toks.get(at).glued() != toks.get(b.startTok()).glued() || a.num().words() || b.num().words())) {
            return false; // "10 -20", "three-nought-four": a hyphen between digits, glued on both sides or spaced on both
        }
        if (dash && !toks.get(b.startTok()).glued() && toks.get(at).is("-") && !lex.spacedHyphenJoinsRange) {
            return false; // French "de 75 - 300 mm": an incise dash, not a range
        }
        int before = a.qualStart();
        if (before > 0 && lex.changeFrom.longestAt(toks, before - 1) != null) {
            before--; // "subiu de 3% a 5%": the verb of change stands before "de"
        }
        // "rose from $2.00 to $2.25" is a change; "rose between 10-20%", "monte de 10–15 %" (by 10 to 15) are ranges
        if (!a.rangeOpen() && !dash && (lex.changeBefore.longestEndingAt(toks, a.qualStart()) != null
                || lex.changeBefore.longestEndingAt(toks, before) != null)) {
            return false;
        }
        boolean bare = a.type() == FigureType.NUMBER && b.type() == FigureType.NUMBER && a.unit() == null
                && b.unit() == null && !b.num().scaled();
        boolean fromDe = a.qualStart() > 0 && lex.changeFrom.longestAt(toks, a.qualStart() - 1) != null;
        if (bare && lex.scoreJoiners.longestAt(toks, at) != null && !fromDe) {
            return false; // "empataram 1 a 1", "2 a 3 vezes": not a range unless "de 1 a 5", "de 1 à 5"
        }
        boolean sameKind = a.type() == b.type() && java.util.Objects.equals(a.unit(), b.unit());
        boolean bareThenUnit = a.type() == FigureType.NUMBER && a.unit() == null && b.type() != FigureType.NUMBER;
        if (!sameKind && !bareThenUnit) {
            return false;
        }
        double low = a.num().value();
        if (!a.num().scaled() && b.num().scaled() && a.num().value() <= b.num().base()) {
            low *= b.num().scaleFactor();
        }
        return low < b.num().value();
    }

    /** "mais de 10 e menos de 20", "no máximo 100 e no mínimo 20": two bounds joined by "e"/",". */
    private static boolean boundsPair(List<Token> toks, FigureLexicon lex, Candidate a, Candidate b) {
        if (!((a.lowerBound() && b.upperBound()) || (a.upperBound() && b.lowerBound()))) {
            return false;
        }
        Candidate lo = a.lowerBound() ? a : b;
        Candidate hi = a.lowerBound() ? b : a;
        if (lo.num().value() >= hi.num().value()) {
            return false; // "more than 40 and less than 10" are two bounds, no range
        }
        int gap = b.qualStart() - a.endTok();
        if (gap == 1 && toks.get(a.endTok()).is(",")) {
            return true;
        }
        PhraseTable.Match<Boolean> join = lex.rangeJoiners.longestAt(toks, a.endTok());
        return join != null && join.length() == gap;
    }

    /** "entre 10 e 20 milhões": the second number's scale and unit also apply to the first. */
    private static Figure range(String text, List<Token> toks, Candidate a, Candidate b) {
        double low = a.num().value();
        if (!a.num().scaled() && b.num().scaled() && a.num().value() <= b.num().base()) {
            low *= b.num().scaleFactor();
        }
        FigureType type = a.type();
        String unit = a.unit();
        if (type == FigureType.NUMBER && b.type() != FigureType.NUMBER) {
            type = b.type();
            unit = b.unit();
        }
        Span span = new Span(toks.get(a.startTok()).start(), toks.get(b.endTok() - 1).end());
        return new Figure(null, type, span.of(text), span, low, unit, Qualifier.BETWEEN, low, b.num().value());
    }

    private static Figure figure(String text, List<Token> toks, FigureType type, int startTok, int endTok,
                                 double value, String unit, Qualifier q) {
        Span span = new Span(toks.get(startTok).start(), toks.get(endTok - 1).end());
        Double low = null;
        Double high = null;
        if (q != null) {
            switch (q) {
                case MORE_THAN, AT_LEAST, JUST_OVER -> low = value;
                case LESS_THAN, AT_MOST, UP_TO, JUST_UNDER -> high = value;
                default -> { }
            }
        }
        return new Figure(null, type, span.of(text), span, value, unit, q, low, high);
    }
}
