package org.claimscope.pipeline.figures;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ISO 4217 currencies as the JDK knows them, so that amounts in any of the world's currencies
 * ("42 KWD", "MYR 42", "300 Kuwaiti dinars") are money without listing each one in a lexicon.
 * Codes count only when written in capitals: lower-case "all", "top" or "try" are words.
 */
final class IsoCurrencies {

    /**
     * Codes that in capitals are more often a word or a well-known name: "ALL 5 solutions",
     * "COP 28" (the climate summit), "CVE 2024", "AMD" (the chip maker), "SOS", "STD", "TPE" (Chinese Taipei).
     */
    private static final Set<String> WORDS = Set.of("ALL", "TOP", "CUP", "PEN", "GEL", "MAD", "BAM", "SOS",
            "BOB", "MOP", "AMD", "NAD", "CVE", "COP", "STD", "SIT", "TPE", "BTN", "ERN", "ROL", "GIP", "DOP",
            "LAK", "PAB", "MRO", "CHE", "CUC", "ANG", "LSL", "SVC", "KGS", "LVL", "MTL");

    /** Codes that in lower case are English words or abbreviations ("try 3", "hrs"), on top of {@link #WORDS}. */
    private static final Set<String> LOWER_CASE_WORDS = Set.of("TRY", "RUB", "RON", "PHP", "ESP", "YUM", "EEK",
            "DEM", "FIM", "ATS", "IEP");

    /** Upper-case codes of real currencies (the X.. codes are metals, funds and test codes). */
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(c -> !c.startsWith("X") && !WORDS.contains(c))
            .collect(Collectors.toUnmodifiableSet());

    private IsoCurrencies() {
    }

    /** The code a token spells ("MYR"), or null: three capital letters naming a known currency. */
    static String code(Token t) {
        String s = t.text();
        return t.isWord() && s.length() == 3 && s.equals(s.toUpperCase(Locale.ROOT)) && CODES.contains(s) ? s : null;
    }

    /**
     * The code a lower-case token spells ("dkk 300" in lower-cased or tokenized text), or null
     * when the letters are also an English word.
     */
    static String lowerCaseCode(Token t) {
        String s = t.text();
        String up = s.toUpperCase(Locale.ROOT);
        return t.isWord() && s.length() == 3 && s.equals(t.lower()) && CODES.contains(up)
                && !LOWER_CASE_WORDS.contains(up) ? up : null;
    }

    /**
     * The code at token k (in capitals, or in lower case when no word), unless the text around it is in capitals ("TOP 10 PICKS"), where
     * three capitals are a headline word rather than a code.
     */
    static String codeAt(java.util.List<Token> toks, int k) {
        if (k < 0 || k >= toks.size()) {
            return null;
        }
        String code = code(toks.get(k));
        if (code == null) {
            return lowerCaseCode(toks.get(k));
        }
        for (int n = Math.max(0, k - 2); n <= Math.min(toks.size() - 1, k + 2); n++) {
            Token t = toks.get(n);
            if (n != k && t.isWord() && t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))
                    && code(t) == null) {
                return null;
            }
        }
        return code;
    }

    /** Last words of currency names that are also English words or no name in use ("real terms", "gold"). */
    private static final Set<String> NOT_NAMES = Set.of("gold", "real", "sol", "soberano", "mvdol", "kip");

    /**
     * English names, singular and plural, lower-cased, to their codes: the full names of two words
     * or more ("kuwaiti dinar", "hong kong dollar"), and a name's last word alone when no other
     * currency ends in it ("kwanza", "tugriks"; not "dinar" or "pesos"). Dated names ("… (1993–2006)")
     * are skipped.
     */
    static Map<String, String> englishNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> byLastWord = new java.util.TreeMap<>();
        for (String code : Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .filter(c -> !c.startsWith("X")).sorted().toList()) {
            String name = Currency.getInstance(code).getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.contains("(") || name.equalsIgnoreCase(code)) {
                continue;
            }
            byLastWord.computeIfAbsent(name.substring(name.lastIndexOf(' ') + 1), w -> new java.util.TreeSet<>()).add(code);
            if (name.contains(" ")) {
                addWithPlural(names, name, code);
            }
        }
        byLastWord.forEach((word, codes) -> {
            if (codes.size() == 1 && !NOT_NAMES.contains(word)) {
                addWithPlural(names, word, codes.iterator().next());
            }
        });
        return names;
    }

    private static void addWithPlural(Map<String, String> names, String name, String code) {
        names.putIfAbsent(name, code);
        names.putIfAbsent(name.endsWith("s") ? name : name + "s", code);
    }
}
