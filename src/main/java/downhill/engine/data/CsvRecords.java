package downhill.engine.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The records of a CSV file as RFC 4180 reads them (FastCSV): a quoted cell may hold commas, doubled quotes and line
 * breaks. The text comes from a {@link LineReader}, so what is not text (a zero byte, bad UTF-8, an endless line)
 * is still refused at its line; a record is numbered by the line it starts on, as an editor shows it. Cells are
 * stripped of the spaces around them; lines with nothing but spaces are skipped.
 */
final class CsvRecords implements AutoCloseable {

    /** One record: the line it starts on and its cells. */
    record Row(int line, List<String> cells) {}

    private final String source;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;

    CsvRecords(LineReader lines, String source) {
        this.source = source;
        // The lines' ends are already one '\n' each, so FastCSV's line numbers are the LineReader's.
        this.reader = CsvReader.builder()
                .fieldSeparator(',')
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .trimWhitespacesAroundQuotes(true)
                .maxBufferSize(LineReader.LONGEST_LINE * 4)
                .ofCsvRecord(new LinesAsText(lines));
        this.records = reader.iterator();
    }

    /** The next record with a cell that is not blank, or null at the end of the file. */
    Row next() {
        while (true) {
            CsvRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (CsvParseException | UncheckedIOException e) {
                throw located(e);
            }
            List<String> cells = new ArrayList<>(record.getFieldCount());
            boolean blank = true;
            for (String field : record.getFields()) {
                String cell = field.strip();
                blank &= cell.isEmpty();
                cells.add(cell);
            }
            if (!blank || cells.size() > 1) {
                return new Row((int) record.getStartingLineNumber(), cells);
            }
        }
    }

    /** The line reader's own located problem where FastCSV wrapped it, else FastCSV's (with its line). */
    private DataException located(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataException located) {
                return located;
            }
        }
        return DataException.of(source, "is not valid CSV: " + e.getMessage());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // reading is over; a failing close loses nothing
        }
    }

    /** The lines again as one text with '\n' ends, read lazily: the file is streamed, never held whole. */
    private static final class LinesAsText extends Reader {

        private final LineReader lines;
        private String line = "";
        private int at;
        private boolean ended;

        LinesAsText(LineReader lines) {
            this.lines = lines;
            this.at = 1; // before the first line there is no '\n' to give
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int given = 0;
            while (given < length) {
                if (at > line.length()) {
                    if (ended) {
                        break;
                    }
                    String next = lines.next();
                    if (next == null) {
                        ended = true;
                        break;
                    }
                    line = next;
                    at = 0;
                }
                if (at == line.length()) {
                    into[offset + given++] = '\n';
                    at++;
                } else {
                    int n = Math.min(length - given, line.length() - at);
                    line.getChars(at, at + n, into, offset + given);
                    at += n;
                    given += n;
                }
            }
            return given == 0 ? -1 : given;
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
