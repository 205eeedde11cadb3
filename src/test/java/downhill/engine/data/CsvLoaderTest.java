package downhill.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String error(Path file) {
        return assertThrows(DataException.class, () -> CsvLoader.load(file)).getMessage();
    }

    @Test
    void wholeNumberLabelsAreClasses() throws IOException {
        Path file = write("data.csv", "x1,x2,label\n0.5,1,7\n-2,3e-1,3\n\n1.5,\"2\",7\r\n");
        Dataset data = CsvLoader.load(file);
        assertEquals(List.of("x1", "x2"), data.featureNames());
        assertEquals("label", data.targetName());
        assertEquals(List.of("3", "7"), data.classNames());
        assertArrayEquals(new double[] {1, 0, 1}, data.targets());
        assertArrayEquals(new double[] {0.5, 1, -2, 0.3, 1.5, 2}, data.features());
        assertEquals("data.csv", data.name());
    }

    @Test
    void otherLabelsAreRegressionTargets() throws IOException {
        Dataset data = CsvLoader.load(write("r.csv", "x,y\n1,0.5\n2,1\n"));
        assertEquals(0, data.classCount());
        assertArrayEquals(new double[] {0.5, 1}, data.targets());
    }

    @Test
    void theLabelColumnCanBeNamed() throws IOException {
        Dataset data = CsvLoader.load(write("named.csv", "class,a,b\n1,2,3\n0,5,6\n"), "class");
        assertEquals(List.of("a", "b"), data.featureNames());
        assertArrayEquals(new double[] {2, 3, 5, 6}, data.features());
        assertArrayEquals(new double[] {1, 0}, data.targets());
        Path file = dir.resolve("named.csv");
        assertEquals(file + ": no column 'kind' for the label (columns: class, a, b)",
                assertThrows(DataException.class, () -> CsvLoader.load(file, "kind")).getMessage());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.csv");
        assertEquals(file + ": no such file", error(file));
    }

    @Test
    void directory() {
        assertEquals(dir + ": is a directory, not a CSV file", error(dir));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.csv", "");
        assertEquals(file + ": the file is empty", error(file));
        Path blank = write("blank.csv", "\n  \n");
        assertEquals(blank + ": the file is empty", error(blank));
    }

    @Test
    void headerOnly() throws IOException {
        Path file = write("header.csv", "x1,x2,label\n");
        assertEquals(file + ": has a header row but no data rows", error(file));
    }

    @Test
    void raggedRow() throws IOException {
        Path file = write("data.csv", "x1,x2,x3,label\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,0\n");
        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file));
        assertEquals(file + ": row 7 has 3 columns, the header has 4", e.getMessage());
        assertEquals(7, e.row());
    }

    @Test
    void textInANumberColumn() throws IOException {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int row = 2; row < 12; row++) {
            text.append("1,2,").append(row % 2).append('\n');
        }
        text.append("1,abc,0\n");
        Path file = write("data.csv", text.toString());
        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file));
        assertEquals(file + ", row 12, column 'x2': 'abc' is not a number", e.getMessage());
        assertEquals(12, e.row());
        assertEquals("x2", e.column());
    }

    @Test
    void javaOnlyNumberSyntaxIsText() throws IOException {
        Path file = write("hex.csv", "x,label\n0x10,1\n");
        assertEquals(file + ", row 2, column 'x': '0x10' is not a number", error(file));
        Path suffix = write("suffix.csv", "x,label\n1.5d,1\n");
        assertEquals(suffix + ", row 2, column 'x': '1.5d' is not a number", error(suffix));
    }

    @Test
    void notFiniteValues() throws IOException {
        Path nan = write("nan.csv", "x,label\n1,0\nNaN,1\n");
        assertEquals(nan + ", row 3, column 'x': 'NaN' is not a finite number", error(nan));
        Path inf = write("inf.csv", "x,label\n1,0\n2,-inf\n");
        assertEquals(inf + ", row 3, column 'label': '-inf' is not a finite number", error(inf));
        Path huge = write("huge.csv", "x,label\n1e400,0\n");
        assertEquals(huge + ", row 2, column 'x': '1e400' is too large to be a finite number", error(huge));
    }

    @Test
    void emptyCell() throws IOException {
        Path file = write("gap.csv", "x1,x2,label\n1,,0\n");
        assertEquals(file + ", row 2, column 'x2': empty value, a number is needed", error(file));
    }

    @Test
    void oneClassOnly() throws IOException {
        Path file = write("one.csv", "x,label\n1,4\n2,4\n");
        assertEquals(file + ": the label column 'label' has one class only (4); a classifier needs at least two",
                error(file));
    }

    @Test
    void binaryJunk() throws IOException {
        Path zeros = dir.resolve("model.bin");
        Files.write(zeros, new byte[] {'P', 'K', 3, 4, 0, 0, 20});
        assertEquals(zeros + ": is binary, not a CSV text file (a zero byte at offset 4)", error(zeros));
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, new byte[] {'x', ',', 'y', '\n', (byte) 0xE9, ',', '1', '\n'});
        assertEquals(latin + ": is not UTF-8 text (a malformed byte sequence), so not a CSV file", error(latin));
    }

    @Test
    void headerProblems() throws IOException {
        Path numbers = write("noheader.csv", "1,2,0\n3,4,1\n");
        assertEquals(numbers + ": the first row is all numbers; it should be a header of column names",
                error(numbers));
        Path twice = write("twice.csv", "x,x,label\n1,2,0\n");
        assertEquals(twice + ": column 'x' appears twice in the header", error(twice));
        Path unnamed = write("unnamed.csv", "x,,label\n1,2,0\n");
        assertEquals(unnamed + ": row 1 (the header) has no name for column 2", error(unnamed));
        Path single = write("single.csv", "label\n1\n");
        assertEquals(single + ": needs at least two columns, one or more features and a label; the header has only "
                + "'label'", error(single));
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Dataset data = CsvLoader.load(write("bom.csv", "\uFEFFx,label\n1,0\n2,1\n"));
        assertEquals(List.of("x"), data.featureNames());
    }
}
