package downhill.engine.data;

import downhill.engine.MemoryBudget;
import downhill.engine.Numbers;
import downhill.engine.Reasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a dataset from a CSV file: a header row of column names, then one sample per row, all values numbers. The
 * label is the last column unless named. When every label is a whole number the data are classes (the distinct
 * values, sorted, become classes 0, 1, …); otherwise the label is a real-valued regression target.
 *
 * <p>Commas separate cells; cells are trimmed and may be wrapped in double quotes; blank lines are skipped. Every
 * problem is a {@link DataException} naming the file, and the row and column where it applies. The file is read as
 * a stream, so memory stays bounded by {@link #ROW_CAP} rows however long it is.
 */
public final class CsvLoader {

    /** Decimal numbers only: no hexadecimal, no {@code d}/{@code f} suffixes that Java's parser would accept. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** Labels at or beyond this size are not taken as class indices. */
    private static final double LARGEST_CLASS_LABEL = 1 << 30;

    /**
     * The most data rows used from one file: a larger file is sampled down to this many. The network tab trains
     * 20,000 samples of a small network at a few epochs per second on two cores, still interactive.
     */
    public static final int ROW_CAP = 20_000;
    /** Bytes a cell costs from the file to a trained network: the kept rows, their sorted copy, split, standardised. */
    private static final double BYTES_PER_CELL = 8 * 4;

    private CsvLoader() {}

    /** Loads {@code file} with the last column as the label, subsampled from seed 0 when it is large. */
    public static Dataset load(Path file) {
        return load(file, null);
    }

    /** Loads {@code file} with the column named {@code labelColumn} (or the last, when null) as the label. */
    public static Dataset load(Path file, String labelColumn) {
        return read(file, labelColumn, 0).dataset();
    }

    /**
     * Loads {@code file} with the column named {@code labelColumn} (or the last, when null) as the label. The file
     * is streamed and every row checked; beyond {@link #ROW_CAP} data rows a uniform random sample of that many,
     * drawn from {@code seed} and kept in file order, is used, and the result says so in its warning.
     */
    public static LoadedData read(Path file, String labelColumn, long seed) {
        return read(file, labelColumn, seed, null);
    }

    /**
     * Loads a test file for {@code training}: the same columns in the same order (features and label), its labels
     * among the training data's classes (and numbered as there), or any number for regression. Unlike
     * {@link #read(Path, String, long)} it takes a column that is constant and a single class: a test part may be
     * small. Every problem names the file, and the row and column where it applies.
     */
    public static LoadedData readLike(Path file, String labelColumn, long seed, Dataset training) {
        return read(file, labelColumn, seed, Objects.requireNonNull(training, "training"));
    }

    private static LoadedData read(Path file, String labelColumn, long seed, Dataset like) {
        String source = file.toString();
        try (CsvRecords records = new CsvRecords(open(file, source), source)) {
            CsvRecords.Row first = records.next();
            if (first == null) {
                throw DataException.of(source, "the file is empty");
            }
            List<String> header = first.cells();
            checkHeader(source, header, first.line());
            int label = labelIndex(source, header, labelColumn);
            if (header.size() < 2) {
                throw DataException.of(
                        source,
                        "needs at least two columns, one or more features and a label; the " + "header has only '"
                                + header.get(0) + "'");
            }
            List<String> featureNames = new ArrayList<>(header);
            featureNames.remove(label);
            if (like != null) {
                requireColumnsOf(source, like, featureNames, header.get(label));
            }
            Set<Double> classes = like == null || !like.isClassification()
                    ? null
                    : new HashSet<>(
                            like.classNames().stream().map(Double::valueOf).toList());
            int columns = header.size();
            MemoryBudget budget = MemoryBudget.ofThisJvm();
            Reservoir rows = new Reservoir(featureNames.size(), seed, grown -> {
                try {
                    budget.require(
                            String.format(Locale.ROOT, "%,d columns × %,d rows", columns, grown),
                            grown,
                            n -> BYTES_PER_CELL * columns * n,
                            String.format(Locale.ROOT, " rows of %,d columns", columns));
                } catch (IllegalArgumentException e) {
                    throw DataException.of(source, e.getMessage());
                }
            });
            double[] values = new double[header.size()];
            double[] firstRow = null;
            boolean[] varies = new boolean[header.size()];
            boolean allWhole = true;
            for (CsvRecords.Row record = records.next(); record != null; record = records.next()) {
                int row = record.line();
                List<String> cells = record.cells();
                if (cells.size() != header.size()) {
                    throw DataException.inRow(
                            source,
                            row,
                            "has " + cells.size() + (cells.size() == 1 ? " column" : " columns") + ", the header has "
                                    + header.size());
                }
                for (int c = 0; c < cells.size(); c++) {
                    values[c] = number(source, row, header.get(c), cells.get(c));
                }
                if (firstRow == null) {
                    firstRow = values.clone();
                }
                for (int c = 0; c < values.length; c++) {
                    varies[c] |= values[c] != firstRow[c];
                }
                allWhole &= isClassLabel(values[label]);
                if (classes != null && !classes.contains(values[label])) {
                    throw DataException.inCell(
                            source,
                            row,
                            header.get(label),
                            "'" + cells.get(label)
                                    + "' is not a class of the training data (classes: "
                                    + String.join(", ", like.classNames()) + ")");
                }
                rows.offer(values, label);
            }
            if (rows.seen() == 0) {
                throw DataException.of(source, "has a header row but no data rows");
            }
            if (like == null) {
                refuseConstantColumns(source, header, label, firstRow, varies, rows.seen());
            }
            String name =
                    file.getFileName() == null ? source : file.getFileName().toString();
            String warning = rows.seen() <= ROW_CAP
                    ? ""
                    : String.format(Locale.ROOT, "%s: %,d rows; using a random %,d", name, rows.seen(), ROW_CAP);
            Dataset dataset = like == null
                    ? dataset(source, name, featureNames, header.get(label), rows, allWhole)
                    : datasetLike(like, name, rows);
            return new LoadedData(dataset, warning);
        }
    }

    /**
     * A feature column with one value in every row is refused, not dropped: it cannot be standardised (its spread
     * is 0), it tells the network nothing, and dropping it would silently change the inputs the user named.
     */
    private static void refuseConstantColumns(
            String source, List<String> header, int label, double[] firstRow, boolean[] varies, long rows) {
        if (rows < 2) {
            return;
        }
        for (int c = 0; c < header.size(); c++) {
            if (c != label && !varies[c]) {
                throw DataException.of(
                        source,
                        "column '" + header.get(c) + "' is constant (every value is "
                                + Numbers.format(firstRow[c]) + "): it cannot be standardised and carries no "
                                + "information; remove the column");
            }
        }
    }

    private static Dataset dataset(
            String source,
            String name,
            List<String> featureNames,
            String targetName,
            Reservoir rows,
            boolean allWhole) {
        double[] features = rows.features();
        double[] labels = rows.labels();
        if (!allWhole) {
            return new Dataset(name, featureNames, targetName, List.of(), features, labels);
        }
        double[] sorted = Arrays.stream(labels).distinct().sorted().toArray();
        if (sorted.length < 2) {
            throw DataException.of(
                    source,
                    "the label column '" + targetName + "' has one class only (" + (long) sorted[0]
                            + "); a classifier needs at least two");
        }
        double[] classes = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            classes[i] = Arrays.binarySearch(sorted, labels[i]);
        }
        List<String> classNames =
                Arrays.stream(sorted).mapToObj(v -> Long.toString((long) v)).toList();
        return new Dataset(name, featureNames, targetName, classNames, features, classes);
    }

    private static void requireColumnsOf(String source, Dataset like, List<String> featureNames, String labelName) {
        if (!featureNames.equals(like.featureNames()) || !labelName.equals(like.targetName())) {
            throw DataException.of(
                    source,
                    "has the features " + String.join(", ", featureNames) + " and the label "
                            + labelName + "; the training data have " + String.join(", ", like.featureNames())
                            + " and the label " + like.targetName()
                            + " (a test file needs the same columns, in the same "
                            + "order)");
        }
    }

    /** Rows of a test file, their labels numbered as {@code like}'s classes (already checked to be among them). */
    private static Dataset datasetLike(Dataset like, String name, Reservoir rows) {
        double[] labels = rows.labels();
        if (like.isClassification()) {
            double[] values =
                    like.classNames().stream().mapToDouble(Double::parseDouble).toArray();
            for (int i = 0; i < labels.length; i++) {
                labels[i] = Arrays.binarySearch(values, labels[i]);
            }
        }
        return new Dataset(name, like.featureNames(), like.targetName(), like.classNames(), rows.features(), labels);
    }

    private static LineReader open(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw DataException.of(source, "is a directory, not a CSV file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A FIFO would wait for a writer forever; /dev/zero never ends.
            throw DataException.of(source, "is not a regular file (a device or a pipe cannot be read as data)");
        }
        try {
            return new LineReader(Files.newInputStream(file), source);
        } catch (NoSuchFileException e) {
            throw DataException.of(source, "no such file");
        } catch (IOException e) {
            throw DataException.of(source, "cannot be read (" + Reasons.of(file, e) + ")");
        }
    }

    private static void checkHeader(String source, List<String> header, int row) {
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty()) {
                throw DataException.inRow(source, row, "(the header) has no name for column " + (c + 1));
            }
            if (NUMBER.matcher(name).matches()
                    && header.stream().allMatch(h -> NUMBER.matcher(h).matches())) {
                throw DataException.of(source, "the first row is all numbers; it should be a header of column names");
            }
            if (header.indexOf(name) != c) {
                throw DataException.of(source, "column '" + name + "' appears twice in the header");
            }
        }
    }

    private static int labelIndex(String source, List<String> header, String labelColumn) {
        if (labelColumn == null) {
            return header.size() - 1;
        }
        int index = header.indexOf(labelColumn.strip());
        if (index < 0) {
            throw DataException.of(
                    source,
                    "no column '" + labelColumn + "' for the label (columns: " + String.join(", ", header) + ")");
        }
        return index;
    }

    private static double number(String source, int row, String column, String cell) {
        if (cell.isEmpty()) {
            throw DataException.inCell(source, row, column, "empty value, a number is needed");
        }
        if (NOT_FINITE.matcher(cell).matches()) {
            throw DataException.inCell(source, row, column, "'" + cell + "' is not a finite number");
        }
        if (!NUMBER.matcher(cell).matches()) {
            String invisible = Reasons.invisible(cell)
                    .map(where -> " (it contains " + where + " of the value)")
                    .orElse("");
            throw DataException.inCell(source, row, column, "'" + cell + "' is not a number" + invisible);
        }
        double value = Double.parseDouble(cell);
        if (Double.isInfinite(value)) {
            throw DataException.inCell(source, row, column, "'" + cell + "' is too large to be a finite number");
        }
        return value;
    }

    private static boolean isClassLabel(double v) {
        return v == Math.rint(v) && Math.abs(v) < LARGEST_CLASS_LABEL;
    }
}
