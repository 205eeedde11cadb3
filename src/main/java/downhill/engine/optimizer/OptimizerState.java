package downhill.engine.optimizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an optimizer stands: how many steps it has taken and its state by name ({@link Optimizer#state()}), so that
 * a fresh optimizer of the same kind {@linkplain Optimizer#restore restored} from it takes the same next step, bit
 * for bit. The arrays are not copied again: whoever holds a state must not change them.
 *
 * @param steps  the steps taken (the next step is step {@code steps + 1})
 * @param values the state arrays by name, in the optimizer's order; empty before the first step
 */
public record OptimizerState(long steps, Map<String, double[]> values) {

    /** The state of an optimizer that has taken no step. */
    public static final OptimizerState FRESH = new OptimizerState(0, Map.of());

    public OptimizerState {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The state of coordinate {@code index} alone, for an optimizer stepping just that one parameter: every array as
     * long as the parameter vector ({@code dimension}) gives its entry; shorter ones are the optimizer's scalars
     * (NAdam's running μ product, RAdam's ρ) and stay whole. Every optimizer here updates each coordinate from that
     * coordinate's state alone, so the one-parameter step equals the coordinate's step in the whole vector.
     */
    public OptimizerState coordinate(int index, int dimension) {
        if (index < 0 || index >= dimension) {
            throw new IllegalArgumentException("coordinate " + index + " is outside 0…" + (dimension - 1));
        }
        Map<String, double[]> one = new LinkedHashMap<>();
        values.forEach((name, array) ->
                one.put(name, array.length == dimension ? new double[] {array[index]} : array.clone()));
        return new OptimizerState(steps, one);
    }
}
