package downhill.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.app.AppContext;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodecTestData;
import downhill.experiment.Presets;
import org.junit.jupiter.api.Test;

/**
 * Applying an experiment to the view-models and capturing it again gives it back, field for field: a model round
 * trip, without a window (what only a window shows — menus, dialogs, the session — is ExperimentTest's).
 */
class ExperimentRoundTripTest {

    private final ExperimentViewModel vm = new AppContext(BackgroundExecutors.sameThread()).experiment();

    @Test
    void everySettingChangedComesBackUnchanged() {
        Experiment changed = ExperimentCodecTestData.everythingChanged();
        vm.apply(changed);
        assertEquals(changed, vm.capture());
    }

    @Test
    void everyScenarioComesBackUnchanged() {
        for (String name : Presets.names()) {
            Experiment preset = Presets.byName(name).experiment();
            vm.apply(preset);
            assertEquals(preset, vm.capture(), name);
        }
    }
}
