package downhill.app.network;

import downhill.app.control.DataPlot;
import downhill.app.control.LastFolder;
import downhill.app.i18n.Messages;
import downhill.engine.data.DrawnPoints;
import java.io.File;
import java.util.stream.IntStream;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Binds the drawing's box (DrawingPane.fxml), shown for the "Drawn" source: which class a click draws, how many
 * classes there are, and the drawing's commands. The drawing itself happens on the data panel.
 */
public final class DrawingController {

    private final NetworkData data;
    private final CsvChooser files;

    @FXML
    private VBox drawingBox;

    @FXML
    private ComboBox<Integer> classPicker;

    @FXML
    private ComboBox<Integer> classesPicker;

    @FXML
    private Button undoDrawingButton;

    @FXML
    private Label drawingSummary;

    public DrawingController(NetworkViewModel viewModel, LastFolder lastFolder) {
        this.data = viewModel.data();
        this.files = new CsvChooser(lastFolder);
    }

    @FXML
    private void initialize() {
        DrawingViewModel drawing = data.drawing();
        drawingBox.visibleProperty().bind(data.drawingOnProperty());
        drawingBox.managedProperty().bind(data.drawingOnProperty());
        classesPicker
                .getItems()
                .setAll(IntStream.rangeClosed(DrawnPoints.MIN_CLASSES, DrawnPoints.MAX_CLASSES)
                        .boxed()
                        .toList());
        classesPicker.setId("classes-picker");
        classPicker.setId("class-picker");
        classPicker.setCellFactory(list -> new ClassCell(drawing));
        classPicker.setButtonCell(new ClassCell(drawing));
        Runnable classes = () -> {
            int count = drawing.classesProperty().get();
            classPicker.getItems().setAll(IntStream.range(0, count).boxed().toList());
            classPicker.setValue(drawing.chosenClassProperty().get());
            classesPicker.setValue(count);
        };
        drawing.classesProperty().addListener(o -> classes.run());
        drawing.chosenClassProperty()
                .addListener(
                        o -> classPicker.setValue(drawing.chosenClassProperty().get()));
        classes.run();
        classPicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                drawing.chosenClassProperty().set(now);
            }
        });
        classesPicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                drawing.classesProperty().set(now);
            }
        });
        undoDrawingButton.disableProperty().bind(drawing.canUndoProperty().not());
        drawingSummary.textProperty().bind(drawing.summaryProperty());
    }

    /** A class in the class picker: its colour, as the plots draw it, and its number. */
    private static final class ClassCell extends ListCell<Integer> {
        private final DrawingViewModel drawing;

        ClassCell(DrawingViewModel drawing) {
            this.drawing = drawing;
        }

        @Override
        protected void updateItem(Integer k, boolean empty) {
            super.updateItem(k, empty);
            if (empty || k == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(Messages.text("network.drawn.classItem", k));
                Rectangle swatch = new Rectangle(
                        12, 12, DataPlot.classColor(k, drawing.classesProperty().get()));
                swatch.setStroke(Color.web("#111827"));
                setGraphic(swatch);
            }
        }
    }

    @FXML
    private void undoDrawing() {
        data.drawing().undo();
    }

    @FXML
    private void clearDrawing() {
        data.drawing().clear();
    }

    @FXML
    private void drawFromGenerator() {
        data.drawFromGenerator();
    }

    @FXML
    private void exportDrawing() {
        File file = files.save(drawingBox, "network.drawn.export.title", "drawn.csv");
        if (file != null) {
            data.exportDrawing(file.toPath());
        }
    }
}
