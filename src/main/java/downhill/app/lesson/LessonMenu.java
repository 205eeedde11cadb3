package downhill.app.lesson;

import downhill.app.control.LastFolder;
import downhill.app.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's lesson items: "Add lesson step…" takes the window as it is now as a step of the lesson being
 * written, "Save as lesson…" writes it (a lesson of the window as it is now, when no step was added yet) and
 * "Discard lesson" drops it. Dialogs and choosers live here; {@link LessonAuthoringViewModel} does the work.
 */
public final class LessonMenu {

    private final LessonAuthoringViewModel authoring;
    private final Supplier<Window> window;
    private final LastFolder lastFolder;

    private LessonMenu(LessonAuthoringViewModel authoring, Supplier<Window> window, LastFolder lastFolder) {
        this.authoring = authoring;
        this.window = window;
        this.lastFolder = lastFolder;
    }

    /** Adds the items to {@code fileMenu} at {@code index}. */
    public static void install(
            LessonAuthoringViewModel authoring,
            Menu fileMenu,
            int index,
            Supplier<Window> window,
            LastFolder lastFolder) {
        LessonMenu menu = new LessonMenu(authoring, window, lastFolder);
        MenuItem add = item("lesson.menu.addStep", menu::addStep);
        MenuItem save = item("lesson.menu.save", menu::save);
        MenuItem discard = item("lesson.menu.discard", authoring::discard);
        discard.disableProperty().bind(authoring.authoringProperty().not());
        fileMenu.getItems().addAll(index, List.of(new SeparatorMenuItem(), add, save, discard));
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.text(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        return item;
    }

    private boolean addStep() {
        Optional<LessonStepDialog.Input> input =
                LessonStepDialog.ask(window.get(), "lesson.dialog.stepHeader", authoring.racing(), true);
        input.ifPresent(i -> authoring.addStep(i.title(), i.note(), i.question().question()));
        return input.isPresent();
    }

    private void save() {
        if (!authoring.authoringProperty().get() && !addStep()) {
            return;
        }
        Optional<LessonStepDialog.Input> about =
                LessonStepDialog.ask(window.get(), "lesson.dialog.lessonHeader", List.of(), false);
        if (about.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("lesson.menu.save"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.text("experiment.chooser.filter"), "*.downhill", "*.json"));
        File chosen = lastFolder.remember(lastFolder.startIn(chooser).showSaveDialog(window.get()));
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        if (!file.getFileName().toString().contains(".")) {
            file = file.resolveSibling(file.getFileName() + ".downhill");
        }
        authoring.save(file, about.get().title(), about.get().note()).ifPresent(message -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.initOwner(window.get());
            alert.setHeaderText(Messages.text("lesson.author.failed"));
            alert.getDialogPane().setId("lesson-save-problem");
            alert.show();
        });
    }
}
