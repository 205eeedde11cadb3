package downhill.engine.schedule;

/** The base rate at every step. */
public record Constant() implements Schedule {

    @Override
    public double rate(double baseRate, long t) {
        return baseRate;
    }

    @Override
    public String spec() {
        return "constant";
    }
}
