package downhill.app.export;

import downhill.app.network.RunProgress;
import downhill.engine.Numbers;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The CSV tables the File menu exports, one header row and then one row per record, numbers in full precision
 * ({@link Numbers#format}) so that pandas and spreadsheets read back the same doubles.
 */
final class CsvTables {

    static final String TRAJECTORY_HEADER = "optimizer,step,x,y,loss,grad_x,grad_y,learning_rate";
    static final String CURVES_HEADER = "optimizer,epoch,train_loss,test_loss,train_accuracy,test_accuracy";

    private static final Metric[] CURVES = {
        Metric.TRAIN_LOSS, Metric.TEST_LOSS, Metric.TRAIN_ACCURACY, Metric.TEST_ACCURACY
    };

    private CsvTables() {}

    /** A row per step per optimizer: every row each path has (a stopped run ends at its last finite point). */
    static void trajectories(List<PathResult> paths, Writer writer) throws IOException {
        writer.write(TRAJECTORY_HEADER + "\n");
        StringBuilder row = new StringBuilder(160);
        for (PathResult path : paths) {
            Trajectory t = path.trajectory();
            for (int k = 0; k < t.size(); k++) {
                row.setLength(0);
                row.append(path.name()).append(',').append(k).append(',');
                writer.write(t.appendCsvFields(row, k).append('\n').toString());
            }
        }
    }

    /** A row per epoch per optimizer, epochs counted from 1. */
    static void trainingCurves(List<RunProgress> runs, Writer writer) throws IOException {
        writer.write(CURVES_HEADER + "\n");
        StringBuilder row = new StringBuilder(128);
        for (RunProgress run : runs) {
            HistorySnapshot history = run.history();
            for (int i = 0; i < history.epochs(); i++) {
                row.setLength(0);
                row.append(run.name()).append(',').append(i + 1);
                for (Metric metric : CURVES) {
                    row.append(',').append(Numbers.format(history.value(metric, i)));
                }
                writer.write(row.append('\n').toString());
            }
        }
    }
}
