package org.claimscope.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Runs the normalizer over {@code corpus/normalize/} and checks every expectation of its {@code expected.json}. */
class NormalizeCorpusTest {

    private static final Path DIR = Path.of("../corpus/normalize");
    private static final TikaNormalizer NORMALIZER = new TikaNormalizer();

    @Test
    void everyCaseMeetsItsExpectations() throws Exception {
        assertTrue(Files.isDirectory(DIR), "corpus/normalize not found from " + Path.of("").toAbsolutePath());
        JsonNode cases = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile()).get("cases");
        assertTrue(cases.size() >= 8, "expected.json lists the cases");
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            String file = c.get("file").asText();
            int index = c.path("index").asInt(0);
            String label = file + "[" + index + "]";
            List<NormalizedArticle> all = NORMALIZER.normalizeAll(DIR.resolve(file));
            if (c.has("count") && all.size() != c.get("count").asInt()) {
                failures.add(label + ": " + all.size() + " articles, expected " + c.get("count").asInt());
                continue;
            }
            if (index >= all.size()) {
                failures.add(label + ": no article at index " + index);
                continue;
            }
            NormalizedArticle a = all.get(index);
            if (index == 0) {
                NormalizedArticle single = NORMALIZER.normalize(DIR.resolve(file));
                check(failures, label, "normalize() == normalizeAll().get(0)", a.text(), single.text());
            }
            check(failures, label, "title", expected(c, "title"), a.source().title());
            check(failures, label, "author", expected(c, "author"), a.source().author());
            check(failures, label, "published", expected(c, "published"), a.source().published());
            check(failures, label, "url", expected(c, "url"), a.source().url());
            check(failures, label, "siteName", expected(c, "siteName"), a.source().siteName());
            check(failures, label, "language", expected(c, "language"), a.language());
            if (c.has("sourcePath") && !a.source().path().endsWith(c.get("sourcePath").asText())) {
                failures.add(label + ": source path " + a.source().path() + " does not end with "
                        + c.get("sourcePath").asText());
            }
            for (JsonNode s : c.path("contains")) {
                if (!a.text().contains(s.asText())) {
                    failures.add(label + ": text lacks «" + s.asText() + "»");
                }
            }
            for (JsonNode s : c.path("notContains")) {
                if (a.text().contains(s.asText())) {
                    failures.add(label + ": text contains «" + s.asText() + "»");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = c.path("paragraphLanguages").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                Paragraph p = a.paragraphLanguages().stream().filter(x -> x.text(a.text()).contains(e.getKey()))
                        .findFirst().orElse(null);
                if (p == null) {
                    failures.add(label + ": no paragraph with «" + e.getKey() + "»");
                } else {
                    check(failures, label, "language of paragraph «" + e.getKey() + "»", e.getValue().asText(),
                            p.language());
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " expectation(s) not met:\n  " + String.join("\n  ", failures));
        }
    }

    /** The exact expected value of a metadata key; every case must list every key (null = absent). */
    private static String expected(JsonNode c, String key) {
        assertTrue(c.has(key), c.get("file").asText() + ": expected.json must give '" + key + "'");
        JsonNode v = c.get(key);
        return v.isNull() ? null : v.asText();
    }

    private static void check(List<String> failures, String label, String what, String expected, String actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            failures.add(label + ": " + what + " was «" + actual + "», expected «" + expected + "»");
        }
    }

    @Test
    void paragraphSpansCoverTheTextInOrder() throws Exception {
        NormalizedArticle a = NORMALIZER.normalize(DIR.resolve("so_dateline.html"));
        List<Paragraph> ps = a.paragraphLanguages();
        assertEquals(4, ps.size());
        int previousEnd = 0;
        for (Paragraph p : ps) {
            assertTrue(p.start() >= previousEnd);
            String t = p.text(a.text());
            assertFalse(t.isBlank());
            assertEquals(t.strip(), t);
            assertFalse(t.contains("\n\n"));
            previousEnd = p.end();
        }
        assertEquals(a.text().length(), ps.get(ps.size() - 1).end());
        assertEquals("en", a.languageAt(a.text().indexOf("We have no plans")));
        assertEquals("pt", a.languageAt(0));
        NormalizedArticle relabelled = a.withLanguage("gl");
        assertEquals("gl", relabelled.languageAt(0));
        assertEquals("en", relabelled.languageAt(a.text().indexOf("We have no plans")));
    }

    @Test
    void threeArgumentConstructorStillWorksAndGivesOneLanguageParagraphs() {
        NormalizedArticle a = new NormalizedArticle(org.claimscope.model.Source.ofPath("x"), "pt",
                "Primeiro parágrafo.\n\nSegundo parágrafo.");
        assertEquals(List.of(new Paragraph(0, 19, "pt"), new Paragraph(21, 39, "pt")), a.paragraphLanguages());
        assertNotNull(a.withLanguage("es").paragraphLanguages());
        assertEquals("es", a.withLanguage("es").paragraphLanguages().get(1).language());
    }
}
