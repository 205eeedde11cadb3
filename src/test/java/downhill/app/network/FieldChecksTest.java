package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import downhill.app.i18n.Messages;
import downhill.experiment.NetworkSettings;
import downhill.experiment.NetworkSettings.Data;
import org.junit.jupiter.api.Test;

/** The network tab's number fields accept exactly what the settings accept, at their named limits. */
class FieldChecksTest {

    @Test
    void samplesAreWholeAndWithinTheDataLimits() {
        assertNull(FieldChecks.samples(Data.MIN_SAMPLES));
        assertNull(FieldChecks.samples(Data.MAX_SAMPLES));
        String invalid = Messages.text("network.samples.invalid");
        assertEquals(invalid, FieldChecks.samples(Data.MIN_SAMPLES - 1));
        assertEquals(invalid, FieldChecks.samples(Data.MAX_SAMPLES + 1));
        assertEquals(invalid, FieldChecks.samples(Data.MIN_SAMPLES + 0.5));
    }

    @Test
    void epochsAreWholeAndWithinTheSettingsLimits() {
        assertNull(FieldChecks.epochs(NetworkSettings.MIN_EPOCHS));
        assertNull(FieldChecks.epochs(NetworkSettings.MAX_EPOCHS));
        String invalid = Messages.text("network.epochs.invalid");
        assertEquals(invalid, FieldChecks.epochs(NetworkSettings.MIN_EPOCHS - 1));
        assertEquals(invalid, FieldChecks.epochs(NetworkSettings.MAX_EPOCHS + 1));
    }

    @Test
    void batchSizeNoiseSeedAndL2() {
        assertNull(FieldChecks.batchSize(NetworkSettings.MIN_BATCH_SIZE));
        assertEquals(
                Messages.text("network.batchSize.invalid"), FieldChecks.batchSize(NetworkSettings.MIN_BATCH_SIZE - 1));
        assertNull(FieldChecks.noise(Data.MAX_NOISE));
        assertEquals(Messages.text("network.noise.invalid"), FieldChecks.noise(Data.MAX_NOISE + 0.1));
        assertEquals(Messages.text("network.noise.invalid"), FieldChecks.noise(-0.1));
        assertNull(FieldChecks.seed(0));
        assertEquals(Messages.text("network.seed.invalid"), FieldChecks.seed(1.5));
        assertNull(FieldChecks.l2(0));
        assertEquals(Messages.text("network.l2.invalid"), FieldChecks.l2(Double.POSITIVE_INFINITY));
        assertEquals(Messages.text("network.l2.invalid"), FieldChecks.l2(-1e-3));
    }
}
