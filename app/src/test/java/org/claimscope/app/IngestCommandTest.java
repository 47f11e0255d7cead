package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.claimscope.index.ArticleIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command on real Portuguese corpus files (rule-based pipeline: no large models). */
class IngestCommandTest {

    private static final String[] FILES = {"pt/seed_openai_infra.txt", "pt/br_fintech_rodada.html",
            "pt/pt_tap_privatizacao.odt", "pt/br_dengue_vacina.docx", "pt/pt_incendios_verao.pdf"};

    @TempDir
    Path tmp;
    Path corpus;
    Path index;

    @BeforeEach
    void copyCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        index = tmp.resolve("index");
        Cli.copy(corpus.resolve("news"), FILES);
    }

    private Cli.Result ingest() {
        return Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--threads", "2");
    }

    @Test
    void secondRunSkipsUnchangedFilesAndKeepsTheSameCounts() {
        Cli.Result first = ingest();
        assertEquals(0, first.code(), first.err());
        assertEquals(5, first.count("seen"));
        assertEquals(5, first.count("analyzed"));
        assertEquals(0, first.count("failed"));
        assertTrue(first.count("quotes") > 0, first.out());
        assertTrue(first.err().contains("ingest: 5 files"), "plain progress lines off a terminal: " + first.err());
        assertTrue(first.err().contains("ingest: 5/5 files (100%)"), first.err());

        Cli.Result second = ingest();
        assertEquals(0, second.code(), second.err());
        assertEquals(0, second.count("analyzed"));
        assertEquals(5, second.count("unchanged"));
        assertEquals(first.indexLine(), second.indexLine());
        assertTrue(second.out().contains("elapsed:"), second.out());
    }

    @Test
    void mergeLeavesOneSegmentWithTheSameCounts() throws IOException {
        Cli.Result first = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--threads", "2",
                "--commit-every", "1");
        assertEquals(0, first.code(), first.err());
        Files.writeString(corpus.resolve("news/seed_openai_infra.txt"), "\n", StandardOpenOption.APPEND);
        Cli.Result merged = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--merge");
        assertEquals(0, merged.code(), merged.err());
        assertTrue(merged.err().contains("merging the index into one segment"), merged.err());
        assertEquals(first.indexLine(), merged.indexLine());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(1, reader.leaves().size());
        }
    }

    @Test
    void onlyAChangedFileIsAnalyzedAgainAndATouchChangesNothing() throws IOException {
        Cli.Result first = ingest();
        Path seed = corpus.resolve("news/seed_openai_infra.txt");
        Files.setLastModifiedTime(seed, FileTime.from(Instant.now().plusSeconds(60)));
        Cli.Result touched = ingest();
        assertEquals(0, touched.count("analyzed"), touched.out());
        assertEquals(first.indexLine(), touched.indexLine());

        Files.writeString(seed, "\n\n“Vamos quadruplicar a aposta”, disse Altman em outra entrevista.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Cli.Result changed = ingest();
        assertEquals(0, changed.code(), changed.err());
        assertEquals(1, changed.count("analyzed"), changed.out());
        assertEquals(4, changed.count("unchanged"));
        assertEquals(5, changed.count("articles"), "the old version is replaced, not kept: " + changed.out());

        JsonNode hits = Cli.run("search", "--index", index.toString(), "quadruplicar", "--json").json();
        assertEquals(2, hits.get("totalHits").asInt(), "the new quote, as quote and claim: " + hits);
        assertEquals("Sam Altman", hits.at("/hits/0/statement/speaker/name").asText());
    }

    @Test
    void aDeletedFileTakesItsQuotesAlong() throws IOException {
        ingest();
        assertTrue(huangHits() > 0);
        Files.delete(corpus.resolve("news/seed_openai_infra.txt"));
        Cli.Result after = ingest();
        assertEquals(0, after.code(), after.err());
        assertEquals(1, after.count("removed"));
        assertEquals(4, after.count("articles"));
        assertEquals(0, huangHits());
    }

    private int huangHits() {
        return Cli.run("search", "--index", index.toString(), "--speaker", "Jensen Huang", "--json").json()
                .get("totalHits").asInt();
    }

    @Test
    void theSameArticleAtTwoPathsIsOneArticleWithBothPaths() throws IOException {
        Path copy = corpus.resolve("mirror/copy-of-seed.txt");
        Files.createDirectories(copy.getParent());
        Files.copy(corpus.resolve("news/seed_openai_infra.txt"), copy);
        Cli.Result r = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals(6, r.count("seen"));
        assertEquals(5, r.count("articles"), r.out());
        assertEquals(1, r.count("reused"), r.out());

        JsonNode hits = Cli.run("search", "--index", index.toString(), "--speaker", "Jensen Huang", "--json").json();
        Set<String> paths = new HashSet<>();
        hits.at("/hits/0/statement/source/paths").forEach(p -> paths.add(Path.of(p.asText()).getFileName().toString()));
        assertEquals(Set.of("seed_openai_infra.txt", "copy-of-seed.txt"), paths);
        assertEquals(4, hits.get("totalHits").asInt(), "2 quotes and their 2 claims, once: " + hits.get("totalHits"));

        // Deleting one copy keeps the article, with the other path.
        Files.delete(copy);
        Cli.Result after = ingest();
        assertEquals(1, after.count("removed"));
        assertEquals(5, after.count("articles"));
        assertEquals(4, huangHits());
    }

    @Test
    void failedFilesAreListedWithTheirReasonAndTheBatchGoesOn() throws IOException {
        Path news = corpus.resolve("news");
        Files.write(news.resolve("broken.pdf"), "%PDF-1.7 this is not really a pdf".getBytes(StandardCharsets.UTF_8));
        Files.write(news.resolve("empty.txt"), new byte[0]);
        Files.write(news.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Cli.Result r = ingest();
        assertEquals(1, r.code(), "failures show in the exit status");
        assertEquals(8, r.count("seen"));
        assertEquals(5, r.count("analyzed"));
        assertEquals(3, r.count("failed"));
        assertTrue(r.err().contains("broken.pdf: "), r.err());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.err().contains("picture.png: unsupported"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void hiddenAndTemporaryFilesAndSymlinkLoopsAreSkipped() throws IOException {
        Path news = corpus.resolve("news");
        Files.copy(news.resolve("seed_openai_infra.txt"), news.resolve(".hidden.txt"));
        Files.copy(news.resolve("seed_openai_infra.txt"), news.resolve("draft.txt~"));
        Files.copy(news.resolve("seed_openai_infra.txt"), news.resolve("download.part"));
        Files.createDirectories(news.resolve(".git"));
        Files.writeString(news.resolve(".git/config.txt"), "Ignored.");
        Files.createSymbolicLink(news.resolve("loop"), news);
        Cli.Result r = ingest();
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.count("seen"), r.out());
        assertTrue(r.err().contains("symbolic link loop"), r.err());
    }

    @Test
    void anInterruptedRunKeepsItsCommitsAndTheNextRunGoesOnFromThere() throws IOException {
        CorpusWalker.Listing listing = CorpusWalker.walk(List.of(corpus));
        Ingester.Options options = Ingester.Options.defaults().withThreads(1)
                .withCommitEvery(1, Duration.ofHours(1));
        Ingester.Summary partial;
        try (ArticleIndex ix = ArticleIndex.open(index)) {
            Ingester[] self = new Ingester[1];
            ProgressReporter cancelAfterTwo = new ProgressReporter() {
                private int steps;

                @Override
                public void start(long total) {
                }

                @Override
                public synchronized void step() {
                    if (++steps == 2) {
                        self[0].cancel();
                    }
                }

                @Override
                public void close() {
                }
            };
            self[0] = new Ingester(ix, Wiring.normalizer(), Wiring.analyzer("en"), options, cancelAfterTwo);
            partial = self[0].run(listing);
            // Committed after each article, stopped after two: the index holds those two.
        }
        assertTrue(partial.cancelled());
        assertEquals(2, partial.analyzed());

        Cli.Result next = ingest();
        assertEquals(0, next.code(), next.err());
        assertEquals(2, next.count("unchanged"), next.out());
        assertEquals(3, next.count("analyzed"), next.out());
        assertEquals(5, next.count("articles"));
    }

    @Test
    void badArgumentsAreOneLineErrors() {
        Cli.Result r = Cli.run("ingest", tmp.resolve("nothing-here").toString(), "--index", index.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("claimscope: error: no such file or folder"), r.err());
        Cli.Result noIndex = Cli.run("ingest", corpus.toString());
        assertEquals(2, noIndex.code(), "usage error");
    }
}
