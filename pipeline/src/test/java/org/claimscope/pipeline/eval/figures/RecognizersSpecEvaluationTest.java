package org.claimscope.pipeline.eval.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscope.pipeline.figures.FigurePolicy;
import org.claimscope.pipeline.figures.RuleFigureRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecognizersSpecEvaluationTest {

    private static final Path SHARED_SPECS = org.claimscope.pipeline.SharedData.find("data/recognizers-text-specs");

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

    /** One English Number-file case: the input and its expected numbers as text/value pairs, found in the input. */
    private static String numberCase(String input, String... textThenValue) {
        StringBuilder results = new StringBuilder();
        for (int k = 0; k < textThenValue.length; k += 2) {
            int start = input.indexOf(textThenValue[k]);
            results.append(k == 0 ? "" : ",").append("{\"Text\":\"").append(textThenValue[k])
                    .append("\",\"TypeName\":\"number\",\"Resolution\":{\"value\":\"").append(textThenValue[k + 1])
                    .append("\"},\"Start\":").append(start).append(",\"End\":")
                    .append(start + textThenValue[k].length() - 1).append('}');
        }
        return "{\"Input\":\"" + input + "\",\"Results\":[" + results + "]}";
    }

    /** Scores English Number-file cases (every third one held-out) with the recognition policy. */
    private static RecognizersSpecEvaluation.FileResult scoreNumberCases(Path root, String... cases) throws IOException {
        Path dir = Files.createDirectories(root.resolve("Number/English"));
        Files.writeString(dir.resolve("NumberModel.json"), "[" + String.join(",", cases) + "]", StandardCharsets.UTF_8);
        return new RecognizersSpecEvaluation().evaluate(root, new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES))
                .files().get(0);
    }

    @Test
    void numberFileSeesNoNumberInAUnitGluedToItsDigits(@TempDir Path root) throws IOException {
        // 0: glued quantity, no word number; 1: the same quantity spaced holds "29"; 2 (held-out): a glued scale
        // letter is still a number; 3: a glued quantity beside a real number
        RecognizersSpecEvaluation.FileResult f = scoreNumberCases(root,
                numberCase("the 29km road"),
                numberCase("the 29 km road", "29", "29"),
                numberCase("2mil SEK", "2mil", "2000000"),
                numberCase("seven bottles of 180ml", "seven", "7"));
        assertEquals(3, f.devPassed(), String.valueOf(f.failures()));
        assertEquals(1, f.heldOutPassed());
    }

    @Test
    void tinyValuesAreComparedRelativelyNotAsNearZero(@TempDir Path root) throws IOException {
        // 0: right (1e-12); 1: a millionfold off, though both are near zero
        RecognizersSpecEvaluation.FileResult f = scoreNumberCases(root,
                numberCase("a trillionth", "a trillionth", "1E-12"),
                numberCase("a trillionth", "a trillionth", "1E-6"));
        assertEquals(2, f.devCases());
        assertEquals(1, f.devPassed(), String.valueOf(f.failures()));
    }

    @Test
    void failuresAreCountedByKindWithoutBeingRecorded(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("NumberWithUnit/English"));
        // case 0: a currency name with no amount (value-less); 1: passes; 2 (held-out): same kind;
        // 3: a wrong value (other); 4: passes; 5 (held-out): passes
        String cases = "["
                + "{\"Input\":\"the dollar rose\",\"Results\":[{\"Text\":\"dollar\",\"TypeName\":\"currency\","
                + "\"Resolution\":{\"value\":null},\"Start\":4,\"End\":9}]},"
                + "{\"Input\":\"Nothing here.\",\"Results\":[]},"
                + "{\"Input\":\"the euro fell\",\"Results\":[{\"Text\":\"euro\",\"TypeName\":\"currency\","
                + "\"Resolution\":{\"value\":null},\"Start\":4,\"End\":7}]},"
                + "{\"Input\":\"It cost 10 dollars.\",\"Results\":[{\"Text\":\"10 dollars\",\"TypeName\":\"currency\","
                + "\"Resolution\":{\"value\":\"11\"},\"Start\":8,\"End\":17}]},"
                + "{\"Input\":\"Nothing.\",\"Results\":[]},"
                + "{\"Input\":\"Still nothing.\",\"Results\":[]}"
                + "]";
        Files.writeString(dir.resolve("CurrencyModel.json"), cases, StandardCharsets.UTF_8);
        RecognizersSpecEvaluation.FileResult f = new RecognizersSpecEvaluation()
                .evaluate(root, new RuleFigureRecognizer()).files().get(0);
        assertEquals(1, f.devKinds()[RecognizersSpecEvaluation.FailureKind.VALUELESS_UNIT.ordinal()]);
        assertEquals(1, f.devKinds()[RecognizersSpecEvaluation.FailureKind.OTHER.ordinal()]);
        assertEquals(1, f.heldOutKinds()[RecognizersSpecEvaluation.FailureKind.VALUELESS_UNIT.ordinal()]);
        assertEquals(2, f.failures().size(), "held-out failures are counted, never recorded");
    }

    @Test
    void spanishPortugueseAndEnglishSpecValuesParseInTheirOwnFormat() {
        assertEquals(4.5, SpecReader.parseNumber("4,5", ','));
        assertEquals(125000, SpecReader.parseNumber("125.000", ','));
        assertEquals(1e-10, SpecReader.parseNumber("1E-10", '.'));
        assertEquals(2204.62, SpecReader.parseNumber("2,204.62", '.'));
    }

    /**
     * The floors of issue #4 on Number + Percent + Currency, per language, on the dev and the held-out part alike:
     * 90% in Portuguese, English and Spanish, 80% in French and German. The recognizers are those of
     * {@code claimscope eval figures}: {@link FigurePolicy#ALL_FIGURES}, with a range's bounds as figures of their own
     * except in the range file.
     */
    @Test
    void sharedSpecsMeetTheIssueFloors() {
        assumeTrue(Files.isDirectory(SHARED_SPECS),
                "shared spec data not present at " + SHARED_SPECS + "; floors not checked");
        RecognizersSpecEvaluation.Report report = new RecognizersSpecEvaluation().evaluate(SHARED_SPECS,
                new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES.withRangesAsBounds()),
                new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES));
        System.out.print(report.toTable());
        assertEquals(25, report.files().size());
        Object[][] floors = {{"pt", 0.90}, {"en", 0.90}, {"es", 0.90}, {"fr", 0.80}, {"de", 0.80}};
        for (Object[] f : floors) {
            RecognizersSpecEvaluation.LanguageScore s = report.scored((String) f[0]);
            assertTrue(s.devRate() >= (double) f[1], f[0] + " dev " + s.devRate() + " < " + f[1]);
            assertTrue(s.heldOutRate() >= (double) f[1], f[0] + " held-out " + s.heldOutRate() + " < " + f[1]);
        }
    }

    /**
     * Our own English cases in the suite's format (corpus/figures/english-cases), written apart from the rules: the
     * rules written against the suite generalize to them. Floors are the rates measured when the cases were added
     * (209/210 dev, 103/103 held-out) less about two points.
     */
    @Test
    void ownEnglishCasesPassAsTheSuiteDoes() {
        Path own = Path.of("../corpus/figures/english-cases");
        RecognizersSpecEvaluation.Report report = new RecognizersSpecEvaluation().evaluate(own,
                new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES.withRangesAsBounds()),
                new RuleFigureRecognizer(FigurePolicy.ALL_FIGURES));
        assertEquals(3, report.files().size());
        RecognizersSpecEvaluation.LanguageScore en = report.scored("en");
        assertEquals(210, en.devCases());
        assertEquals(103, en.heldOutCases());
        assertTrue(en.devRate() >= 0.97, "dev " + en.devRate());
        assertTrue(en.heldOutRate() >= 0.97, "held-out " + en.heldOutRate());
    }
}
