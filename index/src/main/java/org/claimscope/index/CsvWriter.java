package org.claimscope.index;

import java.io.IOException;
import java.io.Writer;

/**
 * A minimal RFC 4180 writer: comma-separated, CRLF line ends, a field is quoted when it holds a comma,
 * a double quote, CR, LF or leading/trailing spaces, and quotes inside are doubled. Null is an empty field.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(fields[i]);
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        if (s == null || s.isEmpty()) {
            return;
        }
        if (!needsQuotes(s)) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }

    static boolean needsQuotes(String s) {
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
