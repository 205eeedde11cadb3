package downhill.app.launch;

import downhill.engine.WholeFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The running window's ear for later starts: the one holder of the lock on {@code instance.lock} in the user folder
 * listens on a loopback port (chosen by the system) and writes it, with a fresh token, to {@code instance.port}. A
 * path that arrives is handed to {@code opener} through {@code handOver} (the app passes the FX thread) and answered
 * with {@code ok}. A second window finds the lock taken and runs without one; a port file left by a killed window is
 * simply written over, since the system released that window's lock.
 */
public final class LaunchServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LaunchServer.class.getName());
    /** A client says its two lines at once; one that does not is dropped, so it cannot hold up the next. */
    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private final Path portFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket socket;
    private final LaunchProtocol.Address address;
    private final Consumer<Path> opener;
    private final Executor handOver;
    private volatile boolean closed;

    private LaunchServer(
            Path folder,
            FileChannel lockChannel,
            FileLock lock,
            ServerSocket socket,
            Consumer<Path> opener,
            Executor handOver) {
        this.portFile = folder.resolve(LaunchProtocol.PORT_FILE);
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.socket = socket;
        this.address = LaunchProtocol.Address.fresh(socket.getLocalPort());
        this.opener = opener;
        this.handOver = handOver;
    }

    /**
     * Starts listening if no other window holds {@code folder}'s lock. Empty when one does, or when the folder cannot
     * be used (the window then works alone; the reason is logged).
     *
     * @param opener receives each path a later start sends, on {@code handOver}
     * @param handOver where the opener runs (the app: {@code Platform::runLater}; tests: the calling thread)
     */
    public static Optional<LaunchServer> start(Path folder, Consumer<Path> opener, Executor handOver) {
        Objects.requireNonNull(opener);
        Objects.requireNonNull(handOver);
        FileChannel channel = null;
        ServerSocket socket = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(
                    folder.resolve(LaunchProtocol.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            LaunchServer server = new LaunchServer(folder, channel, lock, socket, opener, handOver);
            server.publish();
            Thread listener = new Thread(server::listen, "launch-server");
            listener.setDaemon(true);
            listener.start();
            return Optional.of(server);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "later starts cannot hand files to this window: " + e.getMessage());
            closeQuietly(socket);
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    /**
     * The lock, or null when another process (or this one, another server) holds it. On Linux a process's locks on
     * a file go when any of its channels on that file closes, so only tests look twice from one process.
     */
    static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Writes the port file, readable by the user only where the system has such modes. */
    private void publish() throws IOException {
        WholeFiles.writeText(portFile, address.text());
        try {
            Files.setPosixFilePermissions(portFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the user folder under %APPDATA% is the user's own already.
        }
    }

    /** The port this server listens on. */
    public int port() {
        return socket.getLocalPort();
    }

    private void listen() {
        while (!closed) {
            try (Socket client = socket.accept()) {
                serve(client);
            } catch (IOException | RuntimeException e) {
                // One bad request (or a toolkit that is shutting down) must not end the listening.
                if (!closed) {
                    LOG.log(Level.FINE, "a launch request failed", e);
                }
            }
        }
    }

    private void serve(Socket client) throws IOException {
        client.setSoTimeout(READ_TIMEOUT_MILLIS);
        InputStream in = new BufferedInputStream(client.getInputStream());
        try {
            if (!address.greets(LaunchProtocol.readLine(in))) {
                LaunchProtocol.writeLine(client.getOutputStream(), LaunchProtocol.ERROR + " not a Downhill start");
                return;
            }
            Path path = Path.of(LaunchProtocol.readLine(in));
            if (!path.isAbsolute()) {
                LaunchProtocol.writeLine(client.getOutputStream(), LaunchProtocol.ERROR + " the path is not absolute");
                return;
            }
            handOver.execute(() -> opener.accept(path));
            LaunchProtocol.writeLine(client.getOutputStream(), LaunchProtocol.OK);
        } catch (InvalidPathException e) {
            LaunchProtocol.writeLine(client.getOutputStream(), LaunchProtocol.ERROR + " not a path: " + e.getMessage());
        } catch (SocketTimeoutException e) {
            LOG.fine("a launch request said nothing in time");
        }
    }

    /** Stops listening, removes the port file and lets the lock go (a later start then opens its own window). */
    @Override
    public void close() {
        closed = true;
        closeQuietly(socket);
        try {
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            LOG.log(Level.FINE, "the port file stays; the next start finds it stale", e);
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.log(Level.FINE, "the lock goes with the channel", e);
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing", e);
        }
    }
}
