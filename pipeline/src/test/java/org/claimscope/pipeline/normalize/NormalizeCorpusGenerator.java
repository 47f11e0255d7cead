package org.claimscope.pipeline.normalize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the binary cases of {@code corpus/normalize/} (the two-column PDF and the e-mail with a PDF attachment).
 * Run once by hand: {@code java -cp <test classpath> ...NormalizeCorpusGenerator ../corpus/normalize}. The texts
 * are original, written for claimscope.
 */
public final class NormalizeCorpusGenerator {

    private NormalizeCorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../corpus/normalize");
        Files.write(dir.resolve("duas_colunas.pdf"), twoColumnPdf());
        Files.write(dir.resolve("mail_com_anexo.eml"), mailWithPdf());
    }

    private static final List<String> LEFT = List.of(
            "Porto Alegre, 14 de abril de 2025 - A Defesa",
            "Civil do Rio Grande do Sul colocou 38 muni-",
            "cípios em alerta máximo depois de dois dias",
            "de chuva forte na região metropolitana e no",
            "vale do Taquari. Segundo o órgão, o nível do",
            "Guaíba subiu quase um metro desde sábado e",
            "pode ultrapassar a cota de inundação até a",
            "noite de terça-feira, o que obrigaria a reti-",
            "rada de moradores das ilhas e de parte do");
    private static final List<String> RIGHT = List.of(
            "bairro Sarandi. A concessionária de água",
            "suspendeu o abasteci-",
            "mento em quatro bairros por precaução.",
            "",
            "\"Pedimos que as famílias das áreas de risco",
            "saiam agora, enquanto as estradas estão",
            "abertas\", disse o coordenador estadual da",
            "Defesa Civil, Luciano Farias, em entrevista",
            "coletiva no Palácio Piratini.");

    /** A news page: a full-width headline, then two columns written row by row (left, right, left, …). */
    static byte[] twoColumnPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Chuva forte deixa 38 cidades gaúchas em alerta");
            info.setAuthor("Redação Regional");
            info.setCreationDate(utc(2025, Calendar.APRIL, 30));
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, bold, 18, 50, 730, "Chuva forte deixa 38 cidades gaúchas em alerta");
                float y = 690;
                for (int i = 0; i < Math.max(LEFT.size(), RIGHT.size()); i++) {
                    if (i < LEFT.size() && !LEFT.get(i).isEmpty()) {
                        show(cs, font, 10, 50, y, LEFT.get(i));
                    }
                    if (i < RIGHT.size() && !RIGHT.get(i).isEmpty()) {
                        show(cs, font, 10, 320, y, RIGHT.get(i));
                    }
                    y -= 13;
                }
                show(cs, font, 8, 50, 90, "Jornal do Sul - página 4");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] attachmentPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Relatório trimestral de qualidade da água");
            info.setAuthor("Laboratório Municipal");
            info.setCreationDate(utc(2025, Calendar.JULY, 2));
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 720;
                for (String line : List.of("O laboratório municipal analisou 412 amostras de água da rede",
                        "pública entre abril e junho. Todas as amostras ficaram dentro dos",
                        "limites de potabilidade, com exceção de três pontos no bairro",
                        "Vila Nova, onde a turbidez esteve acima do recomendado.")) {
                    show(cs, font, 11, 60, y, line);
                    y -= 15;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A multipart/mixed message: a UTF-8 plain-text body, a tiny PNG, then a PDF report. */
    static byte[] mailWithPdf() throws IOException {
        String body = "Bom dia,\r\n\r\nSegue em anexo o relatório trimestral da qualidade da água, que será apresentado"
                + " na reunião do conselho municipal de saneamento na próxima quinta-feira.\r\n\r\n"
                + "A diretora do laboratório pediu que os resultados do bairro Vila Nova sejam discutidos primeiro, porque"
                + " a população já foi avisada e aguarda uma resposta da companhia.\r\n\r\nAtenciosamente,\r\n"
                + "Carla Menezes\r\n";
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        String b = "----=_claimscope_boundary";
        StringBuilder m = new StringBuilder();
        m.append("From: Carla Menezes <carla.menezes@saneamento.example.br>\r\n")
                .append("To: conselho@saneamento.example.br\r\n")
                .append("Subject: =?UTF-8?Q?Relat=C3=B3rio_da_qualidade_da_=C3=A1gua?=\r\n")
                .append("Date: Thu, 03 Jul 2025 09:12:00 -0300\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(b).append("\"\r\n\r\n")
                .append("--").append(b).append("\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n")
                .append("--").append(b).append("\r\n")
                .append("Content-Type: image/png; name=\"logo.png\"\r\n")
                .append("Content-Disposition: attachment; filename=\"logo.png\"\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(png)).append("\r\n")
                .append("--").append(b).append("\r\n")
                .append("Content-Type: application/pdf; name=\"relatorio agua.pdf\"\r\n")
                .append("Content-Disposition: attachment; filename=\"relatorio agua.pdf\"\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(attachmentPdf())).append("\r\n")
                .append("--").append(b).append("--\r\n");
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static Calendar utc(int year, int month, int day) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month, day, 12, 0, 0);
        return c;
    }
}
