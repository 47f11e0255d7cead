package org.claimscope.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared evaluation data that lives beside the repository (never inside it): the
 * {@code claimscope.shared} system property, else {@code ../shared} seen from the repository root.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The path of {@code relative} under the shared folder; it may not exist (tests then skip). */
    public static Path find(String relative) {
        String configured = System.getProperty("claimscope.shared");
        if (configured != null) {
            return Path.of(configured, relative);
        }
        for (String root : new String[] {"../../shared", "../shared", "/work/shared"}) {
            Path p = Path.of(root, relative);
            if (Files.exists(p)) {
                return p;
            }
        }
        return Path.of("../../shared", relative);
    }
}
