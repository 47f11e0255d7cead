package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The analyze command on real files: Portuguese input keeps these tests free of model loading. */
class AnalyzeCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exit, String out, String err) {
        List<JsonNode> lines(ObjectMapper json) throws Exception {
            List<JsonNode> nodes = new java.util.ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    nodes.add(json.readTree(l));
                }
            }
            return nodes;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void figuresAllAlsoReportsNumbersThatNameThings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nota.txt");
        Files.writeString(file, "O relatório, na página 4, diz que a obra custou R$ 3 milhões.");
        List<Double> news = figureValues(run("analyze", "--lang", "pt", file.toString()));
        List<Double> all = figureValues(run("analyze", "--lang", "pt", "--figures", "all", file.toString()));
        assertEquals(List.of(3e6), news, "news figures leave the page number out");
        assertEquals(List.of(4.0, 3e6), all);
        Run bad = run("analyze", "--figures", "some", file.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--figures"), bad.err());
    }

    private List<Double> figureValues(Run r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        List<Double> values = new java.util.ArrayList<>();
        r.lines(json).get(0).get("figures").forEach(f -> values.add(f.get("value").asDouble()));
        return values;
    }

    @Test
    void brokenFilesGiveOneLineErrorsAndTheOthersAreStillAnalyzed(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("../corpus/articles/pt/seed_openai_infra.txt"), dir.resolve("a_seed.txt"));
        Files.writeString(dir.resolve("b_empty.txt"), "");
        Files.write(dir.resolve("c_corrupt.pdf"), "%PDF-1.7\nthis is not a pdf".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve(".hidden.txt"), "O ministro disse que nada mudou.");
        Run r = run("analyze", "--lang", "pt", dir.toString());
        assertEquals(1, r.exit(), "a failed file makes the exit status say so");
        List<JsonNode> articles = r.lines(json);
        assertEquals(1, articles.size(), "only the good file gives an article; hidden files are skipped");
        assertEquals("claimscope/article/1", articles.get(0).get("schema").asText());
        String[] errors = r.err().strip().split("\n");
        assertEquals(2, errors.length, r.err());
        assertTrue(errors[0].contains("b_empty.txt") && errors[0].contains("empty"), errors[0]);
        assertTrue(errors[1].contains("c_corrupt.pdf"), errors[1]);
    }

    @Test
    void seedArticleComesOutAsJsonWithSpeakersQuotesFiguresAndClaims() throws Exception {
        Run r = run("analyze", "../corpus/articles/pt/seed_openai_infra.txt");
        assertEquals(0, r.exit(), r.err());
        JsonNode a = r.lines(json).get(0);
        assertEquals("pt", a.get("language").asText());
        assertEquals("../corpus/articles/pt/seed_openai_infra.txt", a.get("source").get("path").asText());
        String text = a.get("text").asText();
        for (JsonNode q : a.get("quotes")) {
            int start = q.get("span").get(0).asInt();
            int end = q.get("span").get(1).asInt();
            assertEquals(q.get("text").asText(), text.substring(start, end), "spans point into text");
        }
        assertTrue(a.get("speakers").size() >= 2);
        assertTrue(a.get("figures").size() >= 2);
        assertTrue(a.get("claims").size() >= a.get("quotes").size());
    }

    @Test
    void jsonLinesInGiveOneResultLinePerInputLineWithTheSameIds() throws Exception {
        String input = "{\"id\": \"a1\", \"text\": \"“Vamos investir R$ 2 bilhões”, disse a ministra Ana Lima.\", \"lang\": \"pt\"}\n"
                + "not json\n"
                + "{\"id\": 7, \"text\": \"A Petrobras informou em nota que a produção cresceu 3%.\", \"lang\": \"pt\"}\n";
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            Run r = run("analyze", "--jsonl");
            List<JsonNode> lines = r.lines(json);
            assertEquals(3, lines.size(), r.out());
            assertEquals("a1", lines.get(0).get("id").asText());
            assertEquals("Ana Lima", lines.get(0).get("quotes").get(0).get("speaker").get("name").asText());
            assertEquals(2e9, lines.get(0).get("figures").get(0).get("value").asDouble());
            assertTrue(lines.get(1).has("error"), lines.get(1).toString());
            assertEquals(7, lines.get(2).get("id").asInt());
            assertEquals("Petrobras", lines.get(2).get("speakers").get(0).get("name").asText());
            assertEquals(1, r.exit());
        } finally {
            System.setIn(stdin);
        }
    }
}
