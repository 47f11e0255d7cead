package org.claimscope.pipeline.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata written in an article's own text, for when the markup or the document properties do not carry it: a
 * publication date ("Publicado em 12/03/2025 às 09h40", "Published March 12, 2025", "LISBOA, 12 de março de 2025
 * —") and a byline ("Por Ana Lima", "By Jane Doe"). Only the top of the text is searched, and an unlabelled date
 * counts only on a short line or as a dateline, so the date of an event in the first sentence is not taken for the
 * publication date. Stateless and thread-safe.
 */
public final class TextMetadata {

    /** How far into the text a dateline or byline is looked for. */
    static final int TOP_CHARS = 1200;
    private static final int SHORT_LINE = 90;

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        month(1, "janeiro", "enero", "january", "jan", "janvier", "januar", "janv");
        month(2, "fevereiro", "febrero", "february", "feb", "fev", "février", "fevrier", "februar", "févr");
        month(3, "março", "marco", "marzo", "march", "mar", "mars", "märz", "maerz");
        month(4, "abril", "april", "apr", "abr", "avril", "avr");
        month(5, "maio", "mayo", "may", "mai");
        month(6, "junho", "junio", "june", "jun", "juin", "juni");
        month(7, "julho", "julio", "july", "jul", "juillet", "juli", "juil");
        month(8, "agosto", "august", "aug", "ago", "août", "aout");
        month(9, "setembro", "septiembre", "setiembre", "september", "sep", "sept", "set", "septembre");
        month(10, "outubro", "octubre", "october", "oct", "out", "octobre", "oktober", "okt");
        month(11, "novembro", "noviembre", "november", "nov", "novembre");
        month(12, "dezembro", "diciembre", "december", "dec", "dez", "dic", "décembre", "decembre", "dezember");
    }

    private static void month(int n, String... names) {
        for (String s : names) {
            MONTHS.put(s, n);
        }
    }

    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final String TIME = "(?:\\s*(?:,|às|as|a las|at|um|à|-|–|T)?\\s*(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})"
            + "(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.))?)?";

    /** 12/03/2025, 12.03.2025, 12-03-2025 (day/month or month/day, see {@link #numeric}). */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** 12 de março de 2025, 12 March 2025, 12. März 2025, 1er mars 2025. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:º|o|er|\\.)?\\s+(?:de\\s+)?" + MONTH + "\\s*(?:de|del|,)?\\s+(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** March 12, 2025 / Mar. 12 2025. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** 2025-03-12 (ISO). */
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b" + TIME);

    /** A label saying that the date that follows is the publication date. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?:publicad[oa]|publicação|publicación|published|posted|publié|publie|veröffentlicht|data|fecha|date)"
            + "\\s*(?:em|el|on|le|am|:|-|–)?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label saying that the date is not the publication date. */
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "(?:atualizad[oa]|actualizad[oa]|updated|modified|mis à jour|aktualisiert|editad[oa]|revisad[oa])"
            + "\\s*(?:em|el|on|le|am|:|-|–)?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "CIDADE, <date> —" at the start of a line. */
    private static final Pattern DATELINE_PREFIX = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\p{L} .'()-]{1,40},\\s*$",
            Pattern.UNICODE_CASE);

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Pp]or|POR|[Bb]y|BY|[Vv]on|[Pp]ar)\\s*:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|da|do|dos|das|del|de la|van|von|e|y|and|und|et)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’-]*){1,5})\\s*(?:[,|–—-].{0,40})?$",
            Pattern.UNICODE_CASE);

    private TextMetadata() {
    }

    /** A date found in {@code lines}: labelled publication dates first, then a short-line date or a dateline. */
    public static String publishedDate(List<String> lines, String language) {
        String labelled = null;
        String unlabelled = null;
        int seen = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            for (Found f : dates(line, language)) {
                String before = line.substring(0, f.start);
                if (OTHER_LABEL.matcher(before).find()) {
                    continue;
                }
                if (PUBLISHED_LABEL.matcher(before).find()) {
                    if (labelled == null) {
                        labelled = f.iso;
                    }
                } else if (unlabelled == null && (line.length() <= SHORT_LINE
                        || (f.start < 45 && DATELINE_PREFIX.matcher(before).matches()))) {
                    unlabelled = f.iso;
                }
            }
            if (labelled != null) {
                return labelled;
            }
            seen += line.length();
            if (seen > TOP_CHARS) {
                break;
            }
        }
        return unlabelled;
    }

    /** The date on a line when a label says it is the publication date ("Publicado em 12/03/2025"), or null. */
    public static String labelledDate(String line, String language) {
        for (Found f : dates(line, language)) {
            String before = line.substring(0, f.start);
            if (PUBLISHED_LABEL.matcher(before).find() && !OTHER_LABEL.matcher(before).find()) {
                return f.iso;
            }
        }
        return null;
    }

    /** Same as {@link #publishedDate(List, String)} on the top of a text (lines split on line breaks). */
    public static String publishedDate(String text, String language) {
        String top = text.length() > TOP_CHARS ? text.substring(0, TOP_CHARS) : text;
        return publishedDate(List.of(top.split("\n")), language);
    }

    /** The name in a byline line ("Por Ana Lima", "By Jane Doe, Reuters") among the first lines of a text. */
    public static String byline(String text) {
        String top = text.length() > TOP_CHARS ? text.substring(0, TOP_CHARS) : text;
        int n = 0;
        for (String raw : top.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++n > 6) {
                break;
            }
            if (line.length() <= SHORT_LINE) {
                Matcher m = BYLINE.matcher(line);
                if (m.matches()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    /** The name when {@code line} is nothing but a byline ("Por Ana Lima", "By Jane Doe, Reuters"), else null. */
    public static String bylineName(String line) {
        String l = line.strip();
        if (l.length() > SHORT_LINE) {
            return null;
        }
        Matcher m = BYLINE.matcher(l);
        return m.matches() ? m.group(1).strip() : null;
    }

    private record Found(int start, String iso) {
    }

    private static List<Found> dates(String line, String language) {
        java.util.ArrayList<Found> out = new java.util.ArrayList<>();
        Matcher m = ISO.matcher(line);
        while (m.find()) {
            add(out, m.start(), ymd(m.group(1), m.group(2), m.group(3)), m.group(4), m.group(5), null);
        }
        m = NUMERIC.matcher(line);
        while (m.find()) {
            add(out, m.start(), numeric(m.group(1), m.group(2), m.group(3), language), m.group(4), m.group(5),
                    m.group(6));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                add(out, m.start(), date(m.group(3), month, m.group(1)), m.group(4), m.group(5), m.group(6));
            }
        }
        m = MONTH_DAY_YEAR.matcher(line);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                add(out, m.start(), date(m.group(3), month, m.group(2)), m.group(4), m.group(5), m.group(6));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private static void add(List<Found> out, int start, LocalDate date, String hour, String minute, String ampm) {
        if (date == null || date.getYear() < 1990 || date.getYear() > 2100) {
            return;
        }
        String iso = date.toString();
        if (hour != null && minute != null) {
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(minute);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                h = h % 12 + (pm ? 12 : 0);
            }
            if (h < 24 && min < 60) {
                iso = LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), h, min).toString();
            }
        }
        out.add(new Found(start, iso));
    }

    /** Day first, except in English when both readings are possible (US month/day). */
    private static LocalDate numeric(String a, String b, String year, String language) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        boolean monthFirst = x <= 12 && (y > 12 || (language != null && language.startsWith("en")));
        return monthFirst ? date(year, x, String.valueOf(y)) : date(year, y, String.valueOf(x));
    }

    private static LocalDate ymd(String year, String month, String day) {
        return date(year, Integer.parseInt(month), day);
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
