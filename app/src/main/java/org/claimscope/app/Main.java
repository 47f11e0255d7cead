package org.claimscope.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimscope command line: one small class per command, all wiring in {@link Wiring}. */
@Command(name = "claimscope", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds who said what in news articles: quotes, speakers, figures and claims.",
        subcommands = {AnalyzeCommand.class, NormalizeCommand.class, EvalCommand.class, IngestCommand.class,
                SearchCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Lucene reports through java.util.logging how it uses the JVM; the command line keeps stderr for errors. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs a command with its output and errors going to the given writers (for tests and embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        try {
            return commandLine().setOut(out).setErr(err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("claimscope: error: " + oneLine(e));
                    return 1;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"claimscope " + (v == null ? "development build" : v),
                    "output schema " + org.claimscope.model.Article.SCHEMA};
        }
    }
}
