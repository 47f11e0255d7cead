package org.claimscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Checks for the read-only commands that an index folder holds an index. */
final class IndexDirs {

    private IndexDirs() {
    }

    static Path requireIndex(Path dir) {
        boolean found = false;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                found = files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read index folder " + dir + ": " + Main.oneLine(e), e);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no index at " + dir + " (make one with: claimscope ingest DIR… --index "
                    + dir + ")");
        }
        return dir;
    }
}
