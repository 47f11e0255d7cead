package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON the command line prints conforms to the schema documented for it in docs/schema: analyze (articles
 * from each input format), export (JSON Lines and JSON) and search --json, on real corpus files.
 */
class OutputSchemaTest {

    private static final String ARTICLE = "https://claimscope.org/schema/article/1";
    private static final String STATEMENT = "https://claimscope.org/schema/statement/1";
    private static final String SEARCH = "https://claimscope.org/schema/search/1";
    private static final List<String> FILES = List.of("pt/seed_openai_infra.txt", "pt/br_dengue_vacina.docx",
            "pt/br_fintech_rodada.html", "pt/pt_tap_privatizacao.odt", "en/en_battery_plant_georgia.pdf",
            "en/en_chipmaker_earnings.eml", "es/es_almacenamiento_solar_chile.html");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path corpus;
    static String index;
    static SchemaRegistry schemas;

    @BeforeAll
    static void setUp() throws IOException {
        corpus = tmp.resolve("corpus");
        Cli.copy(corpus, FILES.toArray(String[]::new));
        index = tmp.resolve("index").toString();
        Cli.Result r = Cli.run("ingest", corpus.toString(), "--index", index, "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
        Map<String, String> texts = schemaTextsById();
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(texts));
    }

    @Test
    void analyzedArticlesOfEveryFormatMatchTheArticleSchema() {
        Cli.Result r = Cli.run("analyze", corpus.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(FILES.size(), lines.size(), r.out());
        for (String line : lines) {
            assertValid(ARTICLE, line);
        }
    }

    @Test
    void exportRecordsMatchTheStatementSchema() throws IOException {
        Cli.Result lines = Cli.run("export", "--index", index, "--format", "jsonl");
        assertEquals(0, lines.code(), lines.err());
        List<String> records = lines.out().lines().toList();
        assertTrue(records.size() > 20, lines.out());
        for (String record : records) {
            assertValid(STATEMENT, record);
        }
        Cli.Result quotes = Cli.run("export", "--index", index, "--type", "quote", "--format", "json");
        JsonNode array = JSON.readTree(quotes.out());
        assertFalse(array.isEmpty());
        for (JsonNode record : array) {
            assertValid(STATEMENT, record.toString());
        }
        // The chipmaker e-mail holds stances ("Veridian Semiconductor reported record quarterly revenue …").
        Cli.Result stances = Cli.run("export", "--index", index, "--type", "stance", "--format", "jsonl");
        assertEquals(0, stances.code(), stances.err());
        List<String> stanceRecords = stances.out().lines().toList();
        assertFalse(stanceRecords.isEmpty(), "no stance exported");
        for (String record : stanceRecords) {
            assertEquals("stance", JSON.readTree(record).get("type").asText());
            assertValid(STATEMENT, record);
        }
    }

    @Test
    void searchAnswersMatchTheSearchSchema() {
        for (String[] args : List.of(
                new String[] {"infraestrutura"},
                new String[] {"--unit", "USD", "--min", "1e9", "--sort", "newest"},
                new String[] {"--type", "quote", "--kind", "direct", "--limit", "50"},
                new String[] {"--type", "stance", "--kind", "message"},
                new String[] {"no-such-word-anywhere"})) {
            String[] all = Stream.concat(Stream.of("search", "--index", index, "--json"), Stream.of(args))
                    .toArray(String[]::new);
            Cli.Result r = Cli.run(all);
            assertEquals(0, r.code(), r.err());
            assertValid(SEARCH, r.out());
        }
    }

    @Test
    void theSchemasRejectARecordMissingAField() throws IOException {
        String record = Cli.run("export", "--index", index, "--format", "jsonl").out().lines().findFirst()
                .orElseThrow();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(record);
        node.remove("speaker");
        assertFalse(errors(STATEMENT, node.toString()).isEmpty(), "a record without speaker passed");
        node.put("speaker", "Sam Altman");
        assertFalse(errors(STATEMENT, node.toString()).isEmpty(), "a speaker as a bare string passed");
    }

    private static void assertValid(String schemaId, String json) {
        List<Error> errors = errors(schemaId, json);
        assertTrue(errors.isEmpty(), schemaId + ": " + errors + "\n" + json);
    }

    private static List<Error> errors(String schemaId, String json) {
        Schema schema = schemas.getSchema(SchemaLocation.of(schemaId));
        try {
            return schema.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The schema files of docs/schema, by their $id, so references between them resolve offline. */
    private static Map<String, String> schemaTextsById() throws IOException {
        Path dir = Cli.CORPUS.getParent().getParent().resolve("docs/schema");
        Map<String, String> byId = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                String text = Files.readString(f);
                byId.put(JSON.readTree(text).get("$id").asText(), text);
            }
        }
        assertEquals(3, byId.size(), byId.keySet().toString());
        return byId;
    }
}
