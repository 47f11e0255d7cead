package org.claimscope.pipeline.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimscope.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaNormalizerTest {

    private static final TikaNormalizer NORMALIZER = new TikaNormalizer();

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(TikaNormalizerTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void clutteredNewsPageKeepsOnlyTheArticleParagraphs() throws Exception {
        NormalizedArticle a = NORMALIZER.normalize(fixture("cluttered-news.html"));
        assertEquals("""
                A prefeitura anunciou nesta sexta-feira a construção de uma nova linha de metrô, com 18 quilômetros \
                de extensão e 14 estações, ligando a zona norte ao centro da cidade.

                “É o maior investimento em transporte da nossa história”, disse o prefeito João Almeida durante a \
                cerimônia, realizada na Estação Central.

                Segundo a Secretaria de Mobilidade, as obras devem custar R$ 12,4 bilhões e começar no segundo \
                semestre. A previsão é que a linha seja inaugurada em 2031.

                Críticas da oposição

                Vereadores da oposição afirmaram que o projeto não tem estudo de impacto ambiental concluído e \
                pediram audiências públicas antes do início das obras.""", a.text());
        assertEquals("pt", a.language());
    }

    @Test
    void htmlMetadataComesFromJsonLdAndOpenGraph() throws Exception {
        Source s = NORMALIZER.normalize(fixture("cluttered-news.html")).source();
        assertEquals("https://jornaldovale.example/cidade/metro-linha-7", s.url());
        assertEquals("Prefeitura anuncia nova linha de metrô", s.title());
        assertEquals("Ana Ribeiro, Carlos Menezes", s.author());
        assertEquals("2025-03-14T09:30:00-03:00", s.published());
        assertEquals("Jornal do Vale", s.siteName());
    }

    @Test
    void windows1252TextWithoutDeclaredCharsetIsDecodedCorrectly() throws Exception {
        NormalizedArticle a = NORMALIZER.normalize(fixture("cp1252-pt.txt"));
        assertEquals("""
                Governo anuncia ação contra a inflação

                A notícia foi confirmada ontem pelo ministro, que afirmou: “Vamos agir rápido”.

                O pacote será apresentado na próxima semana, segundo o ministério.""", a.text());
        assertEquals("pt", a.language());
    }

    @Test
    void hardWrappedTextIsRejoinedIntoParagraphs() throws Exception {
        NormalizedArticle a = NORMALIZER.normalize(fixture("hard-wrapped.txt"));
        assertEquals("""
                The city council approved on Tuesday a plan to rebuild the old harbour bridge, ending a debate that \
                had lasted for almost a decade and divided residents of both districts.

                "We finally have a decision," said Mayor Laura Chen after the vote. She added that construction \
                would start next spring and take three years to complete, at a cost of about $240 million.

                Opponents, who had argued for a tunnel instead, said they would not challenge the vote in court.""",
                a.text());
        assertEquals("en", a.language());
    }

    @Test
    void emailGivesSubjectSenderDateAndBody() throws Exception {
        NormalizedArticle a = NORMALIZER.normalize(fixture("message.eml"));
        assertEquals("Nota oficial sobre a greve dos professores", a.source().title());
        assertEquals("Maria Souza", a.source().author());
        assertEquals("2025-10-08T13:15:00Z", a.source().published());
        assertEquals("""
                A Secretaria de Educação informa que a greve dos professores terminou nesta quarta-feira, após um \
                acordo com o sindicato.

                As aulas serão retomadas na segunda-feira, e o calendário escolar será ajustado para repor os dias \
                perdidos.""", a.text());
        assertEquals("pt", a.language());
    }

    @Test
    void rtfKeepsParagraphsAndTitle() throws Exception {
        NormalizedArticle a = NORMALIZER.normalize(fixture("article.rtf"));
        assertEquals("""
                O relatório anual mostra crescimento de 4% nas vendas, segundo a diretoria.

                A empresa pretende abrir duas novas fábricas no próximo ano.""", a.text());
        assertEquals("Relatório anual", a.source().title());
        assertEquals("Pedro Lima", a.source().author());
    }

    @Test
    void docxKeepsParagraphsAndDocumentProperties() throws Exception {
        Path docx = BinaryFixtures.docx(tmp, "Chuvas no litoral", "Beatriz Nunes", List.of(
                "As chuvas dos últimos dias deixaram 300 famílias desalojadas no litoral norte.",
                "A Defesa Civil mantém o alerta até domingo."));
        NormalizedArticle a = NORMALIZER.normalize(docx);
        assertEquals("""
                As chuvas dos últimos dias deixaram 300 famílias desalojadas no litoral norte.

                A Defesa Civil mantém o alerta até domingo.""", a.text());
        assertEquals("Chuvas no litoral", a.source().title());
        assertEquals("Beatriz Nunes", a.source().author());
        assertEquals("2025-05-02T12:00:00Z", a.source().published());
        assertEquals("pt", a.language());
    }

    @Test
    void odtKeepsParagraphsAndTitle() throws Exception {
        Path odt = BinaryFixtures.odt(tmp, "Eleições municipais", List.of(
                "O tribunal eleitoral divulgou o calendário das eleições municipais.",
                "As candidaturas poderão ser registradas até 15 de agosto."));
        NormalizedArticle a = NORMALIZER.normalize(odt);
        assertEquals("""
                O tribunal eleitoral divulgou o calendário das eleições municipais.

                As candidaturas poderão ser registradas até 15 de agosto.""", a.text());
        assertEquals("Eleições municipais", a.source().title());
    }

    @Test
    void pdfJoinsHyphenatedAndWrappedLinesAndKeepsParagraphs() throws Exception {
        Path pdf = BinaryFixtures.pdf(tmp, "report.pdf", "Investimentos em infraestrutura", "Equipe Econômica",
                List.of(List.of("O governo federal anunciou hoje um pacote de investimentos em infraes-",
                                "trutura que soma R$ 80 bilhões, com foco em rodovias, portos e",
                                "ferrovias em todas as regiões do país."),
                        List.of("Os recursos serão liberados ao longo dos próximos quatro anos.")),
                false);
        NormalizedArticle a = NORMALIZER.normalize(pdf);
        assertEquals("""
                O governo federal anunciou hoje um pacote de investimentos em infraestrutura que soma R$ 80 \
                bilhões, com foco em rodovias, portos e ferrovias em todas as regiões do país.

                Os recursos serão liberados ao longo dos próximos quatro anos.""", a.text());
        assertEquals("Investimentos em infraestrutura", a.source().title());
        assertEquals("Equipe Econômica", a.source().author());
        assertEquals("2025-06-10T08:00:00Z", a.source().published());
        assertEquals("pt", a.language());
    }

    @Test
    void encryptedPdfIsReportedAsSuch() throws Exception {
        Path pdf = BinaryFixtures.pdf(tmp, "secret.pdf", "x", "y", List.of(List.of("Texto secreto.")), true);
        NormalizationException e = assertThrows(NormalizationException.class, () -> NORMALIZER.normalize(pdf));
        assertEquals("encrypted PDF (password-protected)", e.getMessage());
    }

    @Test
    void corruptPdfGivesOneLineReason() throws Exception {
        Path pdf = tmp.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage", StandardCharsets.UTF_8);
        NormalizationException e = assertThrows(NormalizationException.class, () -> NORMALIZER.normalize(pdf));
        assertTrue(e.getMessage().startsWith("corrupt PDF: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void truncatedDocxIsReportedAsCorrupt() throws Exception {
        Path good = BinaryFixtures.docx(tmp, "t", "a", List.of("Um parágrafo qualquer."));
        byte[] bytes = Files.readAllBytes(good);
        Path bad = tmp.resolve("broken.docx");
        Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        NormalizationException e = assertThrows(NormalizationException.class, () -> NORMALIZER.normalize(bad));
        assertTrue(e.getMessage().startsWith("corrupt DOCX: "), e.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        NormalizationException e = assertThrows(NormalizationException.class, () -> NORMALIZER.normalize(empty));
        assertEquals("empty file", e.getMessage());
    }

    @Test
    void whitespaceOnlyFileCountsAsEmpty() throws Exception {
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\n\t \r\n");
        NormalizationException e = assertThrows(NormalizationException.class, () -> NORMALIZER.normalize(blank));
        assertEquals("empty file", e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRejected() throws Exception {
        Path big = Files.write(tmp.resolve("big.txt"), new byte[3 * 1024 * 1024]);
        TikaNormalizer small = new TikaNormalizer(NormalizerOptions.defaults().withMaxBytes(1024 * 1024));
        NormalizationException e = assertThrows(NormalizationException.class, () -> small.normalize(big));
        assertEquals("file too large (3.0 MB > 1.0 MB)", e.getMessage());
    }

    @Test
    void zipArchiveIsUnsupported() throws Exception {
        Path zip = BinaryFixtures.zip(tmp, "bundle.zip");
        NormalizationException e = assertThrows(NormalizationException.class, () -> NORMALIZER.normalize(zip));
        assertEquals("unsupported format application/zip", e.getMessage());
    }

    @Test
    void missingFileIsReported() {
        Path missing = tmp.resolve("nope.txt");
        NormalizationException e = assertThrows(NormalizationException.class, () -> NORMALIZER.normalize(missing));
        assertEquals("file not found: " + missing, e.getMessage());
    }

    @Test
    void utf8HtmlDeclaringLatin1IsStillReadAsUtf8() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Teste</title></head><body><article>"
                + "<p>A comissão aprovou a emenda, mas a votação final ficou para a próxima sessão do plenário.</p>"
                + "</article></body></html>";
        Path file = Files.write(tmp.resolve("page.html"), html.getBytes(StandardCharsets.UTF_8));
        assertEquals("A comissão aprovou a emenda, mas a votação final ficou para a próxima sessão do plenário.",
                NORMALIZER.normalize(file).text());
    }

    @Test
    void htmlDeclaredLatin1BytesAreDecodedWithTheDeclaredCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>Não houve acordo sobre a reforma, disse o relator à imprensa.</p></body></html>";
        Path file = Files.write(tmp.resolve("latin.html"), html.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Não houve acordo sobre a reforma, disse o relator à imprensa.",
                NORMALIZER.normalize(file).text());
    }

    @Test
    void seedArticleLosesItsCaptionAndGetsTheMissingSpace() throws Exception {
        Path seed = Path.of("../corpus/articles/pt/seed_openai_infra.txt");
        NormalizedArticle a = NORMALIZER.normalize(seed);
        assertFalse(a.text().contains("Fonte da imagem"));
        assertTrue(a.text().contains("na quarta-feira. Ele afirmou"));
        assertTrue(a.text().startsWith("Publicações de negócios"));
        assertFalse(a.text().contains("\n\n\n"));
        assertEquals("pt", a.language());
    }

    @Test
    void programmaticTextGetsTheSameCleanupAndLanguage() {
        NormalizedArticle a = NORMALIZER.fromText("  Foto: Reuters\nEl presidente dijo que no habrá cambios.Los "
                + "ministros se reunirán el lunes.  \n", "input.jsonl#3", null);
        assertEquals("El presidente dijo que no habrá cambios. Los ministros se reunirán el lunes.", a.text());
        assertEquals("es", a.language());
        assertEquals("input.jsonl#3", a.source().path());
    }

    @Test
    void programmaticTextKeepsAGivenLanguage() {
        assertEquals("de", NORMALIZER.fromText("Ein kurzer Text.", "x", "DE").language());
    }
}
