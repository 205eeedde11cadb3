package downhill.app.network;

import downhill.app.control.DisplayNames;
import downhill.app.control.LastFolder;
import downhill.app.control.NumberField;
import downhill.app.i18n.Messages;
import java.io.File;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the network tab's data box (NetworkDataPane.fxml) to the view-model: the source, its fields, the test part. */
public final class NetworkDataController {

    private final NetworkData data;
    private final CsvChooser files;

    @FXML
    private VBox dataPane;

    @FXML
    private ComboBox<String> generatorPicker;

    @FXML
    private Label samplesLabel;

    @FXML
    private StackPane samplesHost;

    @FXML
    private Label noiseLabel;

    @FXML
    private StackPane noiseHost;

    @FXML
    private StackPane seedHost;

    @FXML
    private FlowPane testRow;

    @FXML
    private Label testLabel;

    @FXML
    private Button testSplitButton;

    @FXML
    private Label dataInfo;

    @FXML
    private Label dataError;

    @FXML
    private Label dataWarning;

    public NetworkDataController(NetworkViewModel viewModel, LastFolder lastFolder) {
        this.data = viewModel.data();
        this.files = new CsvChooser(lastFolder);
    }

    @FXML
    private void initialize() {
        bindSource();
        DataSettings settings = data.dataSettings();
        for (Node n : List.of(samplesLabel, samplesHost, noiseLabel, noiseHost)) {
            n.visibleProperty().bind(settings.generatorFieldsProperty());
            n.managedProperty().bind(settings.generatorFieldsProperty());
        }
        samplesHost
                .getChildren()
                .add(new NumberField(data.samplesProperty(), FieldChecks::samples).withId("samples-field"));
        noiseHost.getChildren().add(new NumberField(data.noiseProperty(), FieldChecks::noise).withId("noise-field"));
        seedHost.getChildren().add(new NumberField(data.seedProperty(), FieldChecks::seed).withId("seed-field"));
        dataError.textProperty().bind(data.dataErrorProperty());
        dataError.managedProperty().bind(data.dataErrorProperty().isNotEmpty());
        dataWarning.textProperty().bind(data.dataWarningProperty());
        dataWarning.managedProperty().bind(data.dataWarningProperty().isNotEmpty());
        data.dataProperty().addListener((obs, old, now) -> dataInfo.setText(DataSettings.describe(now)));
        dataInfo.setText(DataSettings.describe(data.dataProperty().get()));
        // A CSV file's test part: a share split off, or a file of its own.
        testRow.visibleProperty().bind(data.csvProperty().isNotNull());
        testRow.managedProperty().bind(testRow.visibleProperty());
        testLabel.textProperty().bind(data.testTextProperty());
        testSplitButton.visibleProperty().bind(data.testCsvProperty().isNotNull());
        testSplitButton.managedProperty().bind(testSplitButton.visibleProperty());
    }

    /** The source picker: the generators, any generator spec a scenario names, and the drawing. */
    private void bindSource() {
        generatorPicker.getItems().setAll(NetworkData.GENERATORS);
        generatorPicker.getItems().add(NetworkData.DRAWN);
        // A scenario may name a generator with parameters ("spiral:arms=3"): list it (before the drawn entry, which
        // stays last) before the picker shows it, which it cannot for an item not listed.
        Runnable listed = () -> {
            String spec = data.dataChoiceProperty().get();
            if (spec != null && !generatorPicker.getItems().contains(spec)) {
                generatorPicker.getItems().add(generatorPicker.getItems().size() - 1, spec);
            }
        };
        data.dataChoiceProperty().addListener(o -> listed.run());
        listed.run();
        generatorPicker.setConverter(
                DisplayNames.of(name -> NetworkData.DRAWN.equals(name) ? Messages.text("network.drawn") : name));
        generatorPicker.valueProperty().bindBidirectional(data.dataChoiceProperty());
        // After a CSV file the picker names the file; samples and noise belong to a generator only.
        generatorPicker.setButtonCell(new ListCell<>() {
            {
                textProperty().bind(data.dataSettings().sourceNameProperty());
            }
        });
    }

    @FXML
    private void loadCsv() {
        File file = files.open(dataPane, "network.loadCsv.title");
        if (file != null) {
            data.loadCsv(file.toPath());
        }
    }

    @FXML
    private void chooseTestFile() {
        File file = files.open(dataPane, "network.testFile.title");
        if (file != null) {
            data.useTestCsv(file.toPath());
        }
    }

    @FXML
    private void splitTest() {
        data.useTestCsv(null);
    }
}
