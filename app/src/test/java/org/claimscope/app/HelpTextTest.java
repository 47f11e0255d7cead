package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTextTest {

    /** picocli reads option descriptions as format strings: a bare "%" breaks one and it warns on stderr. */
    @ParameterizedTest
    @ValueSource(strings = {"analyze", "normalize", "ingest", "search", "export", "serve", "bench"})
    void everyCommandPrintsItsHelpWithoutWarnings(String command) {
        PrintStream before = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        Cli.Result r;
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            r = Cli.run(command, "--help");
        } finally {
            System.setErr(before);
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: claimscope " + command), r.out());
        String printed = warnings.toString(StandardCharsets.UTF_8) + r.err();
        assertFalse(printed.contains("WARN"), printed);
    }
}
