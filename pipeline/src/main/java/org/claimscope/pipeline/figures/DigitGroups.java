package org.claimscope.pipeline.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscope.model.Figure;
import org.claimscope.model.FigureType;
import org.claimscope.model.Qualifier;
import org.claimscope.model.Span;

/**
 * The digit groups of IP addresses and phone numbers, each a plain number. News leaves these
 * identifiers out (they are no claims); a number-recognition suite reads every group, so they are
 * added only without news conventions.
 */
final class DigitGroups {

    /** "192.168.1.2": four dot-separated groups of one to three digits, not inside a longer number. */
    private static final Pattern IP = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d.]\\d)");

    /** "+1-222-2222/2222", "555-1234": an optional country code, then groups joined by - or / (a dot groups thousands). */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.])\\+?\\d{1,4}(?:[-/]\\d{2,5}){2,}(?![\\w.]\\w)|(?<![\\w.+-])\\d{3}-\\d{4}(?![\\w-])");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private DigitGroups() {
    }

    /** Spans of identifiers in {@code text}; figures inside them are to be replaced by their groups. */
    static List<Span> identifiers(String text) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : List.of(IP, PHONE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (p == PHONE ? isDate(m.group()) : m.group().matches("\\d{1,3}(?:\\.\\d{3}){3}")) {
                    continue; // a date, or "1.000.000.000" grouped in thousands
                }
                Span s = new Span(m.start(), m.end());
                if (out.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** "12/05/2024", "2024-05-12", "1.5.2024": three groups with a year are a date, not a phone number. */
    private static boolean isDate(String s) {
        String[] parts = s.split("[-/.]");
        return parts.length == 3 && (parts[0].length() == 4 || parts[2].length() == 4 || parts[2].length() == 2)
                && !s.startsWith("+") && parts[1].length() <= 2;
    }

    /** {@code found} without figures overlapping an identifier, plus one number per digit group. */
    static List<Figure> split(String text, List<Figure> found) {
        List<Span> ids = new ArrayList<>(identifiers(text));
        // "100-1000 liters": the recognizer already read the pair as a range (see RuleFigureRecognizer.roundRange)
        ids.removeIf(s -> text.substring(s.start(), s.end()).matches("\\d+-\\d+") && found.stream().anyMatch(
                f -> f.qualifier() == Qualifier.BETWEEN && f.span().start() == s.start() && f.span().end() >= s.end()));
        if (ids.isEmpty()) {
            return found;
        }
        List<Figure> out = new ArrayList<>();
        for (Figure f : found) {
            if (ids.stream().noneMatch(s -> s.start() < f.span().end() && f.span().start() < s.end())) {
                out.add(f);
            }
        }
        for (Span s : ids) {
            Matcher d = DIGITS.matcher(text).region(s.start(), s.end());
            while (d.find()) {
                Span g = new Span(d.start(), d.end());
                out.add(new Figure(null, FigureType.NUMBER, d.group(), g, Double.parseDouble(d.group()), null, null,
                        null, null));
            }
        }
        out.sort(Comparator.comparingInt(f -> f.span().start()));
        return out;
    }
}
