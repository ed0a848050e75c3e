package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Work on many threads with results in item order; a pipeline that holds a bounded number of items. */
class ParallelTest {
    /** Sleeps up to a millisecond, so that threads finish out of order. */
    private static void jitter(int seed) {
        try {
            Thread.sleep(0, new SplittableRandom(seed).nextInt(1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void mapGivesResultsInItemOrder() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        for (int jobs = 1; jobs <= 4; jobs++) {
            assertEquals(items.stream().map(i -> i * i).toList(), Parallel.map(items, jobs, i -> {
                jitter(i);
                return i * i;
            }));
        }
    }

    @Test
    void aPipelineAdmitsInItemOrderOnTheCallingThreadAndHoldsAtMostItsRoom() {
        for (int jobs = 1; jobs <= 4; jobs++) {
            for (int ahead : new int[] {1, 2, 7}) {
                AtomicInteger held = new AtomicInteger();
                AtomicInteger mostHeld = new AtomicInteger();
                List<Integer> admitted = new ArrayList<>();
                Thread caller = Thread.currentThread();
                List<String> out = Parallel.pipeline(IntStream.range(0, 300).iterator(), jobs, ahead, i -> {
                    mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
                    jitter(i);
                    return i;
                }, i -> {
                    assertSame(caller, Thread.currentThread());
                    admitted.add(i);
                    return () -> {
                        jitter(i * 31);
                        held.decrementAndGet();
                        return i % 7 == 0 ? "rejected " + i : "done " + i;
                    };
                });
                assertEquals(IntStream.range(0, 300).mapToObj(i -> i % 7 == 0 ? "rejected " + i : "done " + i).toList(), out);
                assertEquals(IntStream.range(0, 300).boxed().toList(), admitted);
                assertTrue(mostHeld.get() <= ahead, jobs + " jobs, room " + ahead + ": held " + mostHeld.get());
                assertEquals(0, held.get());
            }
        }
    }

    @Test
    void aFailingStepStopsAnEndlessPipelineAndFinishesWhatWasRead() {
        int ahead = 4;
        for (int jobs : new int[] {1, 2, 3}) {
            AtomicInteger read = new AtomicInteger();
            Iterator<Integer> endless = new Iterator<>() {
                @Override public boolean hasNext() { return true; }

                @Override public Integer next() { return read.getAndIncrement(); }
            };
            List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Parallel.pipeline(endless, jobs, ahead, i -> i, i -> () -> {
                        if (i == 50) throw new IllegalStateException("item 50");
                        finished.add(i);
                        return i;
                    }));
            assertEquals("item 50", e.getMessage());
            // Every item read was taken through both steps, none cut short.
            List<Integer> expected = IntStream.range(0, read.get()).filter(i -> i != 50).boxed().toList();
            assertEquals(expected, finished.stream().sorted().toList(), jobs + " jobs");
            // One thread runs second steps in item order, so item 50 fails while it and at most ahead - 1
            // later items hold room. With more threads, others may go on while item 50's thread waits to
            // run: the stop is then certain but its point is not.
            if (jobs == 1) assertTrue(read.get() <= 50 + ahead, "read " + read.get());
        }
    }

    @Test
    void aFailingAdmissionWaitsForWhatHasStarted() {
        AtomicInteger running = new AtomicInteger();
        Supplier<Integer> slow = () -> {
            running.incrementAndGet();
            jitter(3);
            return running.decrementAndGet();
        };
        assertThrows(IllegalArgumentException.class, () -> Parallel.pipeline(IntStream.range(0, 100).iterator(), 2, 3, i -> i, i -> {
            if (i == 10) throw new IllegalArgumentException("item 10");
            return slow;
        }));
        assertEquals(0, running.get());
    }
}
