package org.claimscope.pipeline.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;

/**
 * Turns amounts in a minor currency unit into the major currency, as the rest of an article's money is stated:
 * "24 cents a share" in a story told in dollars is 0.24 USD, "185p" is 1.85 GBP. The recognizer keeps them as
 * stated (unit {@value RuleFigureRecognizer#MINOR_UNIT}) because a sentence alone does not say whose cents they
 * are; the article does. Pence are always sterling. Cents are the currency of the article's other amounts that
 * have cents (the most frequent one), or, in English with no such amount, US dollars. Other minor units
 * (centavos, kopecks, sen …) stay as stated unless the article's money is in exactly one currency.
 */
public final class MinorUnits {

    /** Currencies divided into cents, as newspapers write them. */
    private static final Set<String> CENT_CURRENCIES = Set.of("USD", "CAD", "AUD", "NZD", "EUR", "HKD", "SGD",
            "ZAR", "TWD", "JMD", "TTD", "BSD", "BBD", "FJD", "NAD", "KES", "UGX");
    private static final Pattern PENCE = Pattern.compile("(?i)(?<=\\d)p$|\\b(?:pence|penny|pennies)$");
    private static final Pattern EURO_CENTS = Pattern.compile("(?i)\\beuro\\s+cents?$");
    private static final Pattern CENTS = Pattern.compile("(?i)(?<=\\d)(?:c|¢)$|\\bcents?$|^¢");

    /** The figures, with minor-unit amounts in their major currency where the article says which. */
    public List<Figure> resolve(String language, List<Figure> figures) {
        if (figures.stream().noneMatch(MinorUnits::minor)) {
            return figures;
        }
        Map<String, Integer> majors = new HashMap<>();
        for (Figure f : figures) {
            if (f.type() == FigureType.MONEY && f.unit() != null && !minor(f)) {
                majors.merge(f.unit(), 1, Integer::sum);
            }
        }
        String centCurrency = mostFrequent(majors, CENT_CURRENCIES);
        if (centCurrency == null && "en".equals(language)) {
            centCurrency = "USD";
        }
        String only = majors.size() == 1 ? majors.keySet().iterator().next() : null;
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(minor(f) ? major(f, currencyOf(f.text().strip(), centCurrency, only)) : f);
        }
        return out;
    }

    private static String currencyOf(String text, String centCurrency, String only) {
        if (PENCE.matcher(text).find()) {
            return "GBP";
        }
        if (EURO_CENTS.matcher(text).find()) {
            return "EUR";
        }
        if (CENTS.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return centCurrency;
        }
        return only;
    }

    private static Figure major(Figure f, String iso) {
        if (iso == null) {
            return f;
        }
        return new Figure(f.id(), f.type(), f.text(), f.span(), hundredth(f.value()), iso, f.qualifier(),
                hundredth(f.low()), hundredth(f.high()));
    }

    private static Double hundredth(Double v) {
        return v == null ? null : v / 100.0;
    }

    private static boolean minor(Figure f) {
        return f.type() == FigureType.MONEY && RuleFigureRecognizer.MINOR_UNIT.equals(f.unit());
    }

    private static String mostFrequent(Map<String, Integer> counts, Set<String> among) {
        String best = null;
        int top = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (among.contains(e.getKey()) && e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return best;
    }
}
