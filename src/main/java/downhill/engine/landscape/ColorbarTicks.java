package downhill.engine.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Ticks for a landscape's colour bar: values in f units with their positions along the bar. Linear bars get
 * {@link AxisTicks}; log bars get the decades above the minimum (f − min ≈ 1, 10, 100, … rounded to a value
 * worth printing, so Rosenbrock's bar reads 0, 1, 10, 100, 1000), with 2 and 5 between when decades are few.
 */
public final class ColorbarTicks {

    /**
     * One tick.
     *
     * @param value    in f units
     * @param position along the colour bar, 0 (min) to 1 (max)
     */
    public record Tick(double value, double position, String label) {}

    private ColorbarTicks() {}

    /** About {@code targetCount} ticks for the colour bar of {@code image}. */
    public static List<Tick> of(LandscapeImage image, int targetCount) {
        return of(image.scaling(), image.min(), image.max(), targetCount);
    }

    /** About {@code targetCount} ticks for a colour bar over [min, max] in {@code scaling}; none without a range. */
    public static List<Tick> of(ColorScaling scaling, double min, double max, int targetCount) {
        List<Tick> ticks = new ArrayList<>();
        if (!(max > min) || !Double.isFinite(max - min)) {
            return ticks;
        }
        if (scaling == ColorScaling.LINEAR) {
            AxisTicks axis = AxisTicks.nice(min, max, targetCount);
            for (double value : axis.values()) {
                ticks.add(new Tick(value, scaling.position(value, min, max), AxisTicks.format(value, axis.step())));
            }
            return ticks;
        }
        double offset = ColorScaling.logOffset(min, max);
        double minimumGap = 0.5 / targetCount;
        // The bottom: the minimum rounded at the offset's scale, if that is close enough to be labelled min.
        int bottomExponent = AxisTicks.exponentOf(offset);
        double bottomStep = AxisTicks.multiple(1, 1, bottomExponent);
        double bottom = AxisTicks.multiple(Math.round(min / bottomStep), 1, bottomExponent);
        if (Math.abs(bottom - min) <= offset / 2) {
            add(ticks, scaling, bottom, bottomStep, min, max, minimumGap);
        }
        int lowDecade = AxisTicks.exponentOf(offset) + 1;
        int highDecade = AxisTicks.exponentOf(max - min + offset);
        int decades = highDecade - lowDecade + 1;
        int[] mantissas = 3 * decades <= targetCount ? new int[] {1, 2, 5} : new int[] {1};
        int every = Math.max(1, (decades + targetCount - 1) / targetCount);
        for (int exponent = lowDecade; exponent <= highDecade; exponent += every) {
            double decade = AxisTicks.multiple(1, 1, exponent);
            for (int mantissa : mantissas) {
                double raw = min - offset + AxisTicks.multiple(1, mantissa, exponent);
                add(
                        ticks,
                        scaling,
                        AxisTicks.multiple(Math.round(raw / decade), 1, exponent),
                        decade,
                        min,
                        max,
                        minimumGap);
            }
        }
        return ticks;
    }

    /** Appends a tick that lies on the bar and not too close to the previous one. */
    private static void add(
            List<Tick> ticks,
            ColorScaling scaling,
            double value,
            double step,
            double min,
            double max,
            double minimumGap) {
        if (value < min - ColorScaling.logOffset(min, max) / 2 || value > max) {
            return;
        }
        double position = scaling.position(value, min, max);
        if (!ticks.isEmpty() && position - ticks.get(ticks.size() - 1).position() < minimumGap) {
            return;
        }
        ticks.add(new Tick(value, position, AxisTicks.format(value, step)));
    }
}
