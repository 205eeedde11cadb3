package downhill.engine.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a dataset from a CSV file: a header row of column names, then one sample per row, all values numbers. The
 * label is the last column unless named. When every label is a whole number the data are classes (the distinct
 * values, sorted, become classes 0, 1, …); otherwise the label is a real-valued regression target.
 *
 * <p>Commas separate cells; cells are trimmed and may be wrapped in double quotes; blank lines are skipped. Every
 * problem is a {@link DataException} naming the file, and the row and column where it applies.
 */
public final class CsvLoader {

    /** Decimal numbers only: no hexadecimal, no {@code d}/{@code f} suffixes that Java's parser would accept. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** Labels at or beyond this size are not taken as class indices. */
    private static final double LARGEST_CLASS_LABEL = 1 << 30;

    private CsvLoader() {
    }

    /** Loads {@code file} with the last column as the label. */
    public static Dataset load(Path file) {
        return load(file, null);
    }

    /** Loads {@code file} with the column named {@code labelColumn} (or the last, when null) as the label. */
    public static Dataset load(Path file, String labelColumn) {
        String source = file.toString();
        List<String> lines = lines(file, source);
        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw DataException.of(source, "the file is empty");
        }
        List<String> header = cells(lines.get(headerIndex));
        checkHeader(source, header);
        int label = labelIndex(source, header, labelColumn);
        if (header.size() < 2) {
            throw DataException.of(source, "needs at least two columns, one or more features and a label; the header "
                    + "has only '" + header.get(0) + "'");
        }
        List<String> featureNames = new ArrayList<>(header);
        featureNames.remove(label);
        int width = featureNames.size();

        double[] features = new double[16 * width];
        double[] labels = new double[16];
        int count = 0;
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int row = i + 1;
            List<String> cells = cells(line);
            if (cells.size() != header.size()) {
                throw DataException.inRow(source, row, "has " + cells.size() + (cells.size() == 1 ? " column" : " columns")
                        + ", the header has " + header.size());
            }
            if (count == labels.length) {
                labels = Arrays.copyOf(labels, 2 * count);
                features = Arrays.copyOf(features, 2 * count * width);
            }
            int feature = 0;
            for (int c = 0; c < cells.size(); c++) {
                double value = number(source, row, header.get(c), cells.get(c));
                if (c == label) {
                    labels[count] = value;
                } else {
                    features[count * width + feature++] = value;
                }
            }
            count++;
        }
        if (count == 0) {
            throw DataException.of(source, "has a header row but no data rows");
        }
        features = Arrays.copyOf(features, count * width);
        labels = Arrays.copyOf(labels, count);
        String name = file.getFileName() == null ? source : file.getFileName().toString();
        String targetName = header.get(label);
        if (!allWhole(labels)) {
            return new Dataset(name, featureNames, targetName, List.of(), features, labels);
        }
        TreeSet<Double> distinct = new TreeSet<>();
        for (double value : labels) {
            distinct.add(value);
        }
        if (distinct.size() < 2) {
            throw DataException.of(source, "the label column '" + targetName + "' has one class only ("
                    + (long) (double) distinct.first() + "); a classifier needs at least two");
        }
        List<Double> sorted = new ArrayList<>(distinct);
        double[] classes = new double[count];
        for (int i = 0; i < count; i++) {
            classes[i] = java.util.Collections.binarySearch(sorted, labels[i]);
        }
        List<String> classNames = sorted.stream().map(v -> Long.toString((long) (double) v)).toList();
        return new Dataset(name, featureNames, targetName, classNames, features, classes);
    }

    private static List<String> lines(Path file, String source) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw DataException.of(source, "is a directory, not a CSV file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DataException.of(source, "no such file");
        } catch (IOException e) {
            throw DataException.of(source, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ")");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw DataException.of(source, "is binary, not a CSV text file (a zero byte at offset " + i + ")");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw DataException.of(source, "is not UTF-8 text (a malformed byte sequence), so not a CSV file");
        } catch (CharacterCodingException e) {
            throw DataException.of(source, "is not UTF-8 text, so not a CSV file");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String trimmed = cell.strip();
            if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
                trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
            }
            cells.add(trimmed);
        }
        return cells;
    }

    private static void checkHeader(String source, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty()) {
                throw DataException.inRow(source, 1, "(the header) has no name for column " + (c + 1));
            }
            if (NUMBER.matcher(name).matches() && header.stream().allMatch(h -> NUMBER.matcher(h).matches())) {
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
            throw DataException.of(source, "no column '" + labelColumn + "' for the label (columns: "
                    + String.join(", ", header) + ")");
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
            throw DataException.inCell(source, row, column, "'" + cell + "' is not a number");
        }
        double value = Double.parseDouble(cell);
        if (Double.isInfinite(value)) {
            throw DataException.inCell(source, row, column, "'" + cell + "' is too large to be a finite number");
        }
        return value;
    }

    private static boolean allWhole(double[] values) {
        for (double v : values) {
            if (v != Math.rint(v) || Math.abs(v) >= LARGEST_CLASS_LABEL) {
                return false;
            }
        }
        return true;
    }
}
