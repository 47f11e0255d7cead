package org.claimscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.claimscope.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteSearcherTest {

    @TempDir
    Path dir;

    private ArticleIndex index;
    private QuoteSearcher searcher;

    @BeforeEach
    void indexFixtures() throws IOException {
        index = ArticleIndex.open(dir);
        for (Article a : Fixtures.all()) {
            index.upsert(a, "hash-" + a.id(), List.of(a.source().path()));
        }
        index.commit();
        searcher = QuoteSearcher.open(dir, SearchConfig.defaults().withFacetLimit(0));
    }

    @AfterEach
    void close() throws IOException {
        searcher.close();
        index.close();
    }

    private SearchResult search(SearchRequest.Builder b) throws IOException {
        return searcher.search(b.build());
    }

    private static Set<String> ids(SearchResult r) {
        return r.hits().stream()
                .map(h -> h.statement().articleId() + "/" + h.statement().id())
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"infraestrutura", "infraestruturas", "Infra-estrutura", "INFRAESTRUTURA"})
    void portugueseSpellingVariantsAllHitTheQuoteWithTheWordHighlighted(String q) throws IOException {
        SearchResult r = search(SearchRequest.builder().query(q).type("quote"));
        SearchResult.Hit hit = r.hits().stream()
                .filter(h -> h.statement().articleId().equals(Fixtures.PT_ID) && h.statement().id().equals("q1"))
                .findFirst().orElseThrow(() -> new AssertionError(q + " missed the PT quote: " + ids(r)));
        assertTrue(hit.snippet().contains("**infraestrutura**"), hit.snippet());
        assertEquals("Sam Altman", hit.statement().speaker().name());
        assertEquals(List.of("CEO da OpenAI"), hit.statement().speaker().roles());
    }

    @Test
    void accentsAreIgnored() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("trilhao").type("claim"));
        assertEquals(Set.of(Fixtures.PT_ID + "/c1"), ids(r));
        // With no language, English stemming would also match "pay" (both stem to "pai"); say it is Spanish.
        SearchResult es = search(SearchRequest.builder().query("pais").language("es").type("quote"));
        assertEquals(Set.of(Fixtures.ES_ID + "/q1"), ids(es));
        assertTrue(es.hits().get(0).snippet().contains("**país**"), es.hits().get(0).snippet());
    }

    @Test
    void englishQueriesAreStemmed() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("investment").language("en"));
        assertEquals(Set.of(Fixtures.EN_ID + "/q2", Fixtures.EN_ID + "/c2"), ids(r));
        assertTrue(r.hits().get(0).snippet().contains("**investing**"), r.hits().get(0).snippet());
    }

    @Test
    void phraseAndBooleanAndFuzzySyntaxWork() throws IOException {
        assertEquals(Set.of(Fixtures.PT_ID + "/q1"),
                ids(search(SearchRequest.builder().query("\"aposta muito agressiva\"").type("quote"))));
        assertEquals(Set.of(),
                ids(search(SearchRequest.builder().query("\"agressiva aposta\"").type("quote"))));
        assertEquals(Set.of(Fixtures.EN_ID + "/q1"),
                ids(search(SearchRequest.builder().query("chips AND NOT nadella").type("quote"))));
        assertEquals(Set.of(Fixtures.EN_ID + "/q1"),
                ids(search(SearchRequest.builder().query("chipz~1").type("quote"))));
    }

    @Test
    void speakerFilterByFullNameReturnsOnlyThatSpeakersStatements() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("*").speaker("Jensen Huang"));
        assertEquals(2, r.totalHits());
        assertTrue(r.hits().stream().allMatch(h -> h.statement().speaker().name().equals("Jensen Huang")));
    }

    @Test
    void speakerFilterByPartOfTheNameMatchesTheCanonicalName() throws IOException {
        SearchResult r = search(SearchRequest.builder().speaker("altman"));
        assertEquals(4, r.totalHits());
        assertTrue(r.hits().stream().allMatch(h -> h.statement().speaker().name().equals("Sam Altman")));
        assertEquals(0, search(SearchRequest.builder().speaker("Huang Altman")).totalHits());
        assertEquals(1, search(SearchRequest.builder().speaker("Pedro Sanchez").type("quote")).totalHits());
    }

    @Test
    void figureRangeMatchesUnitAndValueOfTheSameFigure() throws IOException {
        SearchResult billion = search(SearchRequest.builder().type("claim").unit("USD").min(1e9));
        assertEquals(Set.of(Fixtures.PT_ID + "/c1", Fixtures.EN_ID + "/c1", Fixtures.EN_ID + "/c4"), ids(billion));
        SearchResult trillion = search(SearchRequest.builder().type("claim").unit("usd").min(1e12));
        assertEquals(Set.of(Fixtures.PT_ID + "/c1"), ids(trillion));
        // c3 states R$ 3 bilhões and US$ 10: neither a USD figure ≥ 1e9 nor a BRL one < 1e9.
        assertEquals(Set.of(Fixtures.PT_ID + "/c3"),
                ids(search(SearchRequest.builder().type("claim").unit("USD").max(100.0))));
        assertEquals(Set.of(Fixtures.PT_ID + "/c3"),
                ids(search(SearchRequest.builder().type("claim").unit("BRL").min(1e9))));
        assertEquals(Set.of(), ids(search(SearchRequest.builder().type("claim").unit("BRL").max(1e6))));
    }

    @Test
    void hitsCarryFiguresSourceAndSpan() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("chips").type("claim"));
        Statement s = r.hits().get(0).statement();
        assertEquals(1, s.figures().size());
        assertEquals(4.5e9, s.figures().get(0).value());
        assertEquals("USD", s.figures().get(0).unit());
        assertEquals("just over $4.5 billion", s.figures().get(0).text());
        assertEquals("Nvidia, OpenAI and the chips", s.source().title());
        assertEquals("news/nvidia.txt", s.source().path());
        assertEquals("2025-10-09T14:30:00Z", s.source().published());
        assertEquals("direct", s.kind());
        assertEquals("said", s.cue());
        assertEquals("q1", s.quoteId());
        Article en = Fixtures.english();
        assertEquals(en.quotes().get(0).text(), s.span().of(en.text()));
    }

    @Test
    void facetCountsCoverEveryMatchAndAddUp() throws IOException {
        for (SearchRequest req : List.of(SearchRequest.of("*"), SearchRequest.of("infraestrutura"),
                SearchRequest.builder().unit("USD").limit(1).build())) {
            SearchResult r = searcher.search(req);
            assertTrue(r.totalHits() > 0);
            assertEquals(Set.copyOf(Schema.FACETS), r.facets().keySet());
            for (SearchResult.FacetCounts f : r.facets().values()) {
                long sum = f.values().stream().mapToLong(SearchResult.FacetValue::count).sum();
                assertEquals(r.totalHits(), sum, f.dimension() + " for " + req.query());
                assertEquals(r.totalHits(), f.total(), f.dimension());
                assertFalse(f.estimated(), "fewer matches than the sample size are counted exactly");
            }
        }
        SearchResult all = searcher.search(SearchRequest.of(""));
        assertEquals(Fixtures.searchedByDefault(), all.totalHits());
        SearchResult.FacetCounts speakers = all.facets().get(Schema.FACET_SPEAKER);
        assertEquals(new SearchResult.FacetValue("Sam Altman", 4), speakers.values().get(0));
        // Unattributed: the claims c3 of both articles and the claim of Microsoft's stance (a stance is no quote).
        assertTrue(speakers.values().contains(new SearchResult.FacetValue(Schema.MISSING, 3)));
    }

    @Test
    void facetsOverMoreMatchesThanTheSampleAreEstimatedCloseToTheExactCounts(@TempDir Path big) throws IOException {
        int copies = 300;
        indexCopies(big, copies);
        SearchConfig sampled = SearchConfig.defaults().withFacetLimit(0).withFacetSample(500);
        try (QuoteSearcher exact = QuoteSearcher.open(big, SearchConfig.defaults().withFacetLimit(0).withFacetSample(0));
             QuoteSearcher estimate = QuoteSearcher.open(big, sampled)) {
            SearchResult e = exact.search(SearchRequest.of("*"));
            SearchResult s = estimate.search(SearchRequest.of("*"));
            assertEquals((long) copies * Fixtures.searchedByDefault(), s.totalHits(), "the hit count stays exact");
            for (String dim : Schema.FACETS) {
                SearchResult.FacetCounts ex = e.facets().get(dim);
                SearchResult.FacetCounts es = s.facets().get(dim);
                assertFalse(ex.estimated(), dim);
                assertTrue(es.estimated(), dim);
                for (SearchResult.FacetValue v : ex.values()) {
                    long got = es.values().stream().filter(x -> x.value().equals(v.value()))
                            .mapToLong(SearchResult.FacetValue::count).findFirst().orElse(0);
                    // Values with at least a tenth of the matches: a 500-statement sample is within a third.
                    if (v.count() * 10 >= e.totalHits()) {
                        assertTrue(Math.abs(got - v.count()) <= v.count() / 3,
                                dim + "=" + v.value() + ": exact " + v.count() + ", estimated " + got);
                    }
                }
            }
        }
    }

    @Test
    void facetsOfABroadPhraseComeFromASampleWhileItsHitCountStaysExact(@TempDir Path big) throws IOException {
        int copies = 300;
        indexCopies(big, copies);
        SearchConfig sampled = SearchConfig.defaults().withFacetLimit(0).withFacetSample(100);
        SearchRequest phrase = SearchRequest.of("\"aposta muito agressiva\"");
        try (QuoteSearcher exact = QuoteSearcher.open(big, SearchConfig.defaults().withFacetLimit(0).withFacetSample(0));
             QuoteSearcher estimate = QuoteSearcher.open(big, sampled)) {
            SearchResult e = exact.search(phrase);
            SearchResult s = estimate.search(phrase);
            assertTrue(e.totalHits() >= 2 * copies, "the phrase is in every copy: " + e.totalHits());
            assertEquals(e.totalHits(), s.totalHits(), "the hit count stays exact");
            SearchResult.FacetCounts exactTypes = e.facets().get(Schema.FACET_TYPE);
            SearchResult.FacetCounts sampledTypes = s.facets().get(Schema.FACET_TYPE);
            assertFalse(exactTypes.estimated());
            assertTrue(sampledTypes.estimated());
            for (SearchResult.FacetValue v : exactTypes.values()) {
                long got = sampledTypes.values().stream().filter(x -> x.value().equals(v.value()))
                        .mapToLong(SearchResult.FacetValue::count).findFirst().orElse(0);
                assertTrue(Math.abs(got - v.count()) <= v.count() / 3,
                        "type=" + v.value() + ": exact " + v.count() + ", estimated " + got);
            }
        }
    }

    /** Many copies of the fixtures, so that top hits are a small part of the matches and skipping can happen. */
    private static void indexCopies(Path into, int copies) throws IOException {
        try (ArticleIndex many = ArticleIndex.open(into)) {
            for (int k = 0; k < copies; k++) {
                for (Article a : Fixtures.all()) {
                    Article c = new Article(a.schema(), a.id() + "-" + k, a.source(), a.language(), a.text(),
                            a.speakers(), a.quotes(), a.stances(), a.figures(), a.claims());
                    many.upsert(c, "hash-" + c.id(), List.of(a.source().path() + "-" + k));
                }
            }
            many.commit();
        }
    }

    @Test
    void topHitsAndCountsAreThoseOfScoringEveryMatch(@TempDir Path big) throws IOException {
        indexCopies(big, 60);
        try (QuoteSearcher s = QuoteSearcher.open(big, SearchConfig.defaults().withFacetThreads(1));
             QuoteSearcher alone = QuoteSearcher.open(big, SearchConfig.defaults().withFacetThreads(0))) {
            for (SearchRequest.Builder b : List.of(SearchRequest.builder().query("infraestrutura"),
                    SearchRequest.builder().query("chips OR infraestrutura").type("quote"),
                    SearchRequest.builder().query("\"aposta muito agressiva\" OR investment").type("claim"),
                    SearchRequest.builder().query("\"aposta muito agressiva\""),
                    SearchRequest.builder().query("\"mais de US$ 1 trilhão\""),
                    SearchRequest.builder().query("\"aposta agressiva\"~2"),
                    SearchRequest.builder().query("chipz~1 OR trilhao"),
                    SearchRequest.builder().query("infraestrutura").speaker("Sam Altman"),
                    SearchRequest.builder().query("chips").unit("USD").min(1e9))) {
                for (boolean facets : new boolean[] {true, false}) {
                    SearchRequest r = b.limit(7).facets(facets).build();
                    SearchResult got = s.search(r);
                    // Counting and facets on a side thread change nothing.
                    SearchResult inline = alone.search(r);
                    assertEquals(inline.totalHits(), got.totalHits(), r.query());
                    assertEquals(inline.facets(), got.facets(), r.query());
                    assertEquals(inline.hits(), got.hits(), r.query());
                    // The reference: one conjunction of text and filters, every match scored and counted.
                    List<String> expected = new ArrayList<>();
                    TopDocs all = s.withQuery(r, (searcher, q) -> {
                        TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(7, Integer.MAX_VALUE));
                        for (ScoreDoc sd : top.scoreDocs) {
                            Statement st = StatementDocuments.statement(searcher.storedFields().document(sd.doc));
                            expected.add(st.articleId() + "/" + st.id() + " " + sd.score);
                        }
                        return top;
                    });
                    assertEquals(all.totalHits.value(), got.totalHits(), r.query() + " facets " + facets);
                    assertTrue(got.totalHits() > 7, r.query());
                    assertEquals(expected, got.hits().stream().map(h -> h.statement().articleId() + "/"
                            + h.statement().id() + " " + h.score()).toList(), r.query());
                }
            }
        }
    }

    @Test
    void fuzzyMatchesAreHighlighted() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("chipz~1").type("quote"));
        assertTrue(r.hits().get(0).snippet().contains("**chips**"), r.hits().get(0).snippet());
    }

    @Test
    void languageKindAndDateFiltersNarrowTheResults() throws IOException {
        assertEquals(2, search(SearchRequest.builder().language("es")).totalHits());
        assertEquals(5, search(SearchRequest.builder().language("pt-BR")).totalHits());
        assertEquals(Set.of(Fixtures.PT_ID + "/q1", Fixtures.EN_ID + "/q1"),
                ids(search(SearchRequest.builder().kind("DIRECT").type("quote"))));
        assertEquals(Set.of(Fixtures.EN_ID), search(SearchRequest.builder().since(LocalDate.of(2025, 10, 9)).limit(50))
                .hits().stream().map(h -> h.statement().articleId()).collect(Collectors.toSet()));
        assertEquals(5, search(SearchRequest.builder().until(LocalDate.of(2025, 10, 8))).totalHits());
    }

    @Test
    void newestFirstPutsUndatedLast() throws IOException {
        SearchResult r = search(SearchRequest.builder().type("quote").sort(SearchRequest.Sort.NEWEST).limit(10));
        List<String> order = r.hits().stream().map(h -> h.statement().articleId()).toList();
        assertEquals(List.of(Fixtures.EN_ID, Fixtures.EN_ID, Fixtures.PT_ID, Fixtures.PT_ID, Fixtures.ES_ID), order);
    }

    @Test
    void limitZeroStillCountsAndFacets() throws IOException {
        SearchResult r = search(SearchRequest.builder().limit(0));
        assertEquals(Fixtures.searchedByDefault(), r.totalHits());
        assertTrue(r.hits().isEmpty());
        assertFalse(r.facets().isEmpty());
    }

    @Test
    void malformedQueryGivesAOneLineSyntaxError() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> searcher.search(SearchRequest.of("\"unbalanced (")));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("invalid query"), e.getMessage());
        assertThrows(QuerySyntaxException.class, () -> searcher.search(SearchRequest.of("(a OR b")));
        assertThrows(QuerySyntaxException.class, () -> searcher.search(SearchRequest.of("*leading")));
    }

    @Test
    void badFiltersAreRejectedUpFront() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().type("article").build());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().kind("loud").build());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().min(2.0).max(1.0).build());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().limit(-1).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.builder().kind("belief").build());
        assertTrue(e.getMessage().contains("add type stance"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.builder().type("stance").kind("direct").build());
    }

    @Test
    void stancesAreSearchedOnlyWhenAskedForByType() throws IOException {
        // Microsoft's belief is found by its words, its source and its kind once stances are asked for ...
        SearchResult stances = search(SearchRequest.builder().query("wisconsin").type("stance"));
        assertEquals(Set.of(Fixtures.EN_ID + "/st1"), ids(stances));
        Statement st = stances.hits().get(0).statement();
        assertEquals("belief", st.kind());
        assertEquals("Microsoft", st.speaker().name());
        assertEquals("expects", st.cue());
        assertEquals(8e10, st.figures().get(0).value());
        assertEquals(1, search(SearchRequest.builder().type("stance").kind("belief").speaker("microsoft")).totalHits());
        assertEquals(0, search(SearchRequest.builder().type("stance").kind("position")).totalHits());
        assertEquals(1, search(SearchRequest.builder().type("stance").unit("USD").min(5e10)).totalHits());
        // ... and never by a search for what was said: there only the claim of its sentence matches.
        assertEquals(Set.of(Fixtures.EN_ID + "/c4"), ids(search(SearchRequest.builder().query("wisconsin"))));
        assertEquals(0, search(SearchRequest.builder().speaker("Microsoft")).totalHits());
    }

    @Test
    void markersAreConfigurable() throws IOException {
        try (QuoteSearcher s = QuoteSearcher.open(dir, SearchConfig.defaults().withMarkers("«", "»"))) {
            SearchResult r = s.search(SearchRequest.builder().query("chips").type("quote").build());
            assertTrue(r.hits().get(0).snippet().contains("«chips»"), r.hits().get(0).snippet());
        }
    }

    @Test
    void theArticleIsRebuiltFromItsStoredJson() throws IOException {
        assertEquals(Fixtures.portuguese(), searcher.article(Fixtures.PT_ID).orElseThrow());
        assertTrue(searcher.article("nope").isEmpty());
    }
}
