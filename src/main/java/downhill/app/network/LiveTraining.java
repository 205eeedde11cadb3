package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.train.TrainingPlan;
import java.util.List;
import java.util.function.Supplier;

/**
 * The network tab's training commands: Train (or resume), Pause, Step and Reset on the {@link TrainingSession},
 * with the data and the optimizer list they need, and whether anything drawn changed since the last frame took it.
 * A same-thread training executor trains the whole plan inside {@link #train()} (what a snapshot wants); pause and
 * step need a training executor with threads of its own. Runs on the FX thread.
 */
public final class LiveTraining {

    private final TrainingSession session;
    private final NetworkData data;
    private final OptimizerListViewModel optimizers;
    /** The plan the settings describe (throws naming the problem). */
    private final Supplier<TrainingPlan> plan;
    /** Clears what the views show of a training: the loss landscape's, the layers' and the boundaries' pictures. */
    private final Runnable clearPictures;
    /** Shows the weights every copy starts from, for the settings as they are now. */
    private final Runnable showUntrained;

    private boolean changed = true;

    LiveTraining(
            TrainingSession session,
            NetworkData data,
            OptimizerListViewModel optimizers,
            Supplier<TrainingPlan> plan,
            Runnable clearPictures,
            Runnable showUntrained) {
        this.session = session;
        this.data = data;
        this.optimizers = optimizers;
        this.plan = plan;
        this.clearPictures = clearPictures;
        this.showUntrained = showUntrained;
    }

    /** Starts training, or resumes it when paused. */
    public void train() {
        if (session.resume()) {
            changed = true;
        } else if (begin()) {
            session.start();
        }
    }

    /** Pauses every copy after its current epoch. */
    public void pause() {
        if (session.pause()) {
            changed = true;
        }
    }

    /** Trains every copy exactly one more epoch, then pauses. */
    public void step() {
        if (session.stepOn()) {
            changed = true;
        } else if (begin()) {
            session.startOneEpoch();
        }
    }

    /**
     * Stops training and clears its results; the settings stay. Before training, every panel shows what the
     * untrained network predicts and the diagram shows its weights: all copies start from them.
     */
    public void reset() {
        session.stop();
        clearPictures.run();
        session.idle();
        changed = true;
        showUntrained.run();
    }

    /** Makes a new comparison from the settings; false (and a status saying why) when it cannot. */
    private boolean begin() {
        reset();
        PreparedData prepared = data.prepared();
        List<OptimizerSettings> racing = optimizers.racing();
        if (prepared == null) {
            session.say(data.problem());
            return false;
        }
        if (racing.isEmpty()) {
            session.say(Messages.text("network.status.noOptimizer"));
            return false;
        }
        if (!session.begin(prepared.data(), plan, racing)) {
            return false;
        }
        changed = true;
        return true;
    }

    /** Something drawn changed outside the commands (a drawing in use): the next frame draws again. */
    void markChanged() {
        changed = true;
    }

    /** Whether anything drawn changed since the last call. */
    boolean takeChanged() {
        boolean was = changed;
        changed = false;
        return was;
    }
}
