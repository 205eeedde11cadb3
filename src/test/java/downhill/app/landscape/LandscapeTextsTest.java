package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.engine.data.BatchSize;
import downhill.engine.function.Objective;
import downhill.engine.function.data.DataObjective;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

/** The landscape tab's labels follow its numbers, without a window. */
class LandscapeTextsTest {

    private final LandscapeViewModel vm =
            new LandscapeViewModel(new OptimizerListViewModel(), BackgroundExecutors.sameThread());
    private final LandscapeTexts texts = vm.texts();

    @Test
    void theStepLabelFollowsTheStepAndTheLimit() {
        StringBinding label = texts.stepLabel();
        vm.stepLimitProperty().set(300);
        vm.currentStepProperty().set(200);
        assertEquals("step 200 / 300", label.get());
        vm.stepLimitProperty().set(150);
        assertEquals("step 150 / 150", label.get(), "a lower limit pulls the step back");
    }

    @Test
    void theSpeedLabelSaysWholeStepsPerSecond() {
        StringBinding label = texts.speedLabel();
        vm.speedProperty().set(29.6);
        assertEquals("30 steps/s", label.get());
        vm.speedProperty().set(500);
        assertEquals("500 steps/s", label.get());
    }

    @Test
    void thePlayButtonSaysWhatItWillDo() {
        StringBinding action = texts.playAction();
        assertEquals("Play", action.get());
        vm.togglePlay();
        assertEquals("Pause", action.get());
        vm.togglePlay();
        assertEquals("Play", action.get());
    }

    @Test
    void theBatchHintCountsTheSamplesOfAModelOnData() {
        StringBinding hint = texts.batchHint();
        assertEquals("", hint.get(), "a function has no samples");
        Objective model = vm.builtins().stream()
                .filter(f -> f.name().equals("logistic-regression"))
                .findFirst()
                .orElseThrow();
        vm.choose(model);
        assertEquals("of " + ((DataObjective) model).sampleCount() + " samples", hint.get());
    }

    @Test
    void aBindingMadeAfterALanguageSwitchSpeaksTheNewLanguage() {
        vm.currentStepProperty().set(5);
        StringBinding english = texts.stepLabel();
        try {
            Messages.use(Locale.GERMAN);
            assertEquals("Schritt 5 / 500", texts.stepLabel().get());
            assertEquals("60 Schritte/s", texts.speedLabel().get());
        } finally {
            Messages.use(Locale.ENGLISH);
        }
        assertEquals("step 5 / 500", english.get());
    }

    @Test
    void theBatchSizeIsShownAsTypedWhenItSaysTheSameSize() {
        assertEquals("all", LandscapeTexts.batchSize(BatchSize.ALL));
        assertEquals("10", LandscapeTexts.batchSize(10));
        assertTrue(LandscapeTexts.saysBatchSize("010", 10));
        assertTrue(LandscapeTexts.saysBatchSize(" all", BatchSize.ALL));
        assertFalse(LandscapeTexts.saysBatchSize("50", 10));
        assertFalse(LandscapeTexts.saysBatchSize("many", 10));
        assertFalse(LandscapeTexts.saysBatchSize(null, 1));
    }
}
