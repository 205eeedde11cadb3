package downhill.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import downhill.engine.Heap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /** RFC 4180: a quoted cell may hold commas, doubled quotes and line breaks (column names from a spreadsheet). */
    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        Path file =
                write("sheet.csv", "\"weight, kg\",\"the \"\"size\"\"\",\"class\nlabel\"\n" + "70,\"1,5\",1\n80,2,0\n");
        // "1,5" is one cell (a decimal comma is not a number), not a fourth column; the record starts on line 3.
        assertEquals(file + ", row 3, column 'the \"size\"': '1,5' is not a number", error(file));
        Path good = write(
                "good.csv",
                "\"weight, kg\",\"the \"\"size\"\"\",\"class\nlabel\"\n"
                        + "70, \"1.5\" ,1\n\n80,2,0\n85,\"\n2.5\",1\n");
        Dataset data = CsvLoader.load(good);
        assertEquals(List.of("weight, kg", "the \"size\""), data.featureNames());
        assertEquals("class\nlabel", data.targetName());
        assertArrayEquals(new double[] {70, 1.5, 80, 2, 85, 2.5}, data.features());
        // A record is numbered by the line it starts on, as an editor shows it: after the two-line header and a
        // blank line, the fourth record starts on line 6.
        Path late = write("late.csv", "\"a\nb\",y\n1,0\n\n2,1\nx,1\n");
        assertEquals(late + ", row 6, column 'a\nb': 'x' is not a number", error(late));
    }

    @Test
    void anUnclosedQuoteIsNamed() throws IOException {
        Path file = write("open.csv", "a,b\n1,\"2\n3,4\n");
        // The quote runs to the end of the file: the cell it opens is named, with the line break it swallowed.
        String message = error(file);
        assertTrue(message.startsWith(file + ", row 2, column 'b': '2\n3,4"), message);
        assertTrue(message.contains("LINE FEED"), message);
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
        assertEquals(
                file + ": no column 'kind' for the label (columns: class, a, b)",
                assertThrows(DataException.class, () -> CsvLoader.load(file, "kind"))
                        .getMessage());
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
    void aConstantColumnIsRefusedByName() throws IOException {
        Path file = write("flat.csv", "x1,x2,label\n1,3.5,0\n2,3.5,1\n3,3.50,0\n");
        assertEquals(
                file + ": column 'x2' is constant (every value is 3.5): it cannot be standardised and carries "
                        + "no information; remove the column",
                error(file));
        Path varies = write("varies.csv", "x1,x2,label\n1,3.5,0\n2,3.5,1\n3,3.6,0\n");
        assertEquals(3, CsvLoader.load(varies).sampleCount());
        Path constantLabel = write("label.csv", "x,y\n1,0.5\n2,0.5\n");
        assertEquals(2, CsvLoader.load(constantLabel).sampleCount(), "only features are refused");
    }

    @Test
    void oneClassOnly() throws IOException {
        Path file = write("one.csv", "x,label\n1,4\n2,4\n");
        assertEquals(
                file + ": the label column 'label' has one class only (4); a classifier needs at least two",
                error(file));
    }

    @Test
    void binaryJunk() throws IOException {
        Path zeros = dir.resolve("model.bin");
        Files.write(zeros, new byte[] {'P', 'K', 3, 4, 0, 0, 20});
        assertEquals(zeros + ": row 1 has a zero byte; the file is binary, not CSV text", error(zeros));
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, new byte[] {'x', ',', 'y', '\n', (byte) 0xE9, ',', '1', '\n'});
        assertEquals(
                latin + ": row 2 is not UTF-8 text (a malformed byte sequence), so the file is not CSV", error(latin));
    }

    @Test
    void aBadByteFarIntoTheFileNamesItsLine() throws IOException {
        StringBuilder text = new StringBuilder("x,label\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(',').append(i % 2).append('\n');
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 4);
        bytes[good.length] = '7';
        bytes[good.length + 1] = (byte) 0xC3;
        bytes[good.length + 2] = ',';
        bytes[good.length + 3] = '1';
        Path file = dir.resolve("late.csv");
        Files.write(file, bytes);
        assertEquals(
                file + ": row 5002 is not UTF-8 text (a malformed byte sequence), so the file is not CSV", error(file));
        bytes[good.length + 1] = 0;
        Files.write(file, bytes);
        assertEquals(file + ": row 5002 has a zero byte; the file is binary, not CSV text", error(file));
    }

    @Test
    void aHugeLineIsNotReadWhole() throws IOException {
        Path file = write("oneline.csv", "x,label\n" + "1".repeat(LineReader.LONGEST_LINE + 10));
        assertEquals(file + ": row 2 is longer than 1,000,000 characters; not a CSV file of numbers", error(file));
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = write("secret.csv", "x,label\n1,0\n2,1\n");
        assumeTrue(
                file.toFile().setReadable(false, false) && !Files.isReadable(file),
                "permissions are not enforced for this user (root)");
        assertEquals(file + ": cannot be read (permission denied)", error(file));
    }

    @Test
    void aReadErrorIsAMessageNotAStackTrace() {
        Path failing = Path.of("/proc/self/mem"); // opens, but reading at offset 0 fails with EIO
        assumeTrue(Files.isReadable(failing), "needs Linux's /proc");
        assertEquals(failing + ": cannot be read (Input/output error)", error(failing));
    }

    @Test
    void oldMacLineEndsAndBlankLinesKeepEditorLineNumbers() throws IOException {
        Path file = write("cr.csv", "\n\nx,label\r1,0\r\n\r\n2,z\n");
        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file));
        assertEquals(file + ", row 6, column 'label': 'z' is not a number", e.getMessage());
    }

    @Test
    void aSmallFileIsUsedWholeWithoutWarning() throws IOException {
        LoadedData loaded = CsvLoader.read(write("small.csv", "x,label\n1,0\n2,1\n"), null, 5);
        assertEquals("", loaded.warning());
        assertEquals(2, loaded.dataset().sampleCount());
    }

    /**
     * A million rows stream through a bounded sample: the rows kept are {@link CsvLoader#ROW_CAP}, in file order,
     * the same for the same seed, spread over the whole file, and the heap afterwards holds about the sample only.
     */
    @Test
    void aMillionRowsAreSampledDownWithAWarning() throws IOException {
        int rows = 1_000_000;
        Path file = dir.resolve("million.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("index,noise,label\n");
            for (int i = 0; i < rows; i++) {
                out.write(i + "," + (i * 7919 % 1000) / 1000.0 + "," + (i % 3) + "\n");
            }
        }
        long start = System.nanoTime();
        LoadedData first = CsvLoader.read(file, null, 42);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Dataset data = first.dataset();
        assertEquals("million.csv: 1,000,000 rows; using a random 20,000", first.warning());
        assertEquals(CsvLoader.ROW_CAP, data.sampleCount());
        assertEquals(List.of("0", "1", "2"), data.classNames());
        double previous = -1;
        int lateRows = 0;
        for (int i = 0; i < data.sampleCount(); i++) {
            double index = data.feature(i, 0);
            assertTrue(index > previous, "file order, no row twice");
            previous = index;
            assertEquals((int) index % 3, (int) data.targets()[i], "each label stays with its row");
            lateRows += index >= rows / 2 ? 1 : 0;
        }
        // uniform: about half the sample from each half of the file (binomial sd ≈ 71)
        assertTrue(Math.abs(lateRows - CsvLoader.ROW_CAP / 2) < 500, "rows from the second half: " + lateRows);
        // In a 32 MB heap, smaller than the file's text (an unstreamed load held ~100 MB), the result retains the
        // sample only: 20,000 rows × 3 doubles ≈ 0.5 MB.
        long[] child = Heap.numbersFromChildJvm("32m", LoadInSmallHeap.class, file.toString());
        assertEquals(CsvLoader.ROW_CAP, child[0], "loads in a 32 MB heap");
        assertTrue(child[1] < 2L << 20, "retained by the result: " + Heap.megabytes(child[1]));
        System.out.println("1,000,000-row CSV (" + Heap.megabytes(Files.size(file)) + ") loaded in " + millis
                + " ms; the result retains " + Heap.megabytes(child[1]));
    }

    /** The sample of a file over the cap is the seed's: the same again for the same seed, another for another. */
    @Test
    void theSampleOfALargeFileFollowsTheSeed() throws IOException {
        Path file = dir.resolve("large.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("index,label\n");
            for (int i = 0; i < 3 * CsvLoader.ROW_CAP; i++) {
                out.write(i + "," + (i % 2) + "\n");
            }
        }
        double[] first = CsvLoader.read(file, null, 42).dataset().features();
        assertEquals(CsvLoader.ROW_CAP, first.length);
        assertArrayEquals(first, CsvLoader.read(file, null, 42).dataset().features(), "same seed");
        double[] otherSeed = CsvLoader.read(file, null, 43).dataset().features();
        assertTrue(!Arrays.equals(first, otherSeed), "another seed, another sample");
    }

    @Test
    void headerProblems() throws IOException {
        Path numbers = write("noheader.csv", "1,2,0\n3,4,1\n");
        assertEquals(numbers + ": the first row is all numbers; it should be a header of column names", error(numbers));
        Path twice = write("twice.csv", "x,x,label\n1,2,0\n");
        assertEquals(twice + ": column 'x' appears twice in the header", error(twice));
        Path unnamed = write("unnamed.csv", "x,,label\n1,2,0\n");
        assertEquals(unnamed + ": row 1 (the header) has no name for column 2", error(unnamed));
        Path single = write("single.csv", "label\n1\n");
        assertEquals(
                single + ": needs at least two columns, one or more features and a label; the header has only "
                        + "'label'",
                error(single));
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Dataset data = CsvLoader.load(write("bom.csv", "\uFEFFx,label\n1,0\n2,1\n"));
        assertEquals(List.of("x"), data.featureNames());
    }
}
