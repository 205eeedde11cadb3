package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.experiment.NetworkSettings;
import downhill.experiment.NetworkSettings.Data;

/**
 * The network tab's number fields' checks, with the limits {@link NetworkSettings} keeps: each gives the message
 * for a value out of bounds, or null when the value is fine.
 */
final class FieldChecks {

    private FieldChecks() {}

    static String samples(double v) {
        return whole(v) && v >= Data.MIN_SAMPLES && v <= Data.MAX_SAMPLES
                ? null
                : Messages.text("network.samples.invalid");
    }

    static String noise(double v) {
        return v >= 0 && v <= Data.MAX_NOISE ? null : Messages.text("network.noise.invalid");
    }

    static String seed(double v) {
        return whole(v) && v >= 0 ? null : Messages.text("network.seed.invalid");
    }

    static String batchSize(double v) {
        return whole(v) && v >= NetworkSettings.MIN_BATCH_SIZE ? null : Messages.text("network.batchSize.invalid");
    }

    static String epochs(double v) {
        return whole(v) && v >= NetworkSettings.MIN_EPOCHS && v <= NetworkSettings.MAX_EPOCHS
                ? null
                : Messages.text("network.epochs.invalid");
    }

    static String l2(double v) {
        return v >= 0 && Double.isFinite(v) ? null : Messages.text("network.l2.invalid");
    }

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }
}
