package downhill.app.lesson;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;

/**
 * Which of a lesson's controls ({@code LessonControls} ids) a node of the window belongs to: by the node's id, as the
 * views name their controls, or for the optimizer rows' parts (made per row) by their style class.
 */
final class LessonControlNodes {

    /** Each control's nodes by id, on both tabs. */
    private static final Map<String, List<String>> BY_ID = Map.ofEntries(
            Map.entry("function", List.of("functionPicker", "expressionField", "applyExpression")),
            Map.entry("learning-rate", List.of("hp-lr")),
            Map.entry("batch-size", List.of("batchRow", "batchSurfaceBox")),
            Map.entry("step-limit", List.of("stepLimitSpinner")),
            Map.entry("speed", List.of("speedSlider")),
            Map.entry("layout", List.of("overlayToggle", "gridToggle", "mapToggle", "threeDToggle")),
            Map.entry("view", List.of("colormapPicker", "logScale", "lossLog")),
            Map.entry(
                    "data",
                    List.of(
                            "generatorPicker",
                            "loadCsvButton",
                            "samplesHost",
                            "noiseHost",
                            "seedHost",
                            "testRow",
                            "drawingBox")),
            Map.entry(
                    "network-settings",
                    List.of(
                            "hiddenField",
                            "removeLayerButton",
                            "addLayerButton",
                            "activationPicker",
                            "lossPicker",
                            "batchHost",
                            "batchModePicker",
                            "epochsHost",
                            "initPicker",
                            "dropoutField",
                            "earlyStoppingField",
                            "likeSklearnBox")),
            Map.entry("train", List.of("trainButton", "stepButton", "resetButton")));

    /** An optimizer row's Reset button sets every hyperparameter and the schedule back. */
    private static final String RESET = "reset-";

    private LessonControlNodes() {}

    /** The controls {@code node} belongs to; empty for most nodes. */
    static Set<String> of(Node node) {
        String id = node.getId();
        List<String> classes = node.getStyleClass();
        Set<String> controls = new LinkedHashSet<>();
        if (id != null) {
            BY_ID.forEach((control, ids) -> {
                if (ids.contains(id)) {
                    controls.add(control);
                }
            });
            if (id.startsWith(RESET)) {
                controls.addAll(List.of("learning-rate", "hyperparameters", "schedule"));
            }
        }
        if (classes.contains("optimizer-name")) {
            controls.add("optimizers");
        }
        if (classes.contains("hyperparameter-editor") && !"hp-lr".equals(id)) {
            controls.add("hyperparameters");
        }
        if (classes.contains("schedule-editor")) {
            controls.add("schedule");
        }
        return controls;
    }
}
