package downhill;

import downhill.app.DownhillApplication;
import downhill.app.UserFolder;
import downhill.app.launch.LaunchClient;
import downhill.cli.Cli;
import downhill.snapshot.SnapshotCommand;
import java.nio.file.Path;

/**
 * The jar's entry point. Without arguments it opens the window; with a command word or an option it runs that
 * command headless; with a file it opens the window on that file, or hands the file to the window already open
 * (see {@link LaunchRequest}). A plain class on purpose: a main class that extends {@code Application} makes the
 * launcher demand JavaFX modules and fail on a class-path jar.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            // The usual start loads no command class: the window's first frame comes sooner.
            DownhillApplication.open(args);
            return;
        }
        SnapshotCommand snapshot = new SnapshotCommand();
        LaunchRequest request = LaunchRequest.parse(
                args, Cli.commandNames(snapshot), Path.of("").toAbsolutePath());
        switch (request.mode()) {
            case CLI -> System.exit(Cli.run(args, snapshot));
            case MISTAKE -> {
                System.err.println("error: " + request.problem());
                System.exit(Cli.USAGE_ERROR);
            }
            case WINDOW -> {
                // A second start with a file gives it to the running window and ends; without one it opens its own.
                if (request.opensFile() && LaunchClient.handOver(UserFolder.path(), request.file())) {
                    System.exit(0);
                }
                DownhillApplication.open(
                        request.opensFile() ? new String[] {request.file().toString()} : new String[0]);
            }
        }
    }
}
