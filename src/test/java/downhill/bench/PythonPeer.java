package downhill.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a Python peer script of a benchmark, echoes what it prints and collects its {@code name=value} lines. */
final class PythonPeer {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    private PythonPeer() {}

    /** The peer's {@code name=value} lines; empty, after saying why, when it cannot run or times out. */
    static Map<String, String> run(Path script, String... args) throws InterruptedException {
        Map<String, String> figures = new LinkedHashMap<>();
        if (!Files.isExecutable(PYTHON)) {
            System.out.println("peers: " + PYTHON + " is missing; peers not measured");
            return figures;
        }
        System.out.println("Peers: " + PYTHON + " " + script);
        String[] command = new String[args.length + 2];
        command[0] = PYTHON.toString();
        command[1] = script.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println("  " + line);
                    int eq = line.indexOf('=');
                    if (eq > 0 && !line.contains(" ")) {
                        figures.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                System.out.println("  (timed out)");
            }
        } catch (IOException e) {
            System.out.println("peers: cannot run " + PYTHON + ": " + e.getMessage());
        }
        return figures;
    }
}
