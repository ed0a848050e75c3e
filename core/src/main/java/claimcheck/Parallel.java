package claimcheck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

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
        ExecutorService pool = pool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
            return results(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Items read one by one from {@code items} (on the calling thread, in order) and taken through two steps
     * on up to {@code jobs} threads, never more than {@code ahead} of them at once between their first
     * step's start and their second's end, so that what items hold in between does not pile up:
     * {@code prepare} on a pool thread, in any order; {@code admit} on the calling thread, in item order,
     * which gives the second step; that step on a pool thread. Results are in item order. As with
     * {@link #map}, each step should turn an item's problems into its result: once a step throws anyway, no
     * further item is read, and the exception (for second steps, the first in item order) is rethrown when
     * the items started are done.
     */
    public static <S, A, R> List<R> pipeline(Iterator<? extends S> items, int jobs, int ahead,
                                             Function<? super S, ? extends A> prepare,
                                             Function<? super A, ? extends Supplier<? extends R>> admit) {
        if (jobs < 1 || ahead < 1) throw new IllegalArgumentException("jobs and ahead must be at least 1");
        ExecutorService pool = pool(jobs);
        Semaphore room = new Semaphore(ahead);
        AtomicBoolean failed = new AtomicBoolean();
        Deque<Future<A>> preparing = new ArrayDeque<>();
        List<Future<R>> finishing = new ArrayList<>();
        try {
            while (true) {
                // The next items start while there is room; with none being prepared, wait for room.
                while (!failed.get() && items.hasNext() && (preparing.isEmpty() ? acquire(room) : room.tryAcquire())) {
                    // Room freed by a failing step comes after its failure is set: nothing more is read.
                    if (failed.get()) {
                        room.release();
                        break;
                    }
                    S item = items.next();
                    preparing.add(pool.submit(() -> prepare.apply(item)));
                }
                if (preparing.isEmpty()) break;
                A prepared = get(preparing.removeFirst());
                Supplier<? extends R> second = admit.apply(prepared);
                finishing.add(pool.submit(() -> {
                    try {
                        return second.get();
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        room.release();
                    }
                }));
            }
        } catch (RuntimeException | Error e) {
            // What has started ends before the pool goes: no report folder is cut short by an interrupt.
            awaitQuietly(preparing);
            awaitQuietly(finishing);
            pool.shutdownNow();
            throw e;
        }
        try {
            return results(finishing);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(Iterable<? extends Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // the exception being thrown comes first
            }
        }
    }

    private static boolean acquire(Semaphore room) {
        try {
            room.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <A> A get(Future<A> f) {
        List<A> one = results(List.of(f));
        return one.get(0);
    }

    /** Every future's result in order, once all are done; the first exception in order is rethrown. */
    private static <R> List<R> results(List<Future<R>> futures) {
        List<R> out = new ArrayList<>(futures.size());
        Throwable first = null;
        try {
            for (Future<R> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    out.add(null);
                    if (first == null) first = e.getCause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (first instanceof RuntimeException re) throw re;
        if (first instanceof Error err) throw err;
        if (first != null) throw new IllegalStateException(first);
        return out;
    }

    /** {@code threads} daemon threads, gone with the call that made them. */
    private static ExecutorService pool(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimcheck-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
