package org.claimscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscope.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimExporterTest {

    @TempDir
    Path dir;

    private ArticleIndex index;
    private QuoteSearcher searcher;
    private ClaimExporter exporter;
    private final ObjectMapper mapper = new ObjectMapper();
    private int claims;

    @BeforeEach
    void indexFixtures() throws IOException {
        index = ArticleIndex.open(dir);
        for (Article a : Fixtures.all()) {
            index.upsert(a, "hash-" + a.id(), List.of(a.source().path()));
            claims += a.claims().size();
        }
        // Enough volume that export crosses segments and goes beyond any search limit.
        for (int i = 0; i < 300; i++) {
            index.upsert(Fixtures.generated(i), "g" + i, List.of("gen/" + i));
            claims += 1;
        }
        index.commit();
        searcher = QuoteSearcher.open(dir, SearchConfig.defaults());
        exporter = new ClaimExporter(searcher);
    }

    @AfterEach
    void close() throws IOException {
        searcher.close();
        index.close();
    }

    private String export(SearchRequest r, ClaimExporter.Format f, long expected) throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(expected, exporter.export(r, f, out));
        return out.toString();
    }

    @Test
    void jsonLinesHasOneParsableClaimPerLine() throws IOException {
        String text = export(SearchRequest.of("*"), ClaimExporter.Format.JSONL, claims);
        String[] lines = text.split("\n");
        assertEquals(claims, lines.length);
        for (String line : lines) {
            JsonNode n = mapper.readTree(line);
            assertEquals("claim", n.get("type").asText());
            assertTrue(n.hasNonNull("articleId"));
            assertEquals(2, n.get("span").size());
        }
    }

    @Test
    void jsonIsOneValidArrayWithTheFullRecord() throws IOException {
        String text = export(SearchRequest.builder().unit("USD").min(1e9).build(), ClaimExporter.Format.JSON, 3);
        JsonNode arr = mapper.readTree(text);
        assertEquals(3, arr.size());
        JsonNode pt = null;
        for (JsonNode n : arr) {
            if (n.get("articleId").asText().equals(Fixtures.PT_ID)) {
                pt = n;
            }
        }
        assertEquals("c1", pt.get("id").asText());
        assertEquals("direct", pt.get("kind").asText());
        assertEquals("Sam Altman", pt.get("speaker").get("name").asText());
        assertEquals("CEO da OpenAI", pt.get("speaker").get("roles").get(0).asText());
        assertEquals("disse", pt.get("cue").asText());
        JsonNode fig = pt.get("figures").get(0);
        assertEquals(1e12, fig.get("value").asDouble());
        assertEquals("USD", fig.get("unit").asText());
        assertEquals("more_than", fig.get("qualifier").asText());
        assertEquals("news/openai.html", pt.get("source").get("path").asText());
        assertEquals("2025-10-08", pt.get("source").get("published").asText());
        assertEquals("pt", pt.get("language").asText());
        assertEquals("q1", pt.get("quote").asText());
    }

    @Test
    void stancesAreExportedWhenAskedForWithTheirKindSourceAndFigures() throws IOException {
        String text = export(SearchRequest.builder().type("stance").build(), ClaimExporter.Format.JSONL, 1);
        JsonNode st = mapper.readTree(text.strip());
        assertEquals("stance", st.get("type").asText());
        assertEquals("st1", st.get("id").asText());
        assertEquals("belief", st.get("kind").asText());
        assertEquals("Microsoft", st.get("speaker").get("name").asText());
        assertEquals("expects", st.get("cue").asText());
        assertEquals(8e10, st.get("figures").get(0).get("value").asDouble());
        assertTrue(st.get("quote").isNull());
        // The default export is claims: the stance's sentence is one, the stance itself is not.
        assertFalse(export(SearchRequest.of("wisconsin"), ClaimExporter.Format.JSONL, 1).contains("\"stance\""));
    }

    @Test
    void emptyResultsAreStillValid() throws IOException {
        assertEquals(0, mapper.readTree(export(SearchRequest.of("zzzz"), ClaimExporter.Format.JSON, 0)).size());
        assertEquals("", export(SearchRequest.of("zzzz"), ClaimExporter.Format.JSONL, 0));
        assertEquals(1, parseCsv(export(SearchRequest.of("zzzz"), ClaimExporter.Format.CSV, 0)).size());
    }

    @Test
    void csvQuotesCommasQuotesAndNewlinesAndFlattensFigures() throws IOException {
        String text = export(SearchRequest.of("*"), ClaimExporter.Format.CSV, claims);
        List<List<String>> rows = parseCsv(text);
        assertEquals(claims + 1, rows.size());
        assertEquals(ClaimExporter.CSV_COLUMNS, rows.get(0));
        int textCol = ClaimExporter.CSV_COLUMNS.indexOf("text");
        List<String> hostile = rows.stream().filter(r -> r.get(textCol).startsWith("Analysts")).findFirst()
                .orElseThrow();
        assertEquals(Fixtures.english().claims().get(2).text(), hostile.get(textCol));
        for (List<String> row : rows) {
            assertEquals(ClaimExporter.CSV_COLUMNS.size(), row.size());
        }
        List<String> pt = rows.stream().filter(r -> r.get(1).equals(Fixtures.PT_ID) && r.get(0).equals("c3"))
                .findFirst().orElseThrow();
        assertEquals("3e9 BRL; 10 USD", pt.get(ClaimExporter.CSV_COLUMNS.indexOf("figures")));
        assertEquals("3e9", pt.get(ClaimExporter.CSV_COLUMNS.indexOf("figure_value")));
        assertEquals("BRL", pt.get(ClaimExporter.CSV_COLUMNS.indexOf("figure_unit")));
        List<String> c1 = rows.stream().filter(r -> r.get(1).equals(Fixtures.PT_ID) && r.get(0).equals("c1"))
                .findFirst().orElseThrow();
        assertEquals("1e12 USD more_than", c1.get(ClaimExporter.CSV_COLUMNS.indexOf("figures")));
    }

    @Test
    void quotesCanBeExportedInsteadOfClaims() throws IOException {
        String text = export(SearchRequest.builder().type("quote").speaker("Altman").build(),
                ClaimExporter.Format.JSONL, 2);
        assertTrue(text.lines().allMatch(l -> l.contains("\"type\":\"quote\"")));
    }

    @Test
    void formatNamesParse() {
        assertEquals(ClaimExporter.Format.JSONL, ClaimExporter.Format.parse("NDJSON"));
        assertEquals(ClaimExporter.Format.CSV, ClaimExporter.Format.parse("csv"));
        assertThrows(IllegalArgumentException.class, () -> ClaimExporter.Format.parse("xml"));
    }

    /** A strict RFC 4180 reader, independent of the writer under test. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char d = s.charAt(i);
                    if (d == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(d);
                    i++;
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                if (c == '"' || c == '\n' || c == '\r') {
                    throw new AssertionError("bare " + (int) c + " at " + i);
                }
                field.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "last row must end in CRLF");
        return rows;
    }
}
