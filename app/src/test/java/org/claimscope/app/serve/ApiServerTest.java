package org.claimscope.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimscope.app.Cli;
import org.claimscope.index.QuoteSearcher;
import org.claimscope.index.SearchConfig;
import org.claimscope.pipeline.ArticleAnalyzer;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.claimscope.pipeline.normalize.TikaNormalizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over an index ingested from real Portuguese corpus files, including the seed article. */
class ApiServerTest {

    @TempDir
    static Path tmp;
    static Path index;
    static QuoteSearcher searcher;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void serve() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Cli.copy(corpus, "pt/seed_openai_infra.txt", "pt/br_petrobras_dividendos.txt");
        index = tmp.resolve("index");
        Cli.Result r = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
        searcher = QuoteSearcher.open(index, SearchConfig.defaults());
        TikaNormalizer normalizer = new TikaNormalizer();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new RuleFigureRecognizer(), "en");
        TextAnalysis analysis = (body, html, lang) -> analyzer.analyze(html
                ? normalizer.fromHtml(body.getBytes(StandardCharsets.UTF_8), null)
                : normalizer.fromText(body, null, lang));
        server = ApiServer.start(searcher, analysis,
                new ApiServer.Options("127.0.0.1", 0, Duration.ofMillis(100), 1 << 20));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
    }

    @Test
    void searchAnswersTheCommandLinesJsonWithHighlightedHits() throws Exception {
        JsonNode api = get("api/search?q=infraestrutura&type=quote").json();
        JsonNode cli = Cli.run("search", "--index", index.toString(), "infraestrutura", "--type", "quote", "--json")
                .json();
        assertEquals(cli.get("totalHits").asInt(), api.get("totalHits").asInt());
        assertTrue(api.get("totalHits").asInt() > 0, api.toString());
        for (JsonNode h : api.get("hits")) {
            assertTrue(h.get("snippet").asText().contains("**infraestrutura**"), h.toString());
        }
        assertTrue(texts(api, "/statement/speaker/name").contains("Sam Altman"), api.toString());
        assertEquals(api.get("totalHits").asInt(), api.at("/facets/type/total").asInt());
    }

    @Test
    void figureRangeParametersFindTheTrillionDollarClaim() throws Exception {
        JsonNode r = get("api/search?unit=USD&min=1e12&type=claim").json();
        assertTrue(texts(r, "/statement/text").stream().anyMatch(t -> t.contains("US$ 1 trilhão")), r.toString());
        assertEquals(0, get("api/search?unit=USD&min=1e13").json().get("totalHits").asInt());
    }

    @Test
    void exportStreamsEveryMatchingClaimAsJsonLines() throws Exception {
        Reply r = get("api/export?speaker=" + encode("Jensen Huang"));
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/x-ndjson"), r.contentType());
        List<String> lines = r.body().lines().toList();
        int claims = get("api/search?type=claim&speaker=" + encode("Jensen Huang")).json().get("totalHits").asInt();
        assertTrue(claims > 0);
        assertEquals(claims, lines.size(), r.body());
        for (String line : lines) {
            assertEquals("Jensen Huang", JSON.readTree(line).at("/speaker/name").asText(), line);
        }
        Reply csv = get("api/export?format=csv&q=infraestrutura");
        assertTrue(csv.body().startsWith("id,article_id,"), csv.body());
    }

    @Test
    void articleRouteGivesTheAnalysedArticleOfAHit() throws Exception {
        JsonNode hit = get("api/search?q=infraestrutura&limit=1").json().at("/hits/0/statement");
        JsonNode article = get("api/articles/" + encode(hit.get("articleId").asText())).json();
        assertEquals("pt", article.get("language").asText());
        assertTrue(article.get("text").asText().contains("infraestrutura"));
        assertFalse(article.get("quotes").isEmpty());

        Reply missing = get("api/articles/no-such-article");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("error").asText().contains("no-such-article"));
    }

    @Test
    void badRequestsGetAJsonErrorNamingTheProblemAndTheServerGoesOn() throws Exception {
        Reply typo = get("api/search?speker=Altman");
        assertEquals(400, typo.status());
        assertTrue(typo.json().get("error").asText().contains("speker"), typo.body());
        Reply syntax = get("api/search?q=" + encode("(infraestrutura OR"));
        assertEquals(400, syntax.status(), syntax.body());
        assertTrue(syntax.json().get("error").asText().startsWith("invalid query"), syntax.body());
        Reply number = get("api/search?unit=USD&min=lots");
        assertEquals(400, number.status());
        assertTrue(number.json().get("error").asText().contains("min"), number.body());
        assertEquals(400, get("api/export?format=xml").status());
        assertEquals(400, get("api/export?q=" + encode("(infraestrutura OR")).status());
        Reply post = send(HttpRequest.newBuilder(server.address().resolve("api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")));
        assertEquals(405, post.status());
        assertEquals(404, get("nothing-here").status());
        Reply unknownRoute = get("api/quotes");
        assertEquals(404, unknownRoute.status());
        assertTrue(unknownRoute.json().get("error").asText().contains("search, export"), unknownRoute.body());
        assertEquals(200, get("api/search?q=infraestrutura").status());
    }

    @Test
    void analyzeRouteReturnsTheArticleWithQuotesAndEchoesTheId() throws Exception {
        String text = "A ministra da Saúde, Ana Pereira, disse que o programa custará R$ 2 bilhões. "
                + "\"Vamos vacinar todo o país até dezembro\", afirmou Pereira.";
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("id", "t-1").put("text", text)
                .put("lang", "pt"));
        Reply r = send(HttpRequest.newBuilder(server.address().resolve("api/analyze"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.status(), r.body());
        JsonNode a = r.json();
        assertEquals("t-1", a.get("id").asText());
        assertTrue(texts(a, "/speaker/name", "quotes").contains("Ana Pereira"), a.toString());
        assertTrue(a.at("/figures/0/value").asDouble() == 2e9 && "BRL".equals(a.at("/figures/0/unit").asText()),
                a.toString());

        Reply empty = send(HttpRequest.newBuilder(server.address().resolve("api/analyze"))
                .POST(HttpRequest.BodyPublishers.ofString("  ")));
        assertEquals(400, empty.status());
    }

    @Test
    void healthCountsTheIndexedStatements() throws Exception {
        JsonNode h = get("api/health").json();
        assertEquals("ok", h.get("status").asText());
        assertEquals(get("api/search").json().get("totalHits").asLong(), h.get("statements").asLong());
        assertTrue(h.get("analyze").asBoolean());
    }

    @Test
    void articlesIngestedWhileServingBecomeSearchableWithoutARestart() throws Exception {
        Path corpus = tmp.resolve("live");
        Cli.copy(corpus, "pt/br_petrobras_dividendos.txt");
        Path liveIndex = tmp.resolve("live-index");
        assertEquals(0, Cli.run("ingest", corpus.toString(), "--index", liveIndex.toString(), "--quiet").code());
        try (QuoteSearcher live = QuoteSearcher.open(liveIndex, SearchConfig.defaults());
             ApiServer liveServer = ApiServer.start(live, null,
                     new ApiServer.Options("127.0.0.1", 0, Duration.ofMillis(100), 1 << 20))) {
            URI search = liveServer.address().resolve("api/search?q=dessalinização");
            assertEquals(0, send(HttpRequest.newBuilder(search)).json().get("totalHits").asInt());
            java.nio.file.Files.writeString(corpus.resolve("usina.txt"), "Usina de dessalinização em Fortaleza\n\n"
                    + "\"A usina de dessalinização vai abastecer 720 mil pessoas\", disse o governador Elmano Freitas.\n",
                    StandardCharsets.UTF_8);
            assertEquals(0, Cli.run("ingest", corpus.toString(), "--index", liveIndex.toString(), "--quiet").code());
            int found = 0;
            for (int i = 0; i < 100 && found == 0; i++) {
                Thread.sleep(50);
                found = send(HttpRequest.newBuilder(search)).json().get("totalHits").asInt();
            }
            assertTrue(found > 0, "the new article never became searchable");
            assertEquals(404, send(HttpRequest.newBuilder(liveServer.address().resolve("api/analyze"))
                    .POST(HttpRequest.BodyPublishers.ofString("texto"))).status(), "analyze is off unless asked for");
        }
    }

    @Test
    void searchPageIsServedAtTheRoot() throws Exception {
        Reply page = get("");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("/api/search"), page.body());
    }

    private static List<String> texts(JsonNode root, String pointer) {
        return texts(root, pointer, "hits");
    }

    private static List<String> texts(JsonNode root, String pointer, String array) {
        return root.withArrayProperty(array).valueStream().map(n -> n.at(pointer).asText()).toList();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Reply get(String relative) throws Exception {
        return send(HttpRequest.newBuilder(server.address().resolve(relative)).GET());
    }

    static Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
