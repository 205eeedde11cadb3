package downhill.app.launch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A running window's launch server in a process of its own, for {@link LaunchServerTest}: starts on the folder it is
 * given, prints {@code listening PORT} (or {@code refused}), then {@code opened PATH} for each path it receives, and
 * runs until killed.
 */
public final class OtherProcess {

    private OtherProcess() {}

    public static void main(String[] args) throws InterruptedException {
        Optional<LaunchServer> server = LaunchServer.start(
                Path.of(args[0]),
                path -> {
                    System.out.println("opened " + path);
                    System.out.flush();
                },
                Runnable::run);
        System.out.println(server.map(s -> "listening " + s.port()).orElse("refused"));
        System.out.flush();
        if (server.isPresent()) {
            Thread.currentThread().join();
        }
    }
}
