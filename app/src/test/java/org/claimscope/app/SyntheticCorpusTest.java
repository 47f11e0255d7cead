package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        SyntheticCorpus a = new SyntheticCorpus(42);
        SyntheticCorpus b = new SyntheticCorpus(42);
        for (int i = 0; i < 50; i++) {
            assertEquals(a.article(i), b.article(i));
        }
        assertNotEquals(a.article(7).content(), new SyntheticCorpus(43).article(7).content());
    }

    @Test
    void articlesAreVariedNewsWithQuotesAndFigures() {
        SyntheticCorpus c = new SyntheticCorpus(1);
        Set<String> languages = new HashSet<>();
        Set<String> texts = new HashSet<>();
        int html = 0;
        for (int i = 0; i < 200; i++) {
            SyntheticCorpus.Doc d = c.article(i);
            languages.add(d.language());
            texts.add(d.content());
            html += d.fileName().endsWith(".html") ? 1 : 0;
            String t = d.content();
            assertTrue(t.contains("“") || t.contains("\"") || t.contains(" que ") || t.contains(" that "), t);
            assertTrue(t.matches("(?s).*\\d.*"), "has figures: " + t);
        }
        assertEquals(Set.of("pt", "en"), languages);
        assertEquals(200, texts.size(), "no two articles alike");
        assertTrue(html > 10 && html < 100, "some HTML: " + html);
    }

    @Test
    void writesFilesInBatches(@TempDir Path dir) throws IOException {
        List<Path> files = new SyntheticCorpus(5).write(dir, 12);
        assertEquals(12, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 500, f.toString());
        }
    }
}
