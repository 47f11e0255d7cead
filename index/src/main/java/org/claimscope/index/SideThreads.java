package org.claimscope.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * A few threads that do part of a search beside the searching thread. Work is only handed over when a thread is
 * free: under concurrent searches the searching threads do it themselves instead of queueing behind each other.
 */
final class SideThreads implements Closeable {

    private final ExecutorService pool;
    private final Semaphore free;

    SideThreads(int threads) {
        this.pool = threads > 0 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimscope-search-side");
            t.setDaemon(true);
            return t;
        }) : null;
        this.free = new Semaphore(Math.max(0, threads));
    }

    /** {@code work} started on a free thread, or null when none is free (the caller then does it). */
    <T> Future<T> trySubmit(Callable<T> work) {
        if (pool == null || !free.tryAcquire()) {
            return null;
        }
        try {
            return pool.submit(() -> {
                try {
                    return work.call();
                } finally {
                    free.release();
                }
            });
        } catch (RejectedExecutionException e) { // closed
            free.release();
            return null;
        }
    }

    /** The result of {@code f}, with its failure rethrown as it was thrown. */
    static <T> T join(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting matches");
        } catch (CancellationException e) {
            throw new InterruptedIOException("counting matches was cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            switch (cause) {
                case IOException io -> throw io;
                case UncheckedIOException io -> throw io.getCause();
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                default -> throw new IOException(cause);
            }
        }
    }

    /** Waits for {@code f} to end, whatever its outcome: the reader it uses must outlive it. */
    static void awaitQuietly(Future<?> f) {
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
