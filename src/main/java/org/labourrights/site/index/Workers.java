package org.labourrights.site.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads of one search build, one per core, taking tasks in two queues: {@link #urgent()}
 * tasks (the analysis and everything that waits for it) before {@link #background()} tasks
 * (writing the documents' files, which nothing waits for), each queue in order. So the cores do
 * the work on the critical path first and fill the gaps with the rest, and no task ever waits
 * for another in a thread of its own: what follows a task is chained to it
 * ({@link CompletableFuture}), never joined inside the pool.
 */
public final class Workers implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor pool;
    private final AtomicLong order = new AtomicLong();
    private final Executor urgent;
    private final Executor background;

    private Workers(int threads) {
        int number = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "search-" + number + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        urgent = urgent(0);
        background = task -> pool.execute(new Task(1, 0, order.getAndIncrement(), task));
    }

    /** As many threads as cores (at least two, so that a single-core machine still overlaps writing with work). */
    public static Workers start() {
        return new Workers(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public Executor urgent() {
        return urgent;
    }

    public Executor background() {
        return background;
    }

    /**
     * Urgent tasks of a {@code rank}: before urgent tasks of higher ranks. The analysis of both
     * languages gives its i-th chunks rank i, so that the two languages' chunks alternate: both
     * cores work on both, and the compiler sees both languages' texts from the start (compiled
     * for one, the analysis would be compiled again when the other comes).
     */
    public Executor urgent(int rank) {
        return task -> pool.execute(new Task(0, rank, order.getAndIncrement(), task));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The value of a finished future; a task's runtime exception is thrown as it was. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private record Task(int priority, int rank, long order, Runnable runnable) implements Runnable, Comparable<Task> {

        @Override
        public void run() {
            runnable.run();
        }

        @Override
        public int compareTo(Task other) {
            if (priority != other.priority) {
                return Integer.compare(priority, other.priority);
            }
            return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(order, other.order);
        }
    }
}
