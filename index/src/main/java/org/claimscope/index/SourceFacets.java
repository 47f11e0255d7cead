package org.claimscope.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The facet values that group statements by where and when they were published. The source facet names the
 * outlet, not the article: one value per article would make every query pay for counting hundreds of thousands
 * of values, and would group nothing.
 */
final class SourceFacets {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    private SourceFacets() {
    }

    /**
     * The publication's name from the page metadata; else the URL's host without "www."; else the folder the file
     * was read from (collections are usually kept one folder per outlet); else null.
     */
    static String outlet(SourceInfo src) {
        if (src.site() != null && !src.site().isBlank()) {
            return src.site().strip();
        }
        String host = host(src.url());
        if (host != null) {
            return host;
        }
        return folder(src.path());
    }

    /** "YYYY-MM" of an ISO 8601 date, or null when there is none. */
    static String month(String published) {
        OptionalLong millis = PublishedDates.toEpochMillis(published);
        if (millis.isEmpty()) {
            return null;
        }
        return Instant.ofEpochMilli(millis.getAsLong()).atZone(ZoneOffset.UTC).format(MONTH);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String folder(String path) {
        if (path == null) {
            return null;
        }
        String p = path.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        if (slash <= 0) {
            return null;
        }
        String dir = p.substring(0, slash);
        String name = dir.substring(dir.lastIndexOf('/') + 1);
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }
}
