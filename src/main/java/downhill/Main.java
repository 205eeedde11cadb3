package downhill;

import downhill.app.DownhillApplication;
import downhill.cli.Cli;
import downhill.snapshot.SnapshotCommand;

/**
 * The jar's entry point. Without arguments it opens the window; with a command word it runs that command
 * headless. A plain class on purpose: a main class that extends {@code Application} makes the launcher demand
 * JavaFX modules and fail on a class-path jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DownhillApplication.open(args);
        } else {
            System.exit(Cli.run(args, new SnapshotCommand()));
        }
    }
}
