package org.claimscope.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMainTextTest {

    private static final TikaNormalizer NORMALIZER = new TikaNormalizer();

    @Test
    void divParagraphsInsideANegativelyNamedWrapperAreKept() {
        String html = "<body><div class='page-rail'><div class='story'>"
                + "<div class='para'>The first paragraph of the story is long enough to count as real article text here.</div>"
                + "<div class='para'>The second paragraph, which also carries a comma, adds more of the same story text.</div>"
                + "</div></div><div class='footer'>Contact us</div></body>";
        assertEquals("The first paragraph of the story is long enough to count as real article text here.\n\n"
                + "The second paragraph, which also carries a comma, adds more of the same story text.",
                new PlainTextCleaner().clean(HtmlMainText.extract(Jsoup.parse(html))));
    }

    @Test
    void labelsBeforeAndCopyrightAfterTheArticleAreTrimmed() {
        assertEquals(List.of("Real paragraph of the article, ending properly."),
                HtmlMainText.trimEdges("Categories\n\nBy Jane Doe - 10/05/2024\n\n"
                        + "Real paragraph of the article, ending properly.\n\n© 2024 Example Media. All rights reserved."));
    }

    @Test
    void declaredPageLanguageIsUsedForTooShortText() {
        String html = "<html lang='es-ES'><body><article><p>Madrid 2, Sevilla 1</p></article></body></html>";
        assertEquals("es", NORMALIZER.fromHtml(html.getBytes(StandardCharsets.UTF_8), "p.html").language());
    }

    @Test
    void declaredPageLanguageLosesAgainstClearText() {
        String html = "<html lang='en'><body><article><p>O governo anunciou que não haverá aumento de impostos "
                + "neste ano, segundo o ministro da Fazenda.</p></article></body></html>";
        assertEquals("pt", NORMALIZER.fromHtml(html.getBytes(StandardCharsets.UTF_8), "p.html").language());
    }

    @Test
    void deeplyNestedMarkupDoesNotBreakExtraction() {
        String html = "<body>" + "<div>".repeat(20_000) + "<p>Deep text that is still an article paragraph, "
                + "with a comma.</p>" + "</div>".repeat(20_000) + "</body>";
        String text = NORMALIZER.fromHtml(html.getBytes(StandardCharsets.UTF_8), "deep.html").text();
        assertTrue(text.contains("Deep text"), text);
    }

    @Test
    void oneNormalizerServesManyThreadsWithTheSameResults() throws Exception {
        var file = TikaNormalizerTest.fixture("cluttered-news.html");
        NormalizedArticle expected = NORMALIZER.normalize(file);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NormalizedArticle>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> NORMALIZER.normalize(file)));
            }
            for (Future<NormalizedArticle> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
