package downhill.engine.train;

import downhill.engine.run.Contender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Several copies of one network, one per contender (optimizer, hyperparameters, schedule), trained side by side:
 * the same data, the same initial weights and the same batch order, so they differ only in how they step. Each copy
 * is a {@link TrainingRun} on its own task of the executor passed to {@link #start(Executor)}; a copy that diverges
 * stops alone and the others go on. Results do not depend on the executor: each copy's numbers are the ones it
 * would give trained alone.
 *
 * <p>A UI starts it on a thread pool and polls {@link TrainingRun#history()} of each run, e.g. once a frame.
 */
public final class Comparison {

    private final List<TrainingRun> runs;
    private final CountDownLatch ended;
    private boolean started;

    public Comparison(TrainingData data, TrainingPlan plan, List<Contender> contenders) {
        this(data, plan, contenders, new TrainingListener() {});
    }

    /** @param listener told of every run's epochs and end, on that run's thread */
    public Comparison(TrainingData data, TrainingPlan plan, List<Contender> contenders, TrainingListener listener) {
        if (contenders.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one optimizer");
        }
        ended = new CountDownLatch(contenders.size());
        TrainingListener counting = new TrainingListener() {
            @Override
            public void epochCompleted(TrainingRun run, int epoch) {
                listener.epochCompleted(run, epoch);
            }

            @Override
            public void ended(TrainingRun run) {
                try {
                    listener.ended(run);
                } finally {
                    ended.countDown();
                }
            }
        };
        Map<String, Integer> seen = new HashMap<>();
        List<TrainingRun> list = new ArrayList<>();
        for (Contender contender : contenders) {
            String base = contender.type().name();
            int copy = seen.merge(base, 1, Integer::sum);
            list.add(new TrainingRun(
                    copy == 1 ? base : base + " (" + copy + ")", new Trainer(data, plan, contender), counting));
        }
        runs = List.copyOf(list);
    }

    /** Submits every run to {@code executor} (once). A same-thread executor trains them one after another. */
    public synchronized void start(Executor executor) {
        start(executor, runs.size());
    }

    /**
     * Starts every copy on the executor, letting at most {@code concurrency} of them compute an epoch at the same
     * time. The copies take turns epoch by epoch (a fair semaphore), so all curves advance together; a window leaves
     * a core free this way for drawing, which six busy copies on two cores would otherwise starve. The numbers do
     * not depend on it: each copy's arithmetic is its own.
     */
    public synchronized void start(Executor executor, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        if (started) {
            throw new IllegalStateException("this comparison has already been started");
        }
        started = true;
        if (concurrency < runs.size()) {
            Semaphore permits = new Semaphore(concurrency, true);
            runs.forEach(run -> run.limitBy(permits));
        }
        for (TrainingRun run : runs) {
            executor.execute(run);
        }
    }

    public List<TrainingRun> runs() {
        return runs;
    }

    public void pauseAll() {
        runs.forEach(TrainingRun::pause);
    }

    public void resumeAll() {
        runs.forEach(TrainingRun::resume);
    }

    public void stopAll() {
        runs.forEach(TrainingRun::stop);
    }

    /** Whether every run has reached a final state. */
    public boolean isDone() {
        return ended.getCount() == 0;
    }

    /** Waits until every run has ended, or the timeout passes; returns whether all ended. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }
}
