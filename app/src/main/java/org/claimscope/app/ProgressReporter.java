package org.claimscope.app;

import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far a batch is: a progress bar (files done / total, rate, ETA) on a terminal, plain log lines
 * otherwise. Thread-safe: {@link #step()} is called by the workers.
 */
interface ProgressReporter extends AutoCloseable {

    void start(long total);

    void step();

    @Override
    void close();

    /** Reports nothing (benchmarks, embedding). */
    static ProgressReporter none() {
        return new ProgressReporter() {
            @Override
            public void start(long total) {
            }

            @Override
            public void step() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A bar on {@code terminal} when standard error is an interactive terminal, else log lines on {@code log}. */
    static ProgressReporter forConsole(String task, PrintStream terminal, PrintWriter log) {
        return isInteractive() ? new Bar(task, terminal) : new LogLines(task, log, Duration.ofSeconds(10),
                System::nanoTime);
    }

    /** True when the JVM talks to a terminal (Java 22+ reports a console even when redirected; ask it). */
    static boolean isInteractive() {
        Console c = System.console();
        if (c == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console means a terminal
        }
    }

    /** me.tongfei:progressbar on the terminal. */
    final class Bar implements ProgressReporter {
        private final String task;
        private final PrintStream out;
        private ProgressBar bar;

        Bar(String task, PrintStream out) {
            this.task = task;
            this.out = out;
        }

        @Override
        public synchronized void start(long total) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed()
                    .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(out))
                    .build();
        }

        @Override
        public void step() {
            ProgressBar b = bar;
            if (b != null) {
                b.step();
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /** One line every {@code interval}: done / total, rate, ETA; and a last line on close. */
    final class LogLines implements ProgressReporter {
        private final String task;
        private final PrintWriter out;
        private final long intervalNanos;
        private final LongSupplier clock;
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile long startNanos;
        private long lastReport;

        LogLines(String task, PrintWriter out, Duration interval, LongSupplier clock) {
            this.task = task;
            this.out = out;
            this.intervalNanos = interval.toNanos();
            this.clock = clock;
        }

        @Override
        public synchronized void start(long total) {
            this.total = total;
            this.startNanos = clock.getAsLong();
            this.lastReport = startNanos;
            out.println(task + ": " + total + " files");
            out.flush();
        }

        @Override
        public void step() {
            long d = done.incrementAndGet();
            long now = clock.getAsLong();
            if (now - lastReport >= intervalNanos) {
                synchronized (this) {
                    if (now - lastReport >= intervalNanos) {
                        lastReport = now;
                        report(d, now);
                    }
                }
            }
        }

        private void report(long d, long now) {
            double secs = Math.max(1e-9, (now - startNanos) / 1e9);
            double rate = d / secs;
            String eta = rate > 0 && total > d ? Durations.format(Duration.ofSeconds(Math.round((total - d) / rate)))
                    : "0s";
            out.printf(java.util.Locale.ROOT, "%s: %d/%d files (%.0f%%), %.1f files/s, ETA %s%n", task, d, total,
                    total == 0 ? 100.0 : 100.0 * d / total, rate, eta);
            out.flush();
        }

        @Override
        public synchronized void close() {
            if (total > 0 && done.get() > 0) {
                report(done.get(), clock.getAsLong());
            }
        }
    }
}
