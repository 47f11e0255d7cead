package org.claimscope.pipeline.normalize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns the date strings found in metadata into ISO 8601 (date or date-time), or null when unparseable. */
final class Dates {

    private Dates() {
    }

    static String toIso(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        // "+0000" style offsets and a space instead of T
        String fixed = s.replace(' ', 'T').replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return OffsetDateTime.parse(fixed).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDateTime.parse(fixed).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // next
        }
        String day = s.length() >= 10 ? s.substring(0, 10) : s;
        try {
            return LocalDate.parse(day).toString();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDate.parse(s.toLowerCase(Locale.ROOT), DateTimeFormatter.ofPattern("yyyyMMdd")).toString();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
