package downhill.engine.train;

import downhill.engine.EnumByLabel;

/** What a learning-rate schedule counts: epochs (t = 0, 1, … per epoch) or updates (t = 0, 1, … per batch). */
public enum ScheduleClock {
    EPOCH("epoch"),
    UPDATE("update");

    private final String label;

    ScheduleClock(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ScheduleClock parse(String text) {
        return EnumByLabel.parse(values(), ScheduleClock::label, text, "schedule step");
    }
}
