package downhill.experiment;

import downhill.engine.WholeFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Lesson files a user opens: the preset format ({@link LessonReader}) with a relative {@code csv} beside the file, as
 * in an experiment file. An experiment file and a lesson file share the extension; {@link #isLesson} tells them
 * apart by what the file holds.
 */
public final class LessonFiles {

    private LessonFiles() {}

    /** Whether {@code json} is a lesson (a preset with {@code steps}), not an experiment; malformed text is not. */
    public static boolean isLesson(String json) {
        try {
            JsonValue root = JsonText.parse(json);
            return root.field("steps").present() && root.field("experiment").present();
        } catch (ExperimentException e) {
            return false;
        }
    }

    /** The text of {@code file}, read with the experiment files' size cap; a problem is an ExperimentException. */
    public static String text(Path file) {
        return JsonText.read(file);
    }

    /** The lesson as a file's text: {@link #read} gives it back. */
    public static String write(Lesson lesson) {
        return LessonWriter.write(lesson);
    }

    /** Writes the lesson to {@code file} atomically, as experiments are saved. */
    public static void save(Lesson lesson, Path file) throws IOException {
        WholeFiles.writeText(file, write(lesson));
    }

    /** Reads the lesson in {@code json}, which was read from {@code file}; problems located as an experiment's. */
    public static Lesson read(String json, Path file) {
        return LessonReader.read(json, CsvFiles.besides(file.toAbsolutePath().getParent()));
    }
}
