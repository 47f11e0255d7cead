package org.claimscope.app;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files under the ingest roots: recursively, following symbolic links but not their loops, skipping
 * hidden and temporary files ({@link Inputs#isHiddenOrTemporary}). Paths are absolute and normalized (links are
 * not resolved, so one file reached by two paths is listed twice and becomes one article with both paths).
 */
final class CorpusWalker {

    /** The files found, in order, and the places that could not be walked. */
    record Listing(List<Path> roots, List<Path> files, List<Problem> problems) {

        /** True when {@code path} lies in one of the roots but in no place that could not be walked. */
        boolean covers(Path path) {
            return under(roots, path) && problems.stream().noneMatch(p -> path.startsWith(p.path()));
        }
    }

    /** A place skipped by the walk, with why. */
    record Problem(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    private CorpusWalker() {
    }

    static Listing walk(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        List<Path> absRoots = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            absRoots.add(root);
            if (!Files.exists(root)) {
                throw new IllegalArgumentException("no such file or folder: " + given);
            }
            if (!Files.isDirectory(root)) {
                files.add(root);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Visitor(root, found, problems));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read folder " + given + ": " + Main.oneLine(e), e);
            }
            found.sort(null);
            files.addAll(found);
        }
        return new Listing(List.copyOf(absRoots), List.copyOf(files), List.copyOf(problems));
    }

    /** True when {@code path} lies in one of {@code roots} (a root that is a file contains only itself). */
    static boolean under(List<Path> roots, Path path) {
        for (Path r : roots) {
            if (path.startsWith(r)) {
                return true;
            }
        }
        return false;
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final List<Problem> problems;

        Visitor(Path root, List<Path> found, List<Problem> problems) {
            this.root = root;
            this.found = found;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && Inputs.isHiddenOrTemporary(root.relativize(dir))
                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !Inputs.isHiddenOrTemporary(root.relativize(file))) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                problems.add(new Problem(file, "skipped, symbolic link loop"));
            } else if (!Inputs.isHiddenOrTemporary(root.relativize(file))) {
                problems.add(new Problem(file, "cannot read: " + Main.oneLine(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
