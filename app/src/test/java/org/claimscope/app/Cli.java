package org.claimscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the real command line in-process and keeps what it printed. */
public final class Cli {

    static final Path CORPUS = locateCorpus();
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Result(int code, String out, String err) {
        public JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out + err, e);
            }
        }

        /** The number after {@code label} in the summary, e.g. count("analyzed") in "27 analyzed". */
        int count(String label) {
            Matcher m = Pattern.compile("(\\d+) " + Pattern.quote(label) + "\\b").matcher(out);
            if (!m.find()) {
                throw new AssertionError("no \"" + label + "\" count in: " + out + err);
            }
            return Integer.parseInt(m.group(1));
        }

        /** The "index: …" summary line. */
        String indexLine() {
            return out.lines().filter(l -> l.startsWith("index:")).findFirst()
                    .orElseThrow(() -> new AssertionError("no index line in: " + out + err));
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Copies corpus files (paths relative to corpus/articles) into {@code dir}, keeping their names. */
    public static void copy(Path dir, String... relative) throws IOException {
        Files.createDirectories(dir);
        for (String r : relative) {
            Path from = CORPUS.resolve(r);
            Files.copy(from, dir.resolve(from.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path locateCorpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("corpus/articles");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("corpus/articles not found above " + Path.of("").toAbsolutePath());
    }
}
