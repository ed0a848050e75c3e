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
    void aFailingStepStopsAnEndlessPipeline() {
        Iterator<Integer> endless = new Iterator<>() {
            private int next;

            @Override public boolean hasNext() { return true; }

            @Override public Integer next() { return next++; }
        };
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.pipeline(endless, 2, 4, i -> i, i -> () -> {
            if (i == 50) throw new IllegalStateException("item 50");
            finished.add(i);
            return i;
        }));
        assertEquals("item 50", e.getMessage());
        // Items already read are finished, not cut short; none far beyond the failure was read.
        assertTrue(finished.size() >= 50 && Collections.max(finished) < 50 + 4 + 2, finished.toString());
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
