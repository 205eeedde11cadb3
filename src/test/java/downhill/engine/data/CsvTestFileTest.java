package downhill.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import downhill.engine.train.TrainingData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test file read for a training file: its columns checked, its labels numbered as the training data's classes. */
class CsvTestFileTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Dataset training() throws IOException {
        return CsvLoader.load(file("train.csv", "a,b,y\n0,1,3\n1,0,5\n2,2,7\n3,1,5\n"));
    }

    @Test
    void labelsAreNumberedAsTheTrainingClassesEvenWhenSomeAreMissing() throws IOException {
        // One class only, and a constant column: refused for training data, fine for a small test part.
        Dataset test = CsvLoader.readLike(file("test.csv", "a,b,y\n9,4,7\n8,4,7\n"), null, 0, training())
                .dataset();
        assertEquals(List.of("3", "5", "7"), test.classNames());
        assertArrayEquals(new double[] {2, 2}, test.targets());
        assertArrayEquals(new double[] {9, 4, 8, 4}, test.features());
    }

    @Test
    void aLabelTheTrainingDataDoNotHaveIsLocated() throws IOException {
        Path test = file("test.csv", "a,b,y\n9,4,7\n\n8,4,4\n");
        DataException e = assertThrows(DataException.class, () -> CsvLoader.readLike(test, null, 0, training()));
        assertEquals(
                test + ", row 4, column 'y': '4' is not a class of the training data (classes: 3, 5, 7)",
                e.getMessage());
    }

    @Test
    void otherColumnsAreRefused() throws IOException {
        Path test = file("test.csv", "b,a,y\n9,4,7\n");
        DataException e = assertThrows(DataException.class, () -> CsvLoader.readLike(test, null, 0, training()));
        assertEquals(
                test + ": has the features b, a and the label y; the training data have a, b and the label y "
                        + "(a test file needs the same columns, in the same order)",
                e.getMessage());
    }

    @Test
    void regressionTakesAnyNumberAndTheTrainingStatisticsStandardiseBoth() throws IOException {
        Dataset train = CsvLoader.load(file("r.csv", "a,y\n0,0.5\n2,1.5\n4,2.5\n"));
        Dataset test = CsvLoader.readLike(file("rt.csv", "a,y\n6,3\n2,-1\n"), null, 0, train)
                .dataset();
        assertEquals(0, test.classCount());
        assertArrayEquals(new double[] {3, -1}, test.targets());
        TrainingData parts = TrainingData.of(train, test, true);
        // The training part's mean 2 and spread √(8/3) (population), not the test part's own.
        double scale = Math.sqrt(8.0 / 3);
        assertArrayEquals(new double[] {4 / scale, 0}, parts.test().features(), 1e-12);
        assertArrayEquals(new double[] {-2 / scale, 0, 2 / scale}, parts.train().features(), 1e-12);
    }
}
