package downhill.engine.nn;

import java.util.List;

/**
 * One thread's share of a batch or an evaluation: its {@link Workspace}, the job it was last given, and what the
 * job summed. {@link Network} gives a batch to one shard, or from {@value Network#SPLIT_ROWS} rows on splits it
 * between two, runs them (on one thread or two) and adds up their gradients and losses.
 */
final class Shard implements Runnable {

    private final Architecture architecture;
    private final Propagation propagation;
    /** Where the job's gradient goes: the network's own for the first shard, a scratch array for the second. */
    private final double[] gradient;

    private final Workspace work;

    private boolean evaluating;
    private double[] jobFeatures;
    private double[] jobTargets;
    private int jobTargetWidth;
    private int[] jobOrder;
    private int jobFrom;
    /** The job's first row counted within the batch, for the masks and the recorder. */
    private int jobFirst;

    private int jobRows;
    private double jobScale;
    private PassRecorder jobRecorder;
    private double lossSum;
    private int correct;

    Shard(Architecture architecture, List<Layer> layers, Propagation propagation, double[] gradient) {
        this.architecture = architecture;
        this.propagation = propagation;
        this.gradient = gradient;
        this.work = new Workspace(architecture, layers);
    }

    /**
     * Next run: the gradient over rows {@code order[from]}, … of a batch (the first of them the batch's row
     * {@code first}), each row's output delta scaled by {@code scale}, shown to {@code recorder} when not null.
     */
    void gradientJob(
            double[] features,
            double[] targets,
            int targetWidth,
            int[] order,
            int from,
            int first,
            int rows,
            double scale,
            PassRecorder recorder) {
        evaluating = false;
        jobFeatures = features;
        jobTargets = targets;
        jobTargetWidth = targetWidth;
        jobOrder = order;
        jobFrom = from;
        jobFirst = first;
        jobRows = rows;
        jobScale = scale;
        jobRecorder = recorder;
    }

    /** Next run: the loss sum and correct count over {@code rows} consecutive rows from {@code from}. */
    void evaluationJob(double[] features, double[] targets, int from, int rows) {
        evaluating = true;
        jobFeatures = features;
        jobTargets = targets;
        jobFrom = from;
        jobRows = rows;
    }

    /** The last job's summed loss (not yet divided by the rows). */
    double lossSum() {
        return lossSum;
    }

    /** The last evaluation's correct count. */
    int correct() {
        return correct;
    }

    /** The scratch gradient the job wrote into (the first shard's is the network's own). */
    double[] gradient() {
        return gradient;
    }

    /** The buffers, for a prediction on the calling thread. */
    Workspace workspace() {
        return work;
    }

    @Override
    public void run() {
        Loss loss = architecture.loss();
        int width = architecture.outputs();
        double[][] logits;
        if (evaluating) {
            work.ensureCapacity(Math.min(jobRows, Network.EVALUATION_CHUNK));
            logits = work.logits();
            lossSum = 0;
            correct = 0;
            for (int start = jobFrom; start < jobFrom + jobRows; start += Network.EVALUATION_CHUNK) {
                int count = Math.min(Network.EVALUATION_CHUNK, jobFrom + jobRows - start);
                propagation.forwardFrom(work, jobFeatures, start, count);
                lossSum += loss.lossSum(logits, count, width, jobTargets, start, 1, null, 1);
                correct += loss.correctCount(logits, count, width, jobTargets, start);
            }
        } else {
            work.ensureCapacity(jobRows);
            logits = work.logits();
            int inputs = architecture.inputs();
            int stride = jobTargetWidth;
            for (int r = 0; r < jobRows; r++) {
                int row = jobOrder[jobFrom + r];
                System.arraycopy(jobFeatures, row * inputs, work.input[r], 0, inputs);
                if (stride == 1) {
                    work.targets[r] = jobTargets[row];
                } else {
                    System.arraycopy(jobTargets, row * stride, work.targets, r * stride, stride);
                }
            }
            propagation.forward(work, jobRows, jobFirst, jobRecorder, true);
            double[][] outputDeltas = work.deltas[work.deltas.length - 1];
            lossSum = loss.lossSum(logits, jobRows, width, work.targets, 0, stride, outputDeltas, jobScale);
            propagation.backward(work, jobRows, jobFirst, gradient);
            if (jobRecorder != null) {
                for (int l = 0; l < work.activations.length; l++) {
                    jobRecorder.outputsAndDeltas(l, jobFirst, work.activations[l], work.deltas[l], jobRows);
                }
            }
        }
    }
}
