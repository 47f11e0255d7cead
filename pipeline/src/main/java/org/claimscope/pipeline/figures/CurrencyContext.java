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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;

/**
 * Resolves currencies that a sentence alone cannot: "25 million pesos" in a story about Chile is CLP, and
 * "$ 150.000" in an Argentine story written in Spanish is ARS. Works on the whole document because the
 * country is usually named once, far from the amount.
 */
public final class CurrencyContext {

    private record Country(String family, String iso, Pattern words) { }

    /** Spanish-language press writes its own peso as a bare "$"; elsewhere "$" stays the dollar. */
    private static final Set<String> BARE_DOLLAR_IS_PESO = Set.of("es");
    /** A bare "$" is read as another country's dollar only when the article names that country this often. */
    private static final int MIN_DOLLAR_MENTIONS = 3;
    private static final Pattern BARE_DOLLAR = Pattern.compile("(?<![\\p{L}])\\$(?!\\s*\\p{L})");
    /** Canadian Press style, "$38-million", "$1.2-billion": each one names Canada as much as a place would. */
    private static final Pattern CANADIAN_AMOUNT = Pattern.compile("(?<![\\p{L}])\\$\\d[\\d.,]*-(?:million|billion|trillion)\\b");

    private final List<Country> countries;
    private final Set<String> familyCodes;

    private CurrencyContext(List<Country> countries) {
        this.countries = countries;
        Set<String> codes = new java.util.HashSet<>();
        countries.forEach(c -> codes.add(c.iso()));
        this.familyCodes = Set.copyOf(codes);
    }

    /** Loads the bundled country table. */
    public static CurrencyContext load() {
        try (InputStream in = CurrencyContext.class.getResourceAsStream("currency-countries.txt")) {
            if (in == null) {
                throw new IllegalStateException("currency-countries.txt missing from the classpath");
            }
            List<Country> countries = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                List<String> alternatives = new ArrayList<>();
                for (String w : f[2].split(",")) {
                    alternatives.add(Pattern.quote(w.strip()));
                }
                Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                countries.add(new Country(f[0].strip(), f[1].strip(), words));
            }
            return new CurrencyContext(List.copyOf(countries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures with bare shared currency names replaced by the country the text names most. */
    public List<Figure> resolve(String text, String language, List<Figure> figures) {
        List<Figure> out = figures;
        if (figures.stream().anyMatch(f -> needsContext(f, language))) {
            String iso = dominantCountry(text, "peso", 1);
            if (iso != null) {
                out = replaced(out, f -> needsContext(f, language), iso);
            }
        }
        if (out.stream().anyMatch(f -> bareDollar(f, language))) {
            String iso = dominantCountry(text, "dollar", MIN_DOLLAR_MENTIONS);
            if (iso != null && !iso.equals("USD")) {
                out = replaced(out, f -> bareDollar(f, language), iso);
            }
        }
        return out;
    }

    private static List<Figure> replaced(List<Figure> figures, java.util.function.Predicate<Figure> which, String iso) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(which.test(f)
                    ? new Figure(f.id(), f.type(), f.text(), f.span(), f.value(), iso, f.qualifier(), f.low(), f.high())
                    : f);
        }
        return out;
    }

    /** A dollar amount said only with "$" or "dollars" in a language whose press does not mean a peso by it. */
    private static boolean bareDollar(Figure f, String language) {
        if (f.type() != FigureType.MONEY || !"USD".equals(f.unit())
                || (language != null && BARE_DOLLAR_IS_PESO.contains(language))) {
            return false;
        }
        String t = f.text().toLowerCase(Locale.ROOT);
        if (t.contains("us") || t.contains("u.s") || t.contains("american") || t.contains("buck")) {
            return false;
        }
        return BARE_DOLLAR.matcher(f.text()).find() || t.matches(".*\\bdollars?\\b.*");
    }

    private boolean needsContext(Figure f, String language) {
        if (f.type() != FigureType.MONEY || f.unit() == null) {
            return false;
        }
        String t = f.text().toLowerCase(Locale.ROOT);
        if (familyCodes.contains(f.unit()) && t.contains("peso")) {
            return countries.stream().noneMatch(c -> c.words().matcher(t).find()); // "pesos chilenos" says it
        }
        return "USD".equals(f.unit()) && language != null && BARE_DOLLAR_IS_PESO.contains(language)
                && BARE_DOLLAR.matcher(f.text()).find() && !t.contains("usd") && !t.contains("dólar");
    }

    /** The ISO code of the family's country named most often (at least {@code min} times), or null when none or a tie. */
    private String dominantCountry(String text, String family, int min) {
        Map<String, Integer> counts = new HashMap<>();
        for (Country c : countries) {
            if (!c.family().equals(family)) {
                continue;
            }
            Matcher m = c.words().matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if ("CAD".equals(c.iso())) {
                for (Matcher style = CANADIAN_AMOUNT.matcher(text); style.find(); ) {
                    n++;
                }
            }
            if (n > 0) {
                counts.merge(c.iso(), n, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie || top < min ? null : best;
    }
}
