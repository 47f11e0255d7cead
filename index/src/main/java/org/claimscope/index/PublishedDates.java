package org.claimscope.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** Reads the ISO 8601 forms found in article metadata; times without a zone are taken as UTC. */
final class PublishedDates {

    private PublishedDates() {
    }

    static OptionalLong toEpochMillis(String iso) {
        if (iso == null || iso.isBlank()) {
            return OptionalLong.empty();
        }
        String s = iso.strip();
        try {
            return OptionalLong.of(OffsetDateTime.parse(s).toInstant().toEpochMilli());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OptionalLong.of(ZonedDateTime.parse(s).toInstant().toEpochMilli());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OptionalLong.of(Instant.parse(s).toEpochMilli());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OptionalLong.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            String day = s.length() > 10 ? s.substring(0, 10) : s;
            return OptionalLong.of(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    static long startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static long endOfDay(LocalDate day) {
        return startOfDay(day.plusDays(1)) - 1;
    }
}
