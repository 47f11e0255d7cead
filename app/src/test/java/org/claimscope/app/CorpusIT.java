package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole corpus (pt, en, es; txt, html, pdf, docx, odt, eml), English CoreNLP models included. */
class CorpusIT {

    @TempDir
    Path tmp;

    @Test
    void wholeCorpusIngestsIncrementallyAndAnswersTheIssueQueries() throws IOException {
        Path corpus = tmp.resolve("corpus");
        copyTree(Cli.CORPUS, corpus);
        String index = tmp.resolve("index").toString();
        long files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).count();
        }

        Cli.Result first = Cli.run("ingest", corpus.toString(), "--index", index);
        assertEquals(0, first.code(), first.out() + first.err());
        assertEquals(files, first.count("seen"));
        assertEquals(files, first.count("analyzed"));
        assertEquals(0, first.count("failed"));

        Cli.Result second = Cli.run("ingest", corpus.toString(), "--index", index);
        assertEquals(0, second.count("analyzed"));
        assertEquals(files, second.count("unchanged"));
        assertEquals(first.indexLine(), second.indexLine());

        JsonNode infra = Cli.run("search", "--index", index, "infraestrutura", "--json").json();
        assertTrue(infra.get("hits").findValuesAsText("snippet").stream()
                .anyMatch(s -> s.contains("**infraestrutura**")), infra.toString());
        assertTrue(infra.findValuesAsText("name").contains("Sam Altman"), infra.toString());
        JsonNode huang = Cli.run("search", "--index", index, "--speaker", "Jensen Huang", "--json").json();
        assertTrue(huang.get("totalHits").asInt() > 0);
        huang.get("hits").forEach(h -> assertEquals("Jensen Huang", h.at("/statement/speaker/name").asText()));
        JsonNode trillion = Cli.run("search", "--index", index, "--unit", "USD", "--min", "1e12", "--json").json();
        assertTrue(trillion.toString().contains("US$ 1 trilhão"), trillion.toString());

        Path english = corpus.resolve("en/en_acme_layoffs.txt");
        Files.writeString(english, "\n\n\"We will rebuild,\" said the mayor.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Cli.Result changed = Cli.run("ingest", corpus.toString(), "--index", index);
        assertEquals(1, changed.count("analyzed"), changed.out());
        assertEquals(files - 1, changed.count("unchanged"));

        long seedQuotes = Cli.run("search", "--index", index, "--speaker", "Sam Altman", "--type", "quote",
                "--json", "--limit", "0").json().get("totalHits").asLong();
        assertTrue(seedQuotes > 0);
        Files.delete(corpus.resolve("pt/seed_openai_infra.txt"));
        Cli.Result deleted = Cli.run("ingest", corpus.toString(), "--index", index);
        assertEquals(1, deleted.count("removed"));
        assertEquals(files - 1, deleted.count("articles"));
        assertEquals(0, Cli.run("search", "--index", index, "--speaker", "Sam Altman", "--json").json()
                .get("totalHits").asLong());
    }

    @Test
    void benchRunsOnASmallGeneratedCorpus() {
        Cli.Result r = Cli.run("bench", "--articles", "40", "--warmup", "5", "--rounds", "1", "--work",
                tmp.resolve("bench").toString());
        assertEquals(0, r.code(), r.err());
        for (String row : new String[] {"analyze (after warm-up)", "index only", "ingest end to end", "baseline (match-all)", "phrase",
                "speaker", "figure"}) {
            assertTrue(r.out().contains(row), r.out());
        }
        assertTrue(r.out().matches("(?s).*found [1-9]\\d* quotes.*"), r.out());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
