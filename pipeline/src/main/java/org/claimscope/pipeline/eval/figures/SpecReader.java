package org.claimscope.pipeline.eval.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads recognizers-text spec JSON (BOM tolerated) into {@link SpecCase}s. */
final class SpecReader {

    private final ObjectMapper mapper = new ObjectMapper();

    List<SpecCase> read(Path file, char decimalSeparator) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("bad spec file " + file, e);
        }
        List<SpecCase> cases = new ArrayList<>();
        int index = 0;
        for (JsonNode c : root) {
            List<SpecCase.Expected> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                expected.add(expected(r, decimalSeparator));
            }
            cases.add(new SpecCase(index++, c.path("Input").asText(), List.copyOf(expected)));
        }
        return cases;
    }

    private static SpecCase.Expected expected(JsonNode r, char decimalSeparator) {
        JsonNode res = r.path("Resolution");
        String raw = res.path("value").isTextual() ? res.path("value").asText() : null;
        String iso = res.path("isoCurrency").isTextual() ? res.path("isoCurrency").asText() : null;
        Double value = null;
        Double low = null;
        Double high = null;
        if (raw != null && "numberrange".equals(r.path("TypeName").asText())) {
            String inner = raw.strip();
            inner = inner.substring(1, inner.length() - 1); // drop the interval brackets
            int comma = inner.indexOf(',');
            low = parseNumber(inner.substring(0, comma), '.');
            high = parseNumber(inner.substring(comma + 1), '.');
        } else if (raw != null) {
            value = parseNumber(raw.replace("%", ""), decimalSeparator);
        }
        int start = r.path("Start").asInt();
        return new SpecCase.Expected(r.path("Text").asText(), start, r.path("End").asInt() + 1, value, iso, low, high);
    }

    /** Parses a spec value written in the language's own format ("4,5" in Portuguese). */
    static Double parseNumber(String s, char decimalSeparator) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        int dot = t.lastIndexOf('.');
        int comma = t.lastIndexOf(',');
        char decimal;
        if (dot >= 0 && comma >= 0) {
            decimal = dot > comma ? '.' : ',';
        } else if (comma >= 0) {
            decimal = ',';
        } else if (dot >= 0 && decimalSeparator == ',' && (t.length() - dot - 1 == 3 || t.indexOf('.') != dot)) {
            decimal = 0;
        } else {
            decimal = '.';
        }
        StringBuilder b = new StringBuilder();
        for (char ch : t.toCharArray()) {
            if (ch == decimal) {
                b.append('.');
            } else if (ch != '.' && ch != ',' && ch != ' ') {
                b.append(ch);
            }
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
