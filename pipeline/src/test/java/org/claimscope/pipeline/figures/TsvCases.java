package org.claimscope.pipeline.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a tab-separated case table from this package's test resources; blank and # lines are skipped. */
final class TsvCases {

    private TsvCases() { }

    static Stream<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TsvCases.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows.stream();
    }

    /** The expected-figures column: descriptions joined by " ; ", or "-"/blank for none. */
    static List<String> figureList(String expected) {
        List<String> want = new ArrayList<>();
        for (String e : expected.split(" ; ")) {
            if (!e.isBlank() && !e.equals("-")) {
                want.add(e.strip());
            }
        }
        return want;
    }
}
