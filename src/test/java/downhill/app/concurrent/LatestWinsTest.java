package downhill.app.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.testing.Poll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    @Test
    void onTheSameThreadEveryRequestIsComputedAtOnce() {
        List<Integer> computed = new ArrayList<>();
        LatestWins<Integer, String> worker = new LatestWins<>(BackgroundExecutors.sameThread(), (q, stale) -> {
            computed.add(q);
            return "r" + q;
        });
        worker.submit(1);
        assertEquals("r1", worker.poll());
        assertNull(worker.poll(), "a result is handed out once");
        worker.submit(2);
        worker.submit(3);
        assertEquals(List.of(1, 2, 3), computed);
        assertEquals("r3", worker.poll());
    }

    @Test
    void aThousandRequestsDuringOneSlowComputationLeaveOnlyTheNewestQueued() throws Exception {
        ExecutorService pool = BackgroundExecutors.daemonPool("test", 1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> computed = Collections.synchronizedList(new ArrayList<>());
        LatestWins<Integer, Integer> worker = new LatestWins<>(pool, (q, stale) -> {
            computed.add(q);
            if (q == 0) {
                firstStarted.countDown();
                await(release);
            }
            return q;
        });
        worker.submit(0);
        assertTrue(firstStarted.await(Poll.DEADLINE_SECONDS, TimeUnit.SECONDS));
        for (int i = 1; i <= 1000; i++) {
            worker.submit(i);
        }
        release.countDown();
        Poll.until(() -> !worker.busy(), "the worker is idle");
        assertEquals(List.of(0, 1000), computed, "the 999 requests in between were never computed");
        assertEquals(1000, worker.poll());
        assertEquals(1001, worker.submittedCount());
        pool.shutdownNow();
    }

    @Test
    void aLongComputationSeesThatItIsStaleAndItsNullResultIsDropped() throws Exception {
        ExecutorService pool = BackgroundExecutors.daemonPool("test", 1);
        CountDownLatch started = new CountDownLatch(1);
        List<Boolean> sawStale = Collections.synchronizedList(new ArrayList<>());
        LatestWins<Integer, Integer> worker = new LatestWins<>(pool, (q, stale) -> {
            if (q == 0) {
                started.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Poll.DEADLINE_SECONDS);
                while (!stale.getAsBoolean() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                sawStale.add(stale.getAsBoolean());
                return null;
            }
            return q;
        });
        worker.submit(0);
        assertTrue(started.await(Poll.DEADLINE_SECONDS, TimeUnit.SECONDS));
        worker.submit(7);
        Poll.until(() -> !worker.busy(), "the worker is idle");
        assertEquals(List.of(true), sawStale);
        assertEquals(7, worker.poll());
        pool.shutdownNow();
    }

    @Test
    void aFailureIsKeptForTheCallerAndTheWorkerGoesOn() {
        LatestWins<Integer, Integer> worker = new LatestWins<>(BackgroundExecutors.sameThread(), (q, stale) -> {
            if (q < 0) {
                throw new IllegalStateException("negative");
            }
            return q;
        });
        worker.submit(-1);
        assertNull(worker.poll());
        assertEquals("negative", worker.pollFailure().getMessage());
        worker.submit(4);
        assertEquals(4, worker.poll());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(Poll.DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void cancelStopsTheRunningComputationAndDropsItsResult() throws Exception {
        ExecutorService pool = BackgroundExecutors.daemonPool("test", 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch sawStale = new CountDownLatch(1);
        LatestWins<Integer, Integer> worker = new LatestWins<>(pool, (q, stale) -> {
            if (q != 7) {
                return q;
            }
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Poll.DEADLINE_SECONDS);
            while (!stale.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            if (stale.getAsBoolean()) {
                sawStale.countDown();
            }
            return q; // a computation that ignores staleness still must not be handed out
        });
        worker.submit(7);
        assertTrue(started.await(Poll.DEADLINE_SECONDS, TimeUnit.SECONDS));
        worker.cancel();
        assertTrue(
                sawStale.await(Poll.DEADLINE_SECONDS, TimeUnit.SECONDS),
                "the running computation was told it is stale");
        Poll.until(() -> !worker.busy(), "the worker is idle");
        assertNull(worker.poll(), "the cancelled result is dropped");
        worker.submit(8);
        Poll.until(() -> !worker.busy(), "the worker is idle");
        assertEquals(8, worker.poll(), "work submitted after a cancel is computed as usual");
        pool.shutdownNow();
    }
}
