package org.claimscope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line: folders recursively, skipping hidden and temporary files. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> expand(List<Path> args) {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHiddenOrTemporary(p.relativize(f)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new IllegalArgumentException("cannot read folder " + p + ": " + Main.oneLine(e), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isHiddenOrTemporary(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$") || n.endsWith("~") || n.endsWith(".tmp")
                    || n.endsWith(".swp") || n.endsWith(".part")) {
                return true;
            }
        }
        return false;
    }
}
