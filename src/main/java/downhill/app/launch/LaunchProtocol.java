package downhill.app.launch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The few lines a second start and the running window exchange over loopback. The client sends
 * {@code downhill-open 1 TOKEN} and the absolute path, one line each, in UTF-8; the server answers {@code ok} once
 * the path is on its way to the window, or {@code error REASON}. The token comes from {@code instance.port} in the
 * user folder (beside the port, readable by its owner only), so only a program that can read the user's folder can
 * make the window open anything.
 */
public final class LaunchProtocol {

    /** Holds the running window's address: {@code port} and {@code token}, one line each. */
    public static final String PORT_FILE = "instance.port";
    /** Locked by the one running window for as long as it runs; the system drops the lock of a killed process. */
    public static final String LOCK_FILE = "instance.lock";

    static final String GREETING = "downhill-open 1";
    static final String OK = "ok";
    static final String ERROR = "error";
    /** A path is far shorter; a longer line is not ours. */
    static final int LONGEST_LINE = 32 * 1024;
    /** The port file is two short lines. */
    static final long PORT_FILE_LIMIT = 1024;

    private LaunchProtocol() {}

    /**
     * Where the running window listens.
     *
     * @param port its loopback port
     * @param token the secret a client must send first
     */
    public record Address(int port, String token) {

        public Address {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("the port must be in 1…65535, got " + port);
            }
            if (token.isEmpty() || !token.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new IllegalArgumentException("the token must be hexadecimal digits");
            }
        }

        /** A fresh token for {@code port}. */
        static Address fresh(int port) {
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            return new Address(port, HexFormat.of().formatHex(secret));
        }

        /** The port file's text. */
        String text() {
            return port + "\n" + token + "\n";
        }

        /** Reads the port file's text; throws naming the problem. */
        static Address parse(String text) {
            String[] lines = text.strip().split("\\R");
            if (lines.length != 2) {
                throw new IllegalArgumentException("the port file should hold a port and a token, one line each");
            }
            try {
                return new Address(Integer.parseInt(lines[0].strip()), lines[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the port file's first line is not a port: " + lines[0]);
            }
        }

        /** Whether {@code line} is the greeting with this token (compared in constant time). */
        boolean greets(String line) {
            byte[] expected = greeting().getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, line.getBytes(StandardCharsets.UTF_8));
        }

        String greeting() {
            return GREETING + " " + token;
        }
    }

    /** Writes {@code line} and a line feed, in UTF-8. */
    static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one line (without its end) of at most {@link #LONGEST_LINE} bytes; throws at a longer one or the end. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the other side closed the connection");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() >= LONGEST_LINE) {
                throw new IOException("a line longer than " + LONGEST_LINE + " bytes");
            }
            line.write(b);
        }
    }
}
