package org.claimscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFiguresCommandTest {

    @Test
    void aFolderWithNoSpecFilesIsAnErrorNotAnEmptyTable(@TempDir Path empty) {
        Cli.Result r = Cli.run("eval", "figures", "--specs", empty.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("no spec files under"), r.err());
    }

    @Test
    void ourOwnEnglishCasesAreScored() {
        Cli.Result r = Cli.run("eval", "figures", "--specs", "../corpus/figures/english-cases");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("en   Number+Percent+Currency"), r.out());
    }
}
