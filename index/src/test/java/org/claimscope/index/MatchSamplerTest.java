package org.claimscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatchSamplerTest {

    private static final int DOCS = 200_000;
    private static Directory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /** Several segments of random text (with some deleted documents), so that windows cross segment bounds. */
    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        Random r = new Random(7);
        IndexWriterConfig cfg = new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(33_333);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (int i = 0; i < DOCS; i++) {
                Document d = new Document();
                StringBuilder text = new StringBuilder("w").append(i % 1000);
                // "solar power" in about 12% of docs, more often in the second half (clustered, like a language).
                if (r.nextDouble() < (i < DOCS / 2 ? 0.06 : 0.18)) {
                    text.append(" solar power");
                }
                if (r.nextDouble() < 0.5) {
                    text.append(" power solar");
                }
                if (i % 97 == 0) {
                    text.append(" rare words");
                }
                d.add(new TextField("f", text.toString(), Field.Store.NO));
                d.add(new TextField("id", "d" + i, Field.Store.NO));
                w.addDocument(d);
            }
            for (int i = 0; i < DOCS; i += 10) {
                w.deleteDocuments(new Term("id", "d" + i));
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void aBroadQueryKeepsAboutTheSampleSizeSpreadEvenlyOverTheIndex() throws IOException {
        Query phrase = new PhraseQuery("f", "solar", "power");
        long exact = searcher.count(phrase);
        MatchSampler.Sample s = new MatchSampler(2_000, 1).sample(searcher, phrase, exact);
        assertTrue(exact > 10_000, "the fixture is broad: " + exact);
        assertFalse(s.all());
        assertTrue(s.seen() >= 1_000 && s.seen() <= 4_000, "seen " + s.seen() + " of " + exact);
        assertOnlyMatches(phrase, s);
        // The matches are three times denser in the second half of the index; the sample must say so.
        double sampled = shareInSecondHalf(s);
        double truth = shareInSecondHalf(new MatchSampler(0, 1).sample(searcher, phrase, exact));
        assertEquals(0.75, truth, 0.02);
        assertEquals(truth, sampled, 0.04);
    }

    @Test
    void aQueryWithAtMostTwiceTheSampleSizeIsVisitedWhole() throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("f", "rare")), Occur.MUST)
                .add(new TermQuery(new Term("f", "words")), Occur.MUST).build();
        long exact = searcher.count(q);
        assertTrue(exact > 1_000 && exact <= 4_000, "fixture: " + exact);
        MatchSampler.Sample s = new MatchSampler(2_000, 1).sample(searcher, q, exact);
        assertTrue(s.all());
        assertEquals(exact, s.seen());
        assertOnlyMatches(q, s);
    }

    @Test
    void everySegmentHasItsEntryInOrderEvenWithoutMatches() throws IOException {
        // Facet counting pairs entries with segments by position: a missing empty segment shifts every count.
        Query first = new TermQuery(new Term("id", "d1"));
        MatchSampler.Sample s = new MatchSampler(2_000, 1).sample(searcher, first, 1);
        assertEquals(reader.leaves().size(), s.visited().size());
        assertTrue(reader.leaves().size() > 1);
        for (int i = 0; i < s.visited().size(); i++) {
            assertEquals(i, s.visited().get(i).context().ord);
        }
        assertEquals(1, s.seen());
    }

    @Test
    void noSampleSizeMeansEveryMatchIsVisited() throws IOException {
        Query phrase = new PhraseQuery("f", "power", "solar");
        long exact = searcher.count(phrase);
        MatchSampler.Sample s = new MatchSampler(0, 1).sample(searcher, phrase, exact);
        assertTrue(s.all());
        assertEquals(exact, s.seen());
    }

    @Test
    void theSameSeedKeepsTheSameSample() throws IOException {
        Query phrase = new PhraseQuery("f", "solar", "power");
        long exact = searcher.count(phrase);
        assertEquals(new MatchSampler(2_000, 5).sample(searcher, phrase, exact).seen(),
                new MatchSampler(2_000, 5).sample(searcher, phrase, exact).seen());
    }

    private static double shareInSecondHalf(MatchSampler.Sample s) throws IOException {
        long late = 0;
        long all = 0;
        for (FacetsCollector.MatchingDocs m : s.visited()) {
            DocIdSetIterator it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                all++;
                if (m.context().docBase + doc >= DOCS / 2) {
                    late++;
                }
            }
        }
        return late / (double) all;
    }

    /** Every document the sample kept matches the query and is live. */
    private static void assertOnlyMatches(Query q, MatchSampler.Sample s) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (FacetsCollector.MatchingDocs m : s.visited()) {
            var matcher = w.scorer(m.context());
            DocIdSetIterator kept = m.bits().iterator();
            DocIdSetIterator matching = matcher == null ? DocIdSetIterator.empty() : matcher.iterator();
            for (int doc = kept.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = kept.nextDoc()) {
                assertEquals(doc, matching.advance(doc), "kept doc " + doc + " does not match");
                var live = m.context().reader().getLiveDocs();
                assertTrue(live == null || live.get(doc), "kept deleted doc " + doc);
            }
        }
    }
}
