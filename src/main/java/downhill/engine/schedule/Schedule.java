package downhill.engine.schedule;

/**
 * A learning-rate schedule: the rate for step (or epoch) {@code t}, counting from 0, as a function of the base
 * rate. Pure functions of the index, so a 2-D run and a network's training use them the same way.
 */
public sealed interface Schedule permits Constant, StepDecay, Exponential, WarmupCosine {

    double rate(double baseRate, long t);

    /** The canonical spec text, which {@link Schedules#parse(String)} reads back to an equal schedule. */
    String spec();
}
