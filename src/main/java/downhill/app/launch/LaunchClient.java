package downhill.app.launch;

import downhill.app.UserFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A later start's side: gives a file to the window that is already running (see {@link LaunchServer}) and reports
 * whether that window took it. Anything short of an {@code ok} (no port file, a port file a killed window left, a
 * port some other program has since, no answer) is a no, and the caller opens a window of its own.
 */
public final class LaunchClient {

    private static final Logger LOG = Logger.getLogger(LaunchClient.class.getName());
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    /** The window answers as soon as the path is queued for its thread; this only bounds a window that hangs. */
    private static final int ANSWER_TIMEOUT_MILLIS = 10_000;

    private LaunchClient() {}

    /** Whether the window running on {@code folder} took {@code file} (an absolute path). */
    public static boolean handOver(Path folder, Path file) {
        Optional<LaunchProtocol.Address> address = runningWindow(folder);
        if (address.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(
                            InetAddress.getLoopbackAddress(), address.get().port()),
                    CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
            LaunchProtocol.writeLine(socket.getOutputStream(), address.get().greeting());
            LaunchProtocol.writeLine(
                    socket.getOutputStream(), file.toAbsolutePath().toString());
            String answer = LaunchProtocol.readLine(new BufferedInputStream(socket.getInputStream()));
            if (!LaunchProtocol.OK.equals(answer)) {
                LOG.warning("the running window did not take " + file + ": " + answer);
            }
            return LaunchProtocol.OK.equals(answer);
        } catch (IOException e) {
            LOG.log(Level.FINE, "no window answered on port " + address.get().port(), e);
            return false;
        }
    }

    /** The running window's address; empty when none runs (no port file, a stale one, or one that is not ours). */
    static Optional<LaunchProtocol.Address> runningWindow(Path folder) {
        Path portFile = folder.resolve(LaunchProtocol.PORT_FILE);
        if (!Files.exists(portFile) || !lockIsHeld(folder.resolve(LaunchProtocol.LOCK_FILE))) {
            // A window killed without closing leaves its port file; its lock went with it.
            return Optional.empty();
        }
        UserFiles.Read<LaunchProtocol.Address> read =
                UserFiles.system().read(portFile, LaunchProtocol.PORT_FILE_LIMIT, LaunchProtocol.Address::parse);
        if (read.failed()) {
            LOG.warning(portFile + ": " + read.problem());
        }
        return read.value();
    }

    /** Whether some process (this one included) holds the lock; a free lock is taken and let go at once. */
    private static boolean lockIsHeld(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = LaunchServer.tryLock(channel);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException e) {
            // No lock file, or none we may open: no window of ours runs there.
            return false;
        }
    }
}
