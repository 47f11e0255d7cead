package org.claimscope.pipeline.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimscope.model.Qualifier;

/**
 * Per-language word lists for the figure recognizer, read from {@code lexicon-common.txt} plus
 * {@code lexicon-<lang>.txt} in this package's resources. Immutable after construction.
 *
 * <p>File format: {@code [section]} headers, then one entry per line, {@code phrase = value}
 * (the value part is optional for plain phrase lists); {@code #} starts a comment line.
 */
final class FigureLexicon {

    /**
     * Scale abbreviation such as "bn"; {@code glued} ones must touch the digits ("10k");
     * {@code capitalOnly} ones count only in capitals ("10G", where "10g" is grams).
     */
    record Abbreviation(double factor, boolean glued, boolean needsCurrency, boolean capitalOnly) { }

    /** A unit of time; {@code factor} converts words that are multiples of it ("decade" = 10 Y). */
    record DurationUnit(String unit, double factor) {
    }

    /** A currency word; {@code needsScale} ones ("pounds") are money only after a scale word. */
    record CurrencyWord(String iso, boolean needsScale) { }

    final String language;
    char decimalSeparator = '.';
    boolean spaceGroupsDigits;
    /** French 60/80 take 1–19 on top ("soixante-dix", "quatre-vingt-onze"). */
    boolean vigesimal;
    /** German writes number words as one compound ("einundzwanzig"). */
    boolean compoundNumbers;
    /** Attached "h" after digits is a time of day ("14h30") rather than hours. */
    boolean gluedHourIsTime = true;
    /** A hyphen spaced on both sides may join a range ("100 - 1000 l"); in French it is mostly a dash of incise. */
    boolean spacedHyphenJoinsRange = true;
    /** English style spells "one thousand, two hundred" with a comma after the scale word: still one number. */
    boolean commaAfterScaleJoins;
    /** Several cardinal words may form one denominator ("thirty fifths" = 1/35); false in Spanish. */
    boolean compoundDenominators = true;
    /** Every entry with ä, ö, ü or ß also in its ASCII spelling ("fuenf", "zwoelf", "hoechstens"), as German allows. */
    boolean asciiUmlauts;

    final PhraseTable<NumberWord> numbers = new PhraseTable<>();
    final PhraseTable<Abbreviation> abbreviations = new PhraseTable<>();
    final PhraseTable<Boolean> connectors = new PhraseTable<>();
    final PhraseTable<String> currencyPrefixes = new PhraseTable<>();
    /** A capital letter glued before the digits that some press writes for its currency ("R48 000" rand). */
    final PhraseTable<String> letterCurrencies = new PhraseTable<>();
    /** Words naming a letter currency's country or the currency itself ("South Africa", "rand"). */
    final PhraseTable<String> letterCurrencyContext = new PhraseTable<>();
    final PhraseTable<CurrencyWord> currencySuffixes = new PhraseTable<>();
    final PhraseTable<String> percents = new PhraseTable<>();
    final PhraseTable<Boolean> ofWords = new PhraseTable<>();
    /** "percent of 10": a percent word before the number, said with no number of its own. */
    final PhraseTable<Boolean> percentOf = new PhraseTable<>();
    final PhraseTable<DurationUnit> durations = new PhraseTable<>();
    final PhraseTable<String> units = new PhraseTable<>();
    final PhraseTable<Qualifier> qualifiersBefore = new PhraseTable<>();
    final PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>();
    final PhraseTable<Boolean> rangeOpeners = new PhraseTable<>();
    final PhraseTable<Boolean> rangeJoiners = new PhraseTable<>();
    final PhraseTable<Boolean> months = new PhraseTable<>();
    final PhraseTable<Boolean> blockersBefore = new PhraseTable<>();
    /** Fraction denominators ("fifths" = 5, "tiers" = 3); value 0 marks "avos" (the cardinal before is the denominator). */
    final PhraseTable<Double> ordinals = new PhraseTable<>();
    /** Regular ordinal endings: suffix to the endings that restore the cardinal ("ième" → "", "e"). */
    final Map<String, List<String>> ordinalSuffixes = new HashMap<>();
    /** Words joining a whole number to a fraction or cents ("three and a fifth", "siete con cincuenta"). */
    final PhraseTable<Boolean> fractionConnectors = new PhraseTable<>();
    /** Spoken decimal separators ("point", "vírgula", "coma", "virgule", "Komma"). */
    final PhraseTable<Boolean> decimalWords = new PhraseTable<>();
    /** Words before a decimal word that make it a noun ("that point", "the point"), not "point five". */
    final PhraseTable<Boolean> determinersBeforePoint = new PhraseTable<>();
    /** Words before a lone "one" that make it stand for a noun: "which one", "a new one". */
    final PhraseTable<Boolean> oneDeterminers = new PhraseTable<>();
    /** Words after a lone "one" that make it stand for a noun: "one of", "one can", "one another". */
    final PhraseTable<Boolean> oneAsPronounAfter = new PhraseTable<>();
    /** "one over three", "1 sobre 21", "un sur trois". */
    final PhraseTable<Boolean> overWords = new PhraseTable<>();
    /** "minus", "negative", "moins" directly before a number. */
    final PhraseTable<Boolean> negatives = new PhraseTable<>();
    /**
     * Minor currency units ("cents", "centavos", "pence"): the amount is kept as stated. The
     * value is true for units that count only glued to the digits ("50p", not "page 50 p").
     */
    final PhraseTable<Boolean> minorCurrencies = new PhraseTable<>();
    /**
     * Minor units that are also number words ("cents" is a hundred in French): a minor unit right after
     * digits ("34 cents", "1,20 cents") or as the cents of an amount ("treize euros et quarante-cinq cents").
     */
    final PhraseTable<Boolean> minorAfterDigits = new PhraseTable<>();
    /** Letters glued to digits that make them an ordinal or a clock time ("1st", "3º", "6pm"). */
    final PhraseTable<Boolean> nonFigureSuffixes = new PhraseTable<>();
    /** Words after a number that make it a clock time ("2 a.m.", "1430 GMT", "3 o'clock"). */
    final PhraseTable<Boolean> clockAfter = new PhraseTable<>();
    /** Words after a duration that make it a point in time ("three years ago", "two days earlier"). */
    final PhraseTable<Boolean> relativeAfter = new PhraseTable<>();
    /** Words before a duration that make it a point in time ("há três anos", "hace diez años"). */
    final PhraseTable<Boolean> relativeBefore = new PhraseTable<>();
    /** Words before a number that make it an age ("aged 38", "I'm 54"). */
    final PhraseTable<Boolean> ageBefore = new PhraseTable<>();
    /** Words after "N years" that make it an age ("71 years old", "26-year-old", "38 anos de idade"). */
    final PhraseTable<Boolean> ageAfter = new PhraseTable<>();
    /** Vague words before a bare multiplier or scale ("several hundred", "many thousand"). */
    final PhraseTable<Boolean> vagueBefore = new PhraseTable<>();
    /** Words between the two sides of a score ("venceu por 2 a 1"); a glued hyphen always is one. */
    final PhraseTable<Boolean> scoreJoiners = new PhraseTable<>();
    /** Words joining two figures into a range without an opener ("12 to 18 inches", "10-20%"). */
    final PhraseTable<Boolean> rangeTo = new PhraseTable<>();
    /** Words before "X to Y" that make it a change rather than a range ("from $2.00 to $2.25"). */
    final PhraseTable<Boolean> changeBefore = new PhraseTable<>();
    /** "de"/"from" before the first figure of a change and "para"/"to" before the second ("passa de 2 para 4"). */
    final PhraseTable<Boolean> changeFrom = new PhraseTable<>();
    final PhraseTable<Boolean> changeTo = new PhraseTable<>();
    /** Words before an amount that make an ambiguous currency word money ("fined 500 pounds", "paid 20 pounds"). */
    final PhraseTable<Boolean> moneyBefore = new PhraseTable<>();
    /** Words after "millions of pounds of" that keep it money: "taxpayers' money", "funding". */
    final PhraseTable<Boolean> moneyOf = new PhraseTable<>();
    /** Words that may follow "a dollar" said as an amount ("a dollar a day"), unlike a compound ("a dollar store"). */
    final PhraseTable<Boolean> afterArticleAmount = new PhraseTable<>();
    /** Currency words that after "a" are more often another word ("a yen for travel"): no amount then. */
    final PhraseTable<Boolean> notAfterArticle = new PhraseTable<>();
    /** Prepositions before a bare 4-digit number that make an older year a year ("in 1897"). */
    final PhraseTable<Boolean> yearBefore = new PhraseTable<>();
    /** One-word number words, for deriving ordinals from their cardinal stem. */
    final Map<String, NumberWord> singleNumbers = new HashMap<>();
    /** Morphemes for splitting compound number words; filled only when compoundNumbers. */
    final Map<String, NumberWord> morphemes = new HashMap<>();
    int longestMorpheme;

    private FigureLexicon(String language) {
        this.language = language;
    }

    /** The minor currency unit at token k, or null; glued-only units must touch the digits. */
    PhraseTable.Match<Boolean> minorCurrencyAt(List<Token> toks, int k) {
        PhraseTable.Match<Boolean> m = minorCurrencies.longestAt(toks, k);
        if (m != null && m.value() && toks.get(k).text().equals("C")) {
            return null; // "4C" is degrees Celsius in British style; cents are a lower-case "99c"
        }
        return m == null || (m.value() && !toks.get(k).glued()) ? null : m;
    }

    /**
     * The unit at token k, or null. Unit symbols keep their SI case where it matters: a capital
     * "G" is giga ("10G"), or a mobile generation ("5G"), never grams; a glued capital "C" is degrees Celsius.
     */
    PhraseTable.Match<String> unitAt(List<Token> toks, int k) {
        PhraseTable.Match<String> m = units.longestAt(toks, k);
        if (m == null && k < toks.size() && toks.get(k).text().equals("C") && toks.get(k).glued()) {
            return new PhraseTable.Match<>(1, "°C"); // "4C", "-3C": British style for degrees Celsius
        }
        return m != null && m.length() == 1 && toks.get(k).text().equals("G") ? null : m;
    }

    /** Loads the lexicon for {@code language}, or returns null if there is no such resource. */
    static FigureLexicon load(String language) {
        String own = "lexicon-" + language + ".txt";
        if (FigureLexicon.class.getResource(own) == null) {
            return null;
        }
        FigureLexicon lex = new FigureLexicon(language);
        if (language.equals("en")) {
            // first, so that the lexicon files can override any of them
            IsoCurrencies.englishNames().forEach((name, code) -> lex.currencySuffixes.add(name, new CurrencyWord(code, false)));
        }
        lex.read("lexicon-common.txt");
        lex.read(own);
        return lex;
    }

    private void read(String resource) {
        try (InputStream in = FigureLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                try {
                    addEntry(section, line);
                    if (asciiUmlauts && !section.equals("settings") && !asciiSpelling(line).equals(line)) {
                        addEntry(section, asciiSpelling(line));
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addEntry(String section, String line) {
        int eq = line.lastIndexOf(" = ");
        String phrase = (eq < 0 ? line : line.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
        String[] args = eq < 0 ? new String[0] : line.substring(eq + 3).strip().split("\\s+");
        switch (section) {
            case "settings" -> setting(phrase, args[0]);
            case "numbers" -> addNumber(phrase, args);
            case "abbreviations" -> abbreviations.add(phrase, new Abbreviation(Double.parseDouble(args[0]),
                    has(args, "glued"), has(args, "currency"), has(args, "capital")));
            case "connectors" -> connectors.add(phrase, true);
            case "currency-prefix" -> currencyPrefixes.add(phrase, args[0]);
            case "letter-currency" -> letterCurrencies.add(phrase, args[0]);
            case "letter-currency-context" -> letterCurrencyContext.add(phrase, args[0]);
            case "currency-suffix" -> currencySuffixes.add(phrase, new CurrencyWord(args[0], has(args, "scaled")));
            case "percent" -> percents.add(phrase, args.length > 0 ? args[0] : "%");
            case "of" -> ofWords.add(phrase, true);
            case "percent-of" -> percentOf.add(phrase, true);
            case "durations" -> durations.add(phrase, new DurationUnit(args[0], args.length > 1 ? Double.parseDouble(args[1]) : 1));
            case "units" -> units.add(phrase, args[0]);
            case "qualifiers-before" -> {
                if (args[0].equals("BETWEEN")) {
                    rangeOpeners.add(phrase, true);
                } else {
                    qualifiersBefore.add(phrase, Qualifier.valueOf(args[0]));
                }
            }
            case "qualifiers-after" -> qualifiersAfter.add(phrase, Qualifier.valueOf(args[0]));
            case "range-joiners" -> rangeJoiners.add(phrase, true);
            case "months" -> months.add(phrase, true);
            case "blockers-before" -> blockersBefore.add(phrase, true);
            case "non-figure-suffixes" -> nonFigureSuffixes.add(phrase, true);
            case "ordinals" -> ordinals.add(phrase, Double.parseDouble(args[0]));
            case "ordinal-suffixes" -> ordinalSuffixes.put(phrase,
                    List.of(args.length == 0 ? new String[] {""} : args[0].split("\\|", -1)));
            case "fraction-connectors" -> fractionConnectors.add(phrase, true);
            case "decimal-words" -> decimalWords.add(phrase, true);
            case "determiners-before-point" -> determinersBeforePoint.add(phrase, true);
            case "one-determiners" -> oneDeterminers.add(phrase, true);
            case "one-as-pronoun-after" -> oneAsPronounAfter.add(phrase, true);
            case "fraction-over" -> overWords.add(phrase, true);
            case "negative" -> negatives.add(phrase, true);
            case "minor-currency" -> {
                minorCurrencies.add(phrase, has(args, "glued"));
                if (has(args, "after-digits")) {
                    minorAfterDigits.add(phrase, true);
                }
            }
            case "clock-after" -> clockAfter.add(phrase, true);
            case "relative-time-after" -> relativeAfter.add(phrase, true);
            case "relative-time-before" -> relativeBefore.add(phrase, true);
            case "age-before" -> ageBefore.add(phrase, true);
            case "age-after" -> ageAfter.add(phrase, true);
            case "vague-before" -> vagueBefore.add(phrase, true);
            case "score-joiners" -> scoreJoiners.add(phrase, true);
            case "range-to" -> rangeTo.add(phrase, true);
            case "change-before" -> changeBefore.add(phrase, true);
            case "change-from" -> changeFrom.add(phrase, true);
            case "change-to" -> changeTo.add(phrase, true);
            case "year-before" -> yearBefore.add(phrase, true);
            case "money-before" -> moneyBefore.add(phrase, true);
            case "money-of" -> moneyOf.add(phrase, true);
            case "after-article-amount" -> afterArticleAmount.add(phrase, true);
            case "not-after-article" -> notAfterArticle.add(phrase, true);
            default -> throw new IllegalArgumentException("unknown section [" + section + "]");
        }
    }

    /** "fünf" → "fuenf", "Größe" → "Groesse": the spelling German uses without umlauts and ß. */
    static String asciiSpelling(String s) {
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    private void addNumber(String phrase, String[] args) {
        NumberWord w = new NumberWord(Double.parseDouble(args[0]),
                NumberWord.Kind.valueOf(args[1].toUpperCase(Locale.ROOT)), has(args, "standalone"),
                has(args, "counted"));
        if (w.kind() != NumberWord.Kind.JOINER) {
            numbers.add(phrase, w);
            if (!phrase.contains(" ") && !phrase.contains("-")) {
                singleNumbers.put(phrase, w);
            }
        }
        if (compoundNumbers && !phrase.contains(" ")) {
            morphemes.put(phrase, w);
            longestMorpheme = Math.max(longestMorpheme, phrase.length());
        }
    }

    private void setting(String key, String value) {
        switch (key) {
            case "decimal" -> decimalSeparator = value.charAt(0);
            case "space-groups-digits" -> spaceGroupsDigits = Boolean.parseBoolean(value);
            case "vigesimal" -> vigesimal = Boolean.parseBoolean(value);
            case "compound-numbers" -> compoundNumbers = Boolean.parseBoolean(value);
            case "glued-hour-is-time" -> gluedHourIsTime = Boolean.parseBoolean(value);
            case "spaced-hyphen-joins-range" -> spacedHyphenJoinsRange = Boolean.parseBoolean(value);
            case "comma-after-scale-joins" -> commaAfterScaleJoins = Boolean.parseBoolean(value);
            case "compound-denominators" -> compoundDenominators = Boolean.parseBoolean(value);
            case "ascii-umlauts" -> asciiUmlauts = Boolean.parseBoolean(value);
            default -> throw new IllegalArgumentException("unknown setting " + key);
        }
    }

    private static boolean has(String[] args, String flag) {
        for (String a : args) {
            if (a.equalsIgnoreCase(flag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The denominator an ordinal word stands for when it is not listed itself: a cardinal stem
     * plus a regular ending ("vingtième", "veintiunavo", "sixths"), or a cardinal glued to a
     * listed scale ordinal ("dosmilésimos" = 2 × 1000). Null when the word is no ordinal.
     */
    Double derivedOrdinal(String word) {
        for (Map.Entry<String, List<String>> e : ordinalSuffixes.entrySet()) {
            if (!word.endsWith(e.getKey()) || word.length() <= e.getKey().length()) {
                continue;
            }
            String stem = word.substring(0, word.length() - e.getKey().length());
            for (String ending : e.getValue()) {
                Double v = cardinalWordValue(stem + ending);
                if (v != null && v >= 1) {
                    return v;
                }
            }
        }
        for (int k = 2; k < word.length() - 3; k++) {
            NumberWord head = singleNumbers.get(word.substring(0, k));
            Double tail = singleOrdinal(word.substring(k));
            if (head != null && tail != null && tail >= 100 && head.value() >= 1) {
                return head.value() * tail;
            }
        }
        return null;
    }

    private Double singleOrdinal(String word) {
        List<Token> t = new Tokenizer(false).tokenize(word);
        PhraseTable.Match<Double> m = ordinals.longestAt(t, 0);
        return m != null && m.length() == t.size() && m.value() > 0 ? m.value() : null;
    }

    private Double cardinalWordValue(String word) {
        NumberWord w = singleNumbers.get(word);
        if (w != null) {
            return w.kind() == NumberWord.Kind.ARTICLE || w.kind() == NumberWord.Kind.HALF ? null : w.value();
        }
        List<NumberWord> parts = splitCompound(word);
        if (parts == null) {
            parts = new ArrayList<>();
            if (!splitGlued(word, 0, parts)) {
                return null;
            }
        }
        NumberAccumulator acc = new NumberAccumulator(vigesimal);
        for (NumberWord p : parts) {
            if (!acc.add(p)) {
                return null;
            }
        }
        return acc.complete() ? acc.value() : null;
    }

    /**
     * Splits an ordinal stem written as one word into cardinal words ("cientocinco" = ciento +
     * cinco, "treintaicinco" = treinta + i + cinco); an "i"/"y" may only join a ten to a unit.
     */
    private boolean splitGlued(String word, int from, List<NumberWord> parts) {
        if (from == word.length()) {
            return parts.size() > 1;
        }
        for (int end = word.length(); end >= from + 2; end--) {
            NumberWord w = singleNumbers.get(word.substring(from, end));
            if (w == null || w.kind() == NumberWord.Kind.ARTICLE || w.kind() == NumberWord.Kind.HALF) {
                continue;
            }
            parts.add(w);
            if (splitGlued(word, end, parts)) {
                return true;
            }
            if (w.kind() == NumberWord.Kind.TEN && end + 1 < word.length()
                    && (word.charAt(end) == 'i' || word.charAt(end) == 'y')) {
                NumberWord unit = singleNumbers.get(word.substring(end + 1));
                if (unit != null && (unit.kind() == NumberWord.Kind.UNIT || unit.kind() == NumberWord.Kind.WEAK)) {
                    parts.add(unit);
                    return true;
                }
            }
            parts.remove(parts.size() - 1);
        }
        return false;
    }

    /**
     * Splits a compound number word ("zweihunderteinundzwanzig") into lexicon morphemes, or
     * returns null when the word is not entirely made of them ("Achtung", "Einheit").
     */
    List<NumberWord> splitCompound(String word) {
        if (!compoundNumbers || word.length() < 4) {
            return null;
        }
        List<NumberWord> parts = new ArrayList<>();
        if (!split(word, 0, parts)) {
            return null;
        }
        // German puts units before tens: "ein-und-zwanzig" is 1 + 20 = 21.
        List<NumberWord> folded = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            NumberWord w = parts.get(k);
            if (w.kind() == NumberWord.Kind.JOINER) {
                if (folded.isEmpty() || k + 1 >= parts.size()
                        || parts.get(k + 1).kind() != NumberWord.Kind.TEN) {
                    return null;
                }
                NumberWord unit = folded.remove(folded.size() - 1);
                if (unit.kind() != NumberWord.Kind.UNIT && unit.kind() != NumberWord.Kind.WEAK) {
                    return null;
                }
                folded.add(new NumberWord(unit.value() + parts.get(++k).value(), NumberWord.Kind.TEN, false));
            } else {
                folded.add(w);
            }
        }
        return folded;
    }

    private boolean split(String word, int from, List<NumberWord> parts) {
        if (from == word.length()) {
            return !parts.isEmpty() && parts.get(parts.size() - 1).kind() != NumberWord.Kind.JOINER;
        }
        for (int len = Math.min(longestMorpheme, word.length() - from); len >= 2; len--) {
            NumberWord w = morphemes.get(word.substring(from, from + len));
            if (w != null) {
                parts.add(w);
                if (split(word, from + len, parts)) {
                    return true;
                }
                parts.remove(parts.size() - 1);
            }
        }
        return false;
    }
}
