package downhill.engine.data;

import downhill.engine.Reasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The lines of a UTF-8 text file, one at a time, numbered from 1 as an editor numbers them (line ends: LF, CR or
 * CR LF; a leading byte-order mark is dropped). Whatever is not text — a zero byte, a malformed byte sequence, a line
 * longer than {@link #LONGEST_LINE} characters — is a {@link DataException} naming the line, so that binary junk
 * fails fast instead of being read whole.
 */
final class LineReader implements AutoCloseable {

    static final int LONGEST_LINE = 1_000_000;

    private final InputStream in;
    private final String source;
    /** Decoded by hand rather than by an InputStreamReader, which drops the text before a bad byte. */
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 14).flip();
    private final StringBuilder line = new StringBuilder(256);
    private boolean endOfInput;
    private boolean malformed;
    private boolean flushed;
    private int number;
    private boolean pendingLineFeed;

    LineReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The number of the line {@link #next()} returned last. */
    int number() {
        return number;
    }

    /** The next line without its end, or null at the end of the file. */
    String next() {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (!chars.hasRemaining() && !fill(any ? number : number + 1)) {
                if (!any) {
                    return null;
                }
                break;
            }
            char c = chars.get();
            if (pendingLineFeed) {
                pendingLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (!any) {
                any = true;
                number++;
            }
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                pendingLineFeed = true;
                break;
            }
            if (c == 0) {
                throw DataException.inRow(source, number, "has a zero byte; the file is binary, not CSV text");
            }
            if (line.length() == LONGEST_LINE) {
                throw DataException.inRow(
                        source,
                        number,
                        String.format(
                                Locale.ROOT, "is longer than %,d characters; not a CSV file of numbers", LONGEST_LINE));
            }
            line.append(c);
        }
        if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return line.toString();
    }

    /** Decodes the next characters; false at the end of the file. {@code lineNumber}: where a bad byte would be. */
    private boolean fill(int lineNumber) {
        chars.clear();
        while (!malformed && !flushed && chars.position() == 0) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                malformed = true;
            } else if (result.isOverflow()) {
                break;
            } else if (endOfInput) {
                decoder.flush(chars);
                flushed = true;
            } else {
                readBytes();
            }
        }
        chars.flip();
        if (chars.hasRemaining()) {
            return true;
        }
        if (malformed) {
            throw DataException.inRow(
                    source, lineNumber, "is not UTF-8 text (a malformed byte sequence), so the file is not CSV");
        }
        return false;
    }

    private void readBytes() {
        bytes.compact();
        try {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        } catch (IOException e) {
            throw DataException.of(source, "cannot be read (" + Reasons.of(null, e) + ")");
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // reading is over; a failing close loses nothing
        }
    }
}
