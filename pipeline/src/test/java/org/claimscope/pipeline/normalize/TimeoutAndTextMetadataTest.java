package org.claimscope.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeoutAndTextMetadataTest {

    /** A detector that never returns in time, standing in for a parser stuck on a pathological file. */
    private static final LanguageDetector STUCK = text -> {
        try {
            Thread.sleep(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    };

    @Test
    void aParseThatHangsIsGivenUpWithAOneLineError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Um texto qualquer para ler.", StandardCharsets.UTF_8);
        TikaNormalizer n = new TikaNormalizer(NormalizerOptions.defaults().withTimeout(Duration.ofMillis(300)), STUCK);
        long start = System.nanoTime();
        NormalizationException e = assertThrows(NormalizationException.class, () -> n.normalize(f));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("timed out after 0.3 s", e.getMessage());
        assertTrue(ms < 5_000, "returned after " + ms + " ms");
        NormalizationException whole = assertThrows(NormalizationException.class,
                () -> new TikaNormalizer(NormalizerOptions.defaults().withTimeout(Duration.ofSeconds(1)), STUCK)
                        .normalizeAll(f));
        assertEquals("timed out after 1 s", whole.getMessage());
    }

    @Test
    void defaultOptionsHaveATimeoutAndTheOldConstructorKeepsIt() {
        assertEquals(NormalizerOptions.DEFAULT_TIMEOUT, NormalizerOptions.defaults().timeout());
        assertEquals(NormalizerOptions.DEFAULT_TIMEOUT, new NormalizerOptions(10, 10).timeout());
    }

    @Test
    void labelledDatesAndDatelines() {
        assertEquals("2025-03-12", TextMetadata.publishedDate("Publicado em 12/03/2025\n\nTexto.", "pt"));
        assertEquals("2025-03-12T09:40",
                TextMetadata.publishedDate("Publicado em 12/03/2025 às 09h40\n\nTexto.", "pt"));
        assertEquals("2025-03-12", TextMetadata.publishedDate("Published: 03/12/2025\n\nText.", "en"));
        assertEquals("2025-03-12", TextMetadata.publishedDate("Published March 12, 2025\n\nText.", "en"));
        assertEquals("2025-03-12", TextMetadata.publishedDate("Publicado el 12 de marzo de 2025", "es"));
        assertEquals("2025-03-12",
                TextMetadata.publishedDate("LISBOA, 12 de março de 2025 — O Governo aprovou hoje em Conselho de "
                        + "Ministros um pacote de medidas para a habitação que inclui isenções fiscais.", "pt"));
        // the updated date is not the publication date, a labelled date wins over an earlier short-line date
        assertEquals("2025-03-12", TextMetadata.publishedDate(List.of("Atualizado em 13/03/2025",
                "Publicado em 12/03/2025"), "pt"));
        // an event date inside a long first sentence is not a publication date
        assertNull(TextMetadata.publishedDate("O Governo anunciou que o novo aeroporto abre a 12 de março de 2027, "
                + "segundo o ministro, depois de anos de atrasos e de uma longa discussão pública sobre o local.",
                "pt"));
    }

    @Test
    void bylines() {
        assertEquals("Ana Lima", TextMetadata.byline("Por Ana Lima\n\nTexto da notícia."));
        assertEquals("Jane Doe", TextMetadata.byline("By Jane Doe, Reuters\n\nText."));
        assertEquals("Maria da Silva", TextMetadata.byline("Por Maria da Silva\n\nTexto."));
        assertNull(TextMetadata.byline("Por isso o governo decidiu adiar a votação para a próxima semana."));
    }
}
