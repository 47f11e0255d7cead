package org.claimscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimscope.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

    @TempDir
    Path dir;

    private static long count(QuoteSearcher s, SearchRequest r) throws IOException {
        s.refresh();
        return s.search(r).totalHits();
    }

    @Test
    void aNewIndexCanBeSearchedBeforeAnythingIsIngested() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir);
             QuoteSearcher s = QuoteSearcher.open(dir, SearchConfig.defaults())) {
            SearchResult r = s.search(SearchRequest.of("infraestrutura"));
            assertEquals(0, r.totalHits());
            assertTrue(r.hits().isEmpty());
            assertTrue(index.indexedPaths().isEmpty());
        }
    }

    @Test
    void upsertingTheSameArticleTwiceLeavesTheSameCounts() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir);
             QuoteSearcher s = index.newSearcher(SearchConfig.defaults())) {
            Article pt = Fixtures.portuguese();
            index.upsert(pt, "h1", List.of("a.html"));
            long once = count(s, SearchRequest.of("*"));
            index.upsert(pt, "h1", List.of("a.html"));
            assertEquals(once, count(s, SearchRequest.of("*")));
            assertEquals(pt.quotes().size() + pt.claims().size(), once);
            assertEquals(1, index.articleCount());
        }
    }

    @Test
    void deletingByItsOnlyPathRemovesTheArticlesStatements() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir);
             QuoteSearcher s = index.newSearcher(SearchConfig.defaults())) {
            index.upsert(Fixtures.portuguese(), "h1", List.of("a.html"));
            index.upsert(Fixtures.english(), "h2", List.of("b.txt"));
            assertEquals(1, count(s, SearchRequest.builder().query("infraestrutura").type("quote").build()));

            assertTrue(index.deleteByPath("a.html"));
            assertEquals(0, count(s, SearchRequest.builder().speaker("Sam Altman").build()));
            assertEquals(Optional.empty(), index.hashFor("a.html"));
            assertTrue(index.article(Fixtures.PT_ID).isEmpty());
            assertEquals(Fixtures.english().quotes().size() + Fixtures.english().claims().size(),
                    count(s, SearchRequest.of("*")));
            assertFalse(index.deleteByPath("a.html"));
        }
    }

    @Test
    void anArticleReachedByTwoPathsLivesUntilItsLastPathIsGone() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir);
             QuoteSearcher s = index.newSearcher(SearchConfig.defaults())) {
            Article pt = Fixtures.portuguese();
            index.upsert(pt, "h1", List.of("a.html"));
            index.upsert(pt, "h1", List.of("copy/a.html"));
            assertEquals(Map.of("a.html", "h1", "copy/a.html", "h1"), index.indexedPaths());

            assertTrue(index.deleteByPath("a.html"));
            assertEquals(Optional.of("h1"), index.hashFor("copy/a.html"));
            assertEquals(4, count(s, SearchRequest.builder().speaker("Altman").build()));
            SearchResult r = s.search(SearchRequest.builder().query("trilhão").type("quote").build());
            assertEquals(List.of("copy/a.html"), r.hits().get(0).statement().source().paths());

            assertTrue(index.deleteByPath("copy/a.html"));
            assertEquals(0, count(s, SearchRequest.of("*")));
            assertEquals(0, index.articleCount());
        }
    }

    @Test
    void aChangedFileMovesItsPathToTheNewArticle() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir);
             QuoteSearcher s = index.newSearcher(SearchConfig.defaults())) {
            index.upsert(Fixtures.portuguese(), "h1", List.of("a.html"));
            // a.html now holds other content, which analyses to another article.
            index.upsert(Fixtures.english(), "h2", List.of("a.html"));
            assertEquals(Optional.of("h2"), index.hashFor("a.html"));
            assertEquals(1, index.articleCount());
            assertEquals(0, count(s, SearchRequest.builder().language("pt").build()));
        }
    }

    @Test
    void deleteByIdForgetsAllItsPaths() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(Fixtures.spanish(), "h3", List.of("x.md", "y.md"));
            assertTrue(index.delete(Fixtures.ES_ID));
            assertFalse(index.delete(Fixtures.ES_ID));
            assertTrue(index.indexedPaths().isEmpty());
        }
    }

    @Test
    void committedStateSurvivesReopeningAndUncommittedChangesAreNotSeenByReaders() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(Fixtures.portuguese(), "h1", List.of("a.html"));
            index.commit();
            index.upsert(Fixtures.english(), "h2", List.of("b.txt"));
            try (QuoteSearcher reader = QuoteSearcher.open(dir, SearchConfig.defaults())) {
                assertEquals(5, reader.search(SearchRequest.of("*")).totalHits());
            }
        }
        try (ArticleIndex reopened = ArticleIndex.open(dir)) {
            // close() committed the English article too.
            assertEquals(Map.of("a.html", "h1", "b.txt", "h2"), reopened.indexedPaths());
            assertEquals(Optional.of("h1"), reopened.hashFor("a.html"));
            assertEquals(Fixtures.english(), reopened.article(Fixtures.EN_ID).orElseThrow());
        }
    }

    @Test
    void concurrentUpsertsAreAllIndexed() throws Exception {
        int n = 40;
        try (ArticleIndex index = ArticleIndex.open(dir);
             QuoteSearcher s = index.newSearcher(SearchConfig.defaults())) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int k = i;
                    futures.add(pool.submit(() -> {
                        index.upsert(Fixtures.generated(k), "h" + k, List.of("gen/" + k + ".txt"));
                        // Re-upsert half of them with a second path, racing with the others.
                        if (k % 2 == 0) {
                            index.upsert(Fixtures.generated(k), "h" + k, List.of("dup/" + k + ".txt"));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            index.commit();
            assertEquals(n, index.articleCount());
            assertEquals(n + n / 2, index.indexedPaths().size());
            assertEquals(2L * n, count(s, SearchRequest.builder().query("infraestrutura").build()));
        }
    }
    @Test
    void eachLanguagesArticlesAreContiguousWhateverTheOrderOfUpsertsAndMergingChangesNoResult() throws IOException {
        SearchRequest request = SearchRequest.builder().query("infraestrutura OR chips OR pais").limit(50).build();
        List<String> before;
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (int k = 0; k < 3; k++) {
                for (Article a : Fixtures.all()) {
                    Article c = new Article(a.schema(), a.id() + "-" + k, a.source(), a.language(), a.text(),
                            a.speakers(), a.quotes(), a.stances(), a.figures(), a.claims());
                    index.upsert(c, "h", List.of(c.id()));
                }
                index.commit(); // a segment per round: merging has work to do
            }
            try (QuoteSearcher s = QuoteSearcher.open(dir, SearchConfig.defaults())) {
                before = s.search(request).hits().stream().map(h -> h.statement().articleId()).sorted().toList();
            }
            index.forceMerge(1);
            index.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertEquals(1, reader.leaves().size());
            List<String> languages = new ArrayList<>();
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                String language = stored.document(doc).get(Schema.LANGUAGE);
                if (language != null && (languages.isEmpty() || !languages.getLast().equals(language))) {
                    languages.add(language);
                }
            }
            assertEquals(List.of("en", "es", "pt"), languages, "one run of statements per language");
        }
        try (QuoteSearcher s = QuoteSearcher.open(dir, SearchConfig.defaults())) {
            assertEquals(before, s.search(request).hits().stream().map(h -> h.statement().articleId()).sorted()
                    .toList());
        }
    }

    @Test
    void everyDocumentHasANormForEveryTextFieldButEmptyFieldsMatchNothing() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (Article a : Fixtures.all()) {
                index.upsert(a, "h", List.of(a.id()));
            }
            index.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            for (String field : RequestQueries.textFields(null)) {
                long docs = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        docs++;
                    }
                }
                assertEquals(reader.maxDoc(), docs, field + ": norms of every document, so they are stored dense");
            }
            // Only the Portuguese statements have Portuguese text; the empty fields of the others hold no term.
            assertEquals(Fixtures.portuguese().quotes().size() + Fixtures.portuguese().claims().size(),
                    reader.getDocCount(Schema.TEXT_PREFIX + "pt"));
            assertEquals(Fixtures.statementCount(), reader.getDocCount(Schema.TEXT));
        }
    }

    @Test
    void anIndexOfAnOlderLayoutIsRefusedForWritingWithTheWayOutButStillSearched() throws IOException {
        try (Directory d = FSDirectory.open(dir);
             IndexWriter old = new IndexWriter(d, new IndexWriterConfig(TextAnalysis.perField()))) {
            Document doc = new Document();
            doc.add(new StringField(Schema.TYPE, Schema.TYPE_QUOTE, Field.Store.YES));
            doc.add(new TextField(Schema.TEXT, "infraestrutura", Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of(ArticleIndex.LAYOUT_KEY, "1").entrySet());
            old.commit();
        }
        IOException e = assertThrows(IOException.class, () -> ArticleIndex.open(dir));
        assertTrue(e.getMessage().contains("layout 1") && e.getMessage().contains("new index folder"), e.getMessage());
        try (QuoteSearcher s = QuoteSearcher.open(dir, SearchConfig.defaults())) {
            assertEquals(1, s.search(SearchRequest.builder().query("infraestrutura").facets(false).build())
                    .totalHits());
        }
    }
}
