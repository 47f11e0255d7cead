package org.claimscope.pipeline.eval.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecognizersSpecEvaluationTest {

    private static final Path SHARED_SPECS = Path.of("/work/shared/data/recognizers-text-specs");

    @Test
    void scoresOwnMiniSpecWithBomAndHeldOutSplit(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("NumberWithUnit/Portuguese"));
        String json = "\uFEFF["
                + "{\"Input\":\"Custou R$ 3 milhões.\",\"Results\":[{\"Text\":\"r$ 3 milhões\",\"TypeName\":\"currency\","
                + "\"Resolution\":{\"value\":\"3000000\",\"isoCurrency\":\"BRL\"},\"Start\":7,\"End\":18}]},"
                + "{\"Input\":\"Nada aqui.\",\"Results\":[]},"
                + "{\"Input\":\"Pagou 10 euros.\",\"Results\":[{\"Text\":\"10 euros\",\"TypeName\":\"currency\","
                + "\"Resolution\":{\"value\":\"10,5\"},\"Start\":6,\"End\":13}]}"
                + "]";
        Files.writeString(dir.resolve("CurrencyModel.json"), json, StandardCharsets.UTF_8);

        RecognizersSpecEvaluation.Report report = new RecognizersSpecEvaluation()
                .evaluate(root, new RuleFigureRecognizer());

        assertEquals(1, report.files().size());
        RecognizersSpecEvaluation.FileResult f = report.files().get(0);
        assertEquals(2, f.devCases());
        assertEquals(2, f.devPassed());
        assertEquals(1, f.heldOutCases());
        assertEquals(0, f.heldOutPassed(), "value 10,5 != 10 must fail");
        assertTrue(report.toTable().contains("NumberWithUnit/CurrencyModel.json"));
    }

    @Test
    void spanishPortugueseAndEnglishSpecValuesParseInTheirOwnFormat() {
        assertEquals(4.5, SpecReader.parseNumber("4,5", ','));
        assertEquals(125000, SpecReader.parseNumber("125.000", ','));
        assertEquals(1e-10, SpecReader.parseNumber("1E-10", '.'));
        assertEquals(2204.62, SpecReader.parseNumber("2,204.62", '.'));
    }

    @Test
    void sharedSpecsCoverFiveLanguagesAndFiveFiles() {
        assumeTrue(Files.isDirectory(SHARED_SPECS), "shared spec data not present");
        RecognizersSpecEvaluation.Report report = new RecognizersSpecEvaluation()
                .evaluate(SHARED_SPECS, new RuleFigureRecognizer());
        System.out.print(report.toTable());
        assertEquals(25, report.files().size());
    }
}
