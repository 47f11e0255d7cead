package org.claimscope.app.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscope.index.SearchRequest;

/**
 * The query string of a request, read strictly: an unknown parameter or a malformed value is a
 * {@link BadRequestException} naming it, so a typo such as {@code ?speker=} is not silently ignored.
 */
final class RequestParameters {

    /** The filters shared by search and export, named like the command-line options. */
    static final Set<String> FILTERS = Set.of("q", "speaker", "lang", "kind", "type", "unit", "min", "max", "since",
            "until");

    private final Map<String, String> values;

    private RequestParameters(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code rawQuery} (still percent-encoded, may be null) allowing only {@code allowed} names. */
    static RequestParameters parse(String rawQuery, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw new BadRequestException("unknown parameter \"" + name + "\" (known: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
                if (values.putIfAbsent(name, value) != null) {
                    throw new BadRequestException("parameter \"" + name + "\" given twice");
                }
            }
        }
        return new RequestParameters(values);
    }

    /** The value, or null when absent or blank. */
    String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    Double number(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a number (e.g. 1e9), was \"" + v + "\"");
        }
    }

    int integer(String name, int absent, int min, int max) {
        String v = text(name);
        if (v == null) {
            return absent;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new BadRequestException(name + " must be a whole number from " + min + " to " + max + ", was \"" + v
                + "\"");
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date YYYY-MM-DD, was \"" + v + "\"");
        }
    }

    /** The search filters; the caller sets limit, sort and facets. */
    SearchRequest.Builder filters() {
        return SearchRequest.builder().query(text("q")).speaker(text("speaker")).language(text("lang"))
                .kind(text("kind")).type(text("type")).unit(text("unit")).min(number("min")).max(number("max"))
                .since(date("since")).until(date("until"));
    }

    SearchRequest.Sort sort() {
        String v = text("sort");
        if (v == null) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            return SearchRequest.Sort.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("sort must be relevance, newest or oldest, was \"" + v + "\"");
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed percent-encoding in \"" + s + "\"");
        }
    }
}
