package claimcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Does one piece of work per item on up to {@code jobs} threads and gives the results in the items'
 * order, so that what a run writes never depends on which thread finished first. The threads are
 * daemons, made for the call and gone after it.
 */
public final class Parallel {
    private Parallel() {}

    /**
     * {@code work} applied to every item, results in item order. {@code work} should turn the problems of
     * one item into its result; an exception it throws anyway is rethrown here, the first in item order,
     * once every item is done.
     */
    public static <T, R> List<R> map(List<T> items, int jobs, Function<? super T, ? extends R> work) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        int threads = Math.min(jobs, items.size());
        if (threads <= 1) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) out.add(work.apply(item));
            return out;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimcheck-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
            List<R> out = new ArrayList<>(items.size());
            Throwable first = null;
            for (Future<R> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    out.add(null);
                    if (first == null) first = e.getCause();
                }
            }
            if (first instanceof RuntimeException re) throw re;
            if (first instanceof Error err) throw err;
            if (first != null) throw new IllegalStateException(first);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
