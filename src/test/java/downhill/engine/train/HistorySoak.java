package downhill.engine.train;

import downhill.engine.Heap;
import downhill.engine.data.Generators;
import java.util.List;

/**
 * Run in a child JVM by {@link TrainingHistoryBoundTest}: 20,000 training epochs of a nine-layer network, then
 * prints the retained heap in bytes, the epochs and the records kept. {@code capped}: a {@link Trainer} as the app
 * and CLI make it; {@code uncapped}: the same records in a history without a cap, as before.
 */
public final class HistorySoak {

    static final int EPOCHS = 20_000;
    static final int LAYERS = 9;

    private HistorySoak() {}

    public static void main(String[] args) {
        long before = Heap.retainedBytes();
        HistorySnapshot kept;
        if (args[0].equals("capped")) {
            TrainingData data = TrainingData.prepare(Generators.moons(20, 0.2, 3), 0.2, 3, true);
            TrainingPlan plan = TrainingPlan.defaults()
                    .withHiddenSizes(List.of(8, 8, 8, 8, 8, 8, 8, 8))
                    .withEpochs(EPOCHS)
                    .withBatchSize(Integer.MAX_VALUE)
                    .withThreads(1);
            Trainer trainer = new Trainer(data, plan, TrainerTest.contender("sgd", 0.01));
            trainer.run();
            trainer.close();
            kept = trainer.history().snapshot();
        } else {
            TrainingHistory history = new TrainingHistory(EPOCHS, LAYERS, false, Integer.MAX_VALUE);
            for (int epoch = 1; epoch <= EPOCHS; epoch++) {
                history.append(new double[Metric.values().length], new double[LAYERS], null);
            }
            kept = history.snapshot();
        }
        long retained = Heap.retainedBytes() - before;
        System.out.println(retained + " " + kept.epochs() + " " + kept.recordedIndices().length);
    }
}
