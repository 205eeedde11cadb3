package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.control.TextBoxes;
import downhill.app.i18n.Messages;
import downhill.app.layout.LayoutReport;
import downhill.app.presentation.Appearance;
import downhill.app.presentation.Theme;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.LayerStatistics;
import downhill.engine.train.EpochStatistics;
import downhill.testing.MainWindow;
import downhill.testing.Poll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network tab's "Layers" view in the real window (headless, training on the calling thread): what it shows
 * after a few epochs from starts whose outcome is known, the run and epoch it is asked for, and that it fits the
 * classroom's sizes and scales in English and German.
 */
class LayerHistogramsTabTest {

    @RegisterExtension
    static final MainWindow WINDOW =
            MainWindow.sameThreadWithOwnPreferences().size(1280, 720).eachTest();

    @AfterEach
    void backToTheDefaults(FxRobot robot) {
        robot.interact(() -> {
            Messages.use(Locale.ENGLISH);
            Appearance.apply(WINDOW.scene().getStylesheets(), Theme.LIGHT, 100);
        });
    }

    private static NetworkViewModel vm() {
        return WINDOW.context().network();
    }

    /** The network tab with the layers view chosen, and the data prepared. */
    private static void open(FxRobot robot) {
        robot.interact(() -> {
            ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(1);
            robot.lookup("#layersToggle")
                    .queryAs(javafx.scene.control.ToggleButton.class)
                    .fire();
        });
        Poll.until(
                () -> vm().data().dataProperty().get() != null,
                () -> robot.interact(() -> vm().onFrame(1)),
                "the data is prepared");
    }

    /** Trains {@code epochs} epochs of 32,32 with these settings (on this thread) and draws the result. */
    private static void train(FxRobot robot, Activation activation, Initialization init, int epochs) {
        robot.interact(() -> {
            vm().data().samplesProperty().set(300);
            vm().shape().hiddenTextProperty().set("32,32");
            vm().shape().activationProperty().set(activation);
            vm().shape().initializationProperty().set(init);
            vm().trainingSettings().epochsProperty().set(epochs);
            vm().onFrame(1);
            vm().training().train();
        });
        Poll.until(
                () -> vm().session().resultsProperty().get().size() == 2
                        && vm().session().resultsProperty().get().stream()
                                .allMatch(r -> r.state().isFinal()),
                () -> settle(robot),
                "training has ended");
        settle(robot);
    }

    private static void settle(FxRobot robot) {
        for (int pass = 0; pass < 2; pass++) {
            robot.interact(() -> {
                Scene scene = WINDOW.scene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                vm().onFrame(1);
                WINDOW.context().networkController().redraw();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The text the histograms' canvas drew. */
    private static List<String> drawn(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> ((TextBoxes) WINDOW.scene().lookup("#layer-histograms"))
                .textBoxes()
                .forEach(b -> texts.add(b.text())));
        return texts;
    }

    /**
     * Weights of σ = 1 into 32 sigmoid units: z has a spread of several units, so many activations sit in the flat
     * tails from the start, and still after three epochs.
     */
    @Test
    void sigmoidWithTooLargeWeightsShowsSaturatedUnits(FxRobot robot) {
        open(robot);
        train(robot, Activation.SIGMOID, new Initialization(Initialization.Scheme.NORMAL, NetworkShape.LARGE_SIGMA), 3);
        LayerHistogramsViewModel layers = vm().layerHistograms();
        assertEquals("epoch 3", layers.epochTextProperty().get(), "the latest epoch measured");
        EpochStatistics last = vm().session()
                .resultsProperty()
                .get()
                .get(0)
                .history()
                .layerStatistics()
                .get(3);
        double share = last.layers().get(1).saturatedShare();
        assertTrue(share > 0.1, "the second hidden layer saturates: " + share);
        List<LayerHistogramsViewModel.Panel> panels = layers.panelsProperty().get();
        assertEquals(3, panels.size(), "two hidden layers and the output");
        assertEquals(
                List.of("Layer 1", "Layer 2", "Output z"),
                panels.stream().map(LayerHistogramsViewModel.Panel::title).toList());
        assertEquals(
                "Activations a · sigmoid", layers.activationsTitleProperty().get());
        String expected = "saturated " + LayerHistogramsViewModel.percent(share) + " %";
        assertEquals(expected, panels.get(1).share());
        assertTrue(drawn(robot).contains(expected), "drawn: " + drawn(robot));
        assertEquals("", panels.get(2).share(), "the output layer has no such share");
    }

    /**
     * All weights 0 and ReLU: relu(0) = 0 for every unit and sample, no gradient comes back through them, so every
     * hidden unit is dead at epoch 0 and stays dead; only the output bias learns.
     */
    @Test
    void reluFromZerosIsAllDeadInEveryEpochMeasured(FxRobot robot) {
        open(robot);
        train(robot, Activation.RELU, Initialization.of(Initialization.Scheme.ZEROS), 4);
        LayerHistogramsViewModel layers = vm().layerHistograms();
        assertEquals(5, layers.epochCountProperty().get(), "epochs 0 to 4");
        Slider slider = robot.lookup("#layers-epoch-slider").queryAs(Slider.class);
        for (int index = 0; index < 5; index++) {
            int i = index;
            robot.interact(() -> slider.setValue(i));
            settle(robot);
            List<LayerHistogramsViewModel.Panel> panels =
                    layers.panelsProperty().get();
            assertEquals("dead 100 %", panels.get(0).share(), "epoch " + i);
            assertEquals("dead 100 %", panels.get(1).share(), "epoch " + i);
            assertEquals("all 0", panels.get(0).gradientRange(), "no gradient reaches the hidden weights");
            assertEquals(i == 4, layers.latestProperty().get(), "latest only at the end");
        }
        robot.interact(() -> slider.setValue(0));
        settle(robot);
        assertEquals("epoch 0, untrained", layers.epochTextProperty().get());
        assertTrue(drawn(robot).contains("dead 100 %"));
    }

    /** The run picker names the runs; choosing the other shows its statistics in its colour. */
    @Test
    void theRunPickerChoosesTheRun(FxRobot robot) {
        open(robot);
        train(robot, Activation.TANH, Initialization.DEFAULT, 2);
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#layers-run-picker").queryAs(ComboBox.class);
        List<RunProgress> results = vm().session().resultsProperty().get();
        assertEquals(results.stream().map(RunProgress::displayName).toList(), picker.getItems());
        assertEquals(results.get(0).displayName(), picker.getValue(), "the first run, shown");
        robot.interact(() -> picker.setValue(results.get(1).displayName()));
        settle(robot);
        assertEquals(1, vm().layerHistograms().runProperty().get());
        assertEquals(
                results.get(1).color(),
                vm().layerHistograms().panelsProperty().get().get(0).color());
        LayerStatistics first =
                results.get(1).history().layerStatistics().get(2).layers().get(0);
        assertSame(
                first.activations(),
                vm().layerHistograms().panelsProperty().get().get(0).activations(),
                "the trainer's own numbers");
    }

    /** Before training, the view shows the untrained weights every copy starts from. */
    @Test
    void beforeTrainingTheStartIsShown(FxRobot robot) {
        open(robot);
        robot.interact(() -> vm().shape().hiddenTextProperty().set("8"));
        settle(robot);
        LayerHistogramsViewModel layers = vm().layerHistograms();
        assertEquals(List.of("Untrained"), layers.runNames());
        assertEquals("epoch 0, untrained", layers.epochTextProperty().get());
        assertEquals(2, layers.panelsProperty().get().size());
    }

    /**
     * The view and the gradient flow beside it at the classroom's settings, in English and German: nothing elided,
     * nothing overlapping, the gradient flow in the view and back among the boundaries when the view is left.
     */
    @Test
    void theLayersViewFitsTheClassroomSettings(FxRobot robot) {
        open(robot);
        train(robot, Activation.SIGMOID, Initialization.DEFAULT, 3);
        List<String> faults = new ArrayList<>();
        int[][] cases = {{1280, 720, 150}, {1280, 720, 200}, {1024, 768, 150}, {1024, 768, 200}, {1920, 1080, 100}};
        for (int[] c : cases) {
            faults.addAll(faults(robot, c[0] + "x" + c[1] + "@" + c[2], c));
        }
        WINDOW.chooseLanguage("de");
        robot.interact(() -> vm().onFrame(1));
        faults.addAll(faults(robot, "de 1280x720@150", cases[0]));
        faults.addAll(faults(robot, "de 1024x768@200", cases[3]));
        WINDOW.chooseLanguage("en");
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        Node gradient = robot.lookup("#gradient-chart").query();
        assertTrue(isInside(gradient, "#layersHost"), "the gradient flow beside the histograms");
        robot.interact(() -> WINDOW.context().networkController().showLayers(false));
        settle(robot);
        assertFalse(isInside(gradient, "#layersHost"), "back among the decision boundaries");
        assertTrue(isInside(gradient, "#panels"));
    }

    private static boolean isInside(Node node, String selector) {
        Node parent = WINDOW.scene().lookup(selector);
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private static List<String> faults(FxRobot robot, String name, int[] size) {
        AppContext context = WINDOW.context();
        robot.interact(() -> {
            WINDOW.stage().setWidth(size[0]);
            WINDOW.stage().setHeight(size[1]);
            context.presentation().scalePercentProperty().set(size[2]);
        });
        settle(robot);
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            LayoutReport report = LayoutReport.of(WINDOW.scene());
            report.elided().forEach(e -> out.add(name + ": elided " + e));
            report.overlaps().forEach(o -> out.add(name + ": overlap " + o));
            if (!WINDOW.scene().lookup("#layer-histograms").isVisible()
                    || WINDOW.scene()
                                    .lookup("#layer-histograms")
                                    .getLayoutBounds()
                                    .getHeight()
                            < 100) {
                out.add(name + ": the histograms are not shown");
            }
        });
        List<String> texts = drawn(robot);
        if (texts.stream().noneMatch(t -> t.startsWith("Layer 1") || t.startsWith("Schicht 1"))) {
            out.add(name + ": no layer named in " + texts);
        }
        return out;
    }
}
