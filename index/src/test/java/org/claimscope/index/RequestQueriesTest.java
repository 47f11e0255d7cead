package org.claimscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.claimscope.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestQueriesTest {

    @TempDir
    Path dir;

    private final RequestQueries queries = new RequestQueries(TextAnalysis.perField(), false);

    /** Documents the text query alone matches, with or without the text scope and word pairs. */
    private Set<Integer> matches(IndexSearcher s, String query, String language, boolean scoped, boolean pairs)
            throws IOException {
        Query q = queries.text(SearchRequest.builder().query(query).language(language).build(), scoped, pairs);
        Set<Integer> out = new HashSet<>();
        for (ScoreDoc d : s.search(q, 1000).scoreDocs) {
            out.add(d.doc);
        }
        return out;
    }

    private IndexSearcher fixtures() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (Article a : Fixtures.all()) {
                index.upsert(a, "hash-" + a.id(), List.of(a.source().path()));
            }
            index.commit();
        }
        return new IndexSearcher(DirectoryReader.open(FSDirectory.open(dir)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"infraestrutura", "\"aposta muito agressiva\"", "para", "\"para o setor\"", "muito",
            "infraestrutra~1", "infra*", "\"the infrastructure\"", "the", "just over", "\"just over\"",
            "investment", "país", "chips AND NOT nadella", "\"digital es clave\"~2", "openai OR país",
            "\"mais de US$ 1 trilhão\"", "\"infraestrutura de IA\"", "\"the\" AND chips", "\"Sam Altman\"",
            "\"de los\"", "\"aposta muito\" OR \"muito agressiva\"", "\"to the\"", "infraestrutura AND openai",
            "chips AND infrastructure", "\"aposta muito\" AND infraestrutura", "openai AND NOT chips AND país",
            "computação AND NOT governo AND capacidade"})
    void scopingAndWordPairsMatchTheSameStatementsAsSearchingEveryField(String query) throws IOException {
        IndexSearcher s = fixtures();
        try {
            for (String language : new String[]{null, "pt", "en", "es"}) {
                Set<Integer> all = matches(s, query, language, false, false);
                assertEquals(all, matches(s, query, language, true, false), query + " in " + language);
                assertEquals(all, matches(s, query, language, true, true), query + " in " + language + ", pairs");
            }
        } finally {
            s.getIndexReader().close();
        }
    }

    @Test
    void aWordOrPhraseSkipsTheNeutralFieldOfStatementsThatHaveItsStemmedField() {
        String scoped = queries.text(SearchRequest.builder().query("\"energia solar\"").build(), true, false).toString();
        assertTrue(scoped.contains("+text:\"energia solar\" #text_scope:(neutral)"), scoped);
        String stopWord = queries.text(SearchRequest.builder().query("para").build(), true, false).toString();
        // "para" is a Portuguese stop word: Portuguese statements can only match it in the neutral field.
        assertTrue(stopWord.contains("#text_scope:(neutral pt)"), stopWord);
        String fuzzy = queries.text(SearchRequest.builder().query("infraestrutra~1").build(), true, false).toString();
        assertFalse(fuzzy.contains("text_scope"), fuzzy);
    }

    @Test
    void phrasesOverWordPairsFindTheStatementsThatHoldThem() throws IOException {
        IndexSearcher s = fixtures();
        try {
            for (String phrase : new String[]{"\"mais de US$ 1 trilhão\"", "\"aposta muito agressiva\"",
                    "\"aposta muito\""}) {
                Set<Integer> found = matches(s, phrase, null, true, true);
                assertFalse(found.isEmpty(), phrase);
                assertEquals(matches(s, phrase, null, false, false), found, phrase);
            }
        } finally {
            s.getIndexReader().close();
        }
    }

    @Test
    void anExactPhraseIsSearchedAsWordPairsWithoutPositions() {
        Query two = queries.text(SearchRequest.builder().query("\"energia solar\"").build(), true, true);
        assertTrue(two.toString().contains("pairs.text_pt:energi solar"), two.toString());
        assertFalse(RequestQueries.positional(two), two.toString());
        // Neutral-scope statements are found in their own field, not in everyone's filtered by scope.
        assertTrue(two.toString().contains("pairs.text.neutral:energia solar"), two.toString());
        assertFalse(two.toString().contains("text_scope"), two.toString());
        Query word = queries.text(SearchRequest.builder().query("infraestrutura").build(), true, true);
        assertTrue(word.toString().contains("text.neutral:infraestrutura"), word.toString());
        // A stop word leaves its gap as "_": three words are two pairs, still a phrase but over rare terms.
        Query three = queries.text(SearchRequest.builder().query("\"custo do capital\"").language("pt").build(),
                true, true);
        assertTrue(three.toString().contains("pairs.text_pt:\"cust _ _ capital\""), three.toString());
        assertTrue(RequestQueries.positional(three), three.toString());
        assertFalse(RequestQueries.proximity(three), three.toString());
        // Proximity keeps positions.
        Query sloppy = queries.text(SearchRequest.builder().query("\"energia solar\"~3").build(), true, true);
        assertTrue(RequestQueries.positional(sloppy), sloppy.toString());
        assertTrue(RequestQueries.proximity(sloppy), sloppy.toString());
    }

    @Test
    void aConjunctionOfWordsIsSearchedOneLanguageAtATimeWithTheSameScores() throws IOException {
        Query split = queries.text(SearchRequest.builder().query("investir AND capital").build(), true, true);
        assertTrue(split.toString().contains("(+text_pt:investir +text_pt:capital)"), split.toString());
        IndexSearcher s = fixtures();
        try {
            for (String query : new String[]{"aposta AND infraestrutura", "chips AND infrastructure",
                    "\"aposta muito\" AND infraestrutura", "computação AND NOT governo AND capacidade",
                    "investing AND centers"}) {
                SearchRequest r = SearchRequest.builder().query(query).build();
                Query perLanguage = queries.text(r, true, true);
                ScoreDoc[] a = s.search(perLanguage, 1000).scoreDocs;
                ScoreDoc[] b = s.search(queries.text(r, true, false), 1000).scoreDocs;
                assertTrue(a.length > 0, query);
                assertEquals(b.length, a.length, query);
                java.util.Map<Integer, Float> scores = new java.util.HashMap<>();
                for (ScoreDoc d : b) {
                    scores.put(d.doc, d.score);
                }
                for (ScoreDoc d : a) {
                    assertEquals(scores.get(d.doc), d.score, 1e-4f, query + " doc " + d.doc);
                }
            }
        } finally {
            s.getIndexReader().close();
        }
    }
}
