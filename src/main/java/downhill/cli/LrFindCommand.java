package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.train.LearningRateRange;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lr-find}: the learning-rate range test of one optimizer on a network, as CSV with two suggestions. */
@Command(
        name = "lr-find",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        defaultValueProvider = TrainCommand.DefaultOptimizer.class,
        description = {
            "The learning-rate range test (Smith 2017; fastai's lr_find): from the weights 'train' would "
                    + "start with, one update per mini-batch while the learning rate grows geometrically from "
                    + "--start-lr to --end-lr over --steps updates; the batch losses smoothed (moving average, beta "
                    + "0.98, bias-corrected); stops once the smoothed loss exceeds 4 times its least.",
            "CSV: step,lr,loss,smoothed_loss. The last line of standard output: suggested_lr=... (the steepest "
                    + "fall of the smoothed loss) min_loss_lr=... (its least; fastai suggests a tenth of it) "
                    + "stopped=..."
        })
final class LrFindCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private NetworkOptions network;

    @Option(names = "--start-lr", paramLabel = "F", defaultValue = "1e-7", description = "First rate (default: 1e-7).")
    private double startLr;

    @Option(names = "--end-lr", paramLabel = "F", defaultValue = "10", description = "Last rate (default: 10).")
    private double endLr;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "Updates (default: 100).")
    private int steps;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        Output.check("--out", out, network.data.file(), "the input data", network.training.testFile(), "the test data");
        if (!(startLr > 0) || !(endLr > startLr) || Double.isInfinite(endLr)) {
            throw new UserError("--start-lr and --end-lr must grow from a rate > 0 to a finite one, got " + startLr
                    + " and " + endLr);
        }
        if (steps < 2 || steps > 100_000) {
            throw new UserError("--steps must be 2 to 100000, got " + steps);
        }
        TrainingData prepared =
                network.load(spec.commandLine().getErr()).parts().standardised();
        TrainingOptions training = network.training;
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(network.layers.hiddenSizes())
                .withActivation(network.layers.activation())
                .withLoss(training.loss())
                .withL2(training.l2())
                .withBatchSize(network.batchSize())
                .withScheduleClock(ScheduleClock.UPDATE)
                .withSeed(network.seed)
                .withInitialization(training.initialization());
        LearningRateRange.Result result =
                LearningRateRange.run(prepared, plan, network.contender(), startLr, endLr, steps);
        Output.write(out, spec.commandLine().getOut(), writer -> write(result, writer));
        spec.commandLine()
                .getOut()
                .println("suggested_lr=" + Numbers.format(result.steepest()) + " min_loss_lr="
                        + Numbers.format(result.leastLoss()) + " stopped="
                        + result.stopped().replace(' ', '_'));
        return 0;
    }

    private static void write(LearningRateRange.Result r, Writer writer) throws IOException {
        writer.write("step,lr,loss,smoothed_loss\n");
        for (int k = 0; k < r.rates().length; k++) {
            writer.write(k + "," + Numbers.format(r.rates()[k]) + "," + Numbers.format(r.losses()[k]) + ","
                    + Numbers.format(r.smoothed()[k]) + "\n");
        }
    }
}
