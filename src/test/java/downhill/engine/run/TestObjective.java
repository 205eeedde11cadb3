package downhill.engine.run;

import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import java.util.List;

/** A throwaway objective for run tests, from three lambdas. */
record TestObjective(Part f, Part dfdx, Part dfdy) implements Objective {

    interface Part {
        double at(double x, double y);
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String displayName() {
        return "test";
    }

    @Override
    public String formula() {
        return "test";
    }

    @Override
    public double value(double x, double y) {
        return f.at(x, y);
    }

    @Override
    public double valueAndGradient(double x, double y, double[] gradient) {
        gradient[0] = dfdx.at(x, y);
        gradient[1] = dfdy.at(x, y);
        return f.at(x, y);
    }

    @Override
    public Window window() {
        return new Window(-1, 1, -1, 1);
    }

    @Override
    public List<Minimum> minima() {
        return List.of();
    }

    @Override
    public Point start() {
        return new Point(0.5, 0);
    }
}
