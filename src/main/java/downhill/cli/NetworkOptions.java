package downhill.cli;

import downhill.engine.data.Dataset;
import downhill.engine.run.Contender;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A network on data as {@code train} and {@code lr-find} both set it up: the data, the seed, the split and loss
 * and penalty, the layers, the optimizer and the batch size.
 */
final class NetworkOptions {

    @Mixin
    DataOptions data;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "0",
            description = "Seeds the data, the split, the initial weights and the batch order (default: 0).")
    long seed;

    @Mixin
    TrainingOptions training;

    @Mixin
    LayerOptions layers;

    @Mixin
    OptimizerOptions optimizer;

    @Option(
            names = "--batch-size",
            paramLabel = "N|all",
            defaultValue = "200",
            description = "Samples per update: 1 is stochastic, 'all' is batch gradient descent (default: 200).")
    private String batchSize;

    int batchSize() {
        return DataArguments.batchSize(batchSize);
    }

    /** The data as read or made, and its parts split and standardised. */
    record Loaded(Dataset all, TrainingOptions.Parts parts) {}

    /** The data read or made (refused first if it would not fit), split and standardised. */
    Loaded load(PrintWriter err) {
        training.check(data);
        Dataset all = data.loadWithin(layers, batchSize(), false, seed, err);
        return new Loaded(all, training.prepare(all, data, seed, err));
    }

    /** The optimizer with its flags and the --schedule. */
    Contender contender() {
        return new Contender(optimizer.type(), optimizer.hyperparameters(), training.schedule());
    }
}
