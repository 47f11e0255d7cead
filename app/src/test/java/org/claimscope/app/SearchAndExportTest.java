package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search and export on an index ingested from real Portuguese corpus files, including the seed article. */
class SearchAndExportTest {

    @TempDir
    static Path tmp;
    static String index;

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Cli.copy(corpus, "pt/seed_openai_infra.txt", "pt/br_fintech_rodada.html", "pt/br_enem_digital.txt",
                "pt/br_petrobras_dividendos.txt", "pt/pt_tap_privatizacao.odt");
        index = tmp.resolve("index").toString();
        Cli.Result r = Cli.run("ingest", corpus.toString(), "--index", index, "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void infraestruturaFindsAltmansQuotesHighlighted() {
        JsonNode r = Cli.run("search", "--index", index, "infraestrutura", "--type", "quote", "--json").json();
        List<JsonNode> altman = hits(r).stream()
                .filter(h -> "Sam Altman".equals(h.at("/statement/speaker/name").asText())).toList();
        assertFalse(altman.isEmpty(), r.toString());
        for (JsonNode h : altman) {
            assertTrue(h.get("snippet").asText().contains("**infraestrutura**"), h.toString());
            assertTrue(h.at("/statement/source/path").asText().endsWith("seed_openai_infra.txt"));
            assertEquals("CEO da OpenAI", h.at("/statement/speaker/roles/0").asText());
        }
        assertTrue(altman.stream().anyMatch(h -> "direct".equals(h.at("/statement/kind").asText())));

        Cli.Result text = Cli.run("search", "--index", index, "infraestrutura");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("aposta muito agressiva em **infraestrutura**"), text.out());
        assertTrue(text.out().contains("Sam Altman (CEO da OpenAI) · direct quote + claim · pt"), text.out());
        assertTrue(text.out().contains("facets:"), text.out());
    }

    @Test
    void speakerFilterReturnsOnlyHisStatements() {
        JsonNode r = Cli.run("search", "--index", index, "--speaker", "Jensen Huang", "--json").json();
        assertTrue(r.get("totalHits").asInt() > 0);
        assertEquals(r.get("totalHits").asInt(), hits(r).size());
        for (JsonNode h : hits(r)) {
            assertEquals("Jensen Huang", h.at("/statement/speaker/name").asText(), h.toString());
        }
        assertEquals(r.get("totalHits").asInt(), facet(r, "speaker", "Jensen Huang"));
    }

    @Test
    void figureRangeFindsTheTrillionDollarClaim() {
        JsonNode r = Cli.run("search", "--index", index, "--unit", "USD", "--min", "1e12", "--json").json();
        assertTrue(r.get("totalHits").asInt() >= 1, r.toString());
        for (JsonNode h : hits(r)) {
            boolean big = false;
            for (JsonNode f : h.at("/statement/figures")) {
                big |= "USD".equals(f.get("unit").asText()) && f.get("value").asDouble() >= 1e12;
            }
            assertTrue(big, h.toString());
        }
        assertTrue(hits(r).stream().anyMatch(h -> h.at("/statement/text").asText().contains("US$ 1 trilhão")
                && "claim".equals(h.at("/statement/type").asText())), r.toString());
        JsonNode none = Cli.run("search", "--index", index, "--unit", "USD", "--min", "1e13", "--json").json();
        assertEquals(0, none.get("totalHits").asInt());
    }

    @Test
    void facetsAddUpToTheMatches() {
        for (String[] args : List.of(new String[] {"*"}, new String[] {"infraestrutura"},
                new String[] {"*", "--lang", "pt", "--kind", "direct"})) {
            String[] cmd = concat(new String[] {"search", "--index", index, "--json", "--facets", "2"}, args);
            JsonNode r = Cli.run(cmd).json();
            long total = r.get("totalHits").asLong();
            assertTrue(total > 0);
            for (String dim : List.of("speaker", "language", "kind", "source", "type")) {
                JsonNode f = r.at("/facets/" + dim);
                assertEquals(total, f.get("total").asLong(), dim + " " + r.get("facets"));
                long sum = f.get("other").asLong();
                for (JsonNode v : f.get("values")) {
                    sum += v.get("count").asLong();
                }
                assertEquals(total, sum, dim + " " + f);
            }
        }
    }

    @Test
    void malformedQueriesAndBadOptionsAreClearErrors() {
        Cli.Result r = Cli.run("search", "--index", index, "\"unbalanced");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("claimscope: error: invalid query"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        Cli.Result kind = Cli.run("search", "--index", index, "x", "--kind", "loud");
        assertEquals(1, kind.code());
        assertTrue(kind.err().contains("kind must be direct, indirect or mixed"), kind.err());

        Cli.Result noIndex = Cli.run("search", "--index", tmp.resolve("missing").toString(), "x");
        assertEquals(1, noIndex.code());
        assertTrue(noIndex.err().contains("no index at"), noIndex.err());
    }

    @Test
    void exportWritesEveryClaimInEachFormat() throws IOException {
        long claims = Cli.run("search", "--index", index, "--type", "claim", "--json", "--limit", "0").json()
                .get("totalHits").asLong();
        assertTrue(claims > 0);

        Cli.Result jsonl = Cli.run("export", "--index", index, "--format", "jsonl");
        assertEquals(0, jsonl.code(), jsonl.err());
        assertEquals(claims, jsonl.out().lines().count());
        assertTrue(jsonl.err().contains("exported " + claims + " claims"), jsonl.err());
        ObjectMapper m = new ObjectMapper();
        for (String line : jsonl.out().lines().toList()) {
            assertEquals("claim", m.readTree(line).get("type").asText());
        }

        Path csv = tmp.resolve("out/claims.csv");
        Files.createDirectories(csv.getParent());
        Cli.Result c = Cli.run("export", "--index", index, "--format", "csv", "--out", csv.toString());
        assertEquals(0, c.code(), c.err());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("id,article_id,type,kind,speaker_id,speaker_name"), rows.get(0));
        assertTrue(rows.size() >= claims + 1, "header + a row per claim (quoted newlines may add lines)");

        JsonNode huang = m.readTree(Cli.run("export", "--index", index, "--format", "json", "--speaker",
                "Jensen Huang", "--type", "quote").out());
        assertTrue(huang.isArray() && huang.size() > 0, huang.toString());
        huang.forEach(q -> assertEquals("Jensen Huang", q.at("/speaker/name").asText()));

        JsonNode big = m.readTree(Cli.run("export", "--index", index, "--format", "json", "--unit", "USD", "--min",
                "1e12").out());
        assertTrue(big.size() >= 1 && big.get(0).get("text").asText().contains("US$ 1 trilhão"), big.toString());

        Cli.Result bad = Cli.run("export", "--index", index, "--format", "xml");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown export format"), bad.err());
    }

    private static List<JsonNode> hits(JsonNode r) {
        List<JsonNode> out = new java.util.ArrayList<>();
        r.get("hits").forEach(out::add);
        return out;
    }

    private static long facet(JsonNode r, String dim, String value) {
        for (JsonNode v : r.at("/facets/" + dim + "/values")) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
