package downhill.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.testing.Poll;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One window per user folder: a later start hands its file over, a killed window's traces do not get in the way. */
class LaunchServerTest {

    @TempDir
    Path folder;

    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final List<LaunchServer> servers = new CopyOnWriteArrayList<>();
    private Process other;

    @AfterEach
    void stop() {
        servers.forEach(LaunchServer::close);
        if (other != null) {
            other.destroyForcibly();
        }
    }

    private Optional<LaunchServer> start() {
        Optional<LaunchServer> server = LaunchServer.start(folder, opened::add, Runnable::run);
        server.ifPresent(servers::add);
        return server;
    }

    @Test
    void aSecondStartHandsItsFileToTheFirstWhichOpensIt() throws Exception {
        LaunchServer first = start().orElseThrow();
        assertEquals(
                first.port() + "",
                Files.readString(folder.resolve(LaunchProtocol.PORT_FILE))
                        .lines()
                        .findFirst()
                        .orElseThrow());
        Path lesson = folder.resolve("lessons").resolve("lesson.json");
        assertTrue(LaunchClient.handOver(folder, lesson));
        assertEquals(List.of(lesson), opened);
        Path data = folder.resolve("données été.csv");
        assertTrue(LaunchClient.handOver(folder, data), "a path beyond ASCII travels whole");
        assertEquals(List.of(lesson, data), opened);
    }

    @Test
    void withNoWindowRunningTheStartOpensItsOwn() {
        assertFalse(LaunchClient.handOver(folder, folder.resolve("lesson.json")));
        assertTrue(opened.isEmpty());
    }

    @Test
    void aSecondServerIsRefusedByTheLockAndTheFolderIsFreeAgainAfterClose() throws Exception {
        LaunchServer first = start().orElseThrow();
        assertTrue(start().isEmpty(), "the lock is taken");
        first.close();
        assertFalse(Files.exists(folder.resolve(LaunchProtocol.PORT_FILE)), "the port file goes with the window");
        assertFalse(LaunchClient.handOver(folder, folder.resolve("a.json")));
        start().orElseThrow();
        assertTrue(LaunchClient.handOver(folder, folder.resolve("a.json")));
    }

    @Test
    void aStalePortFileWithNobodyHoldingTheLockIsIgnoredAndWrittenOver() throws Exception {
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(folder.resolve(LaunchProtocol.LOCK_FILE), "");
        Files.writeString(folder.resolve(LaunchProtocol.PORT_FILE), deadPort + "\n0123abcd\n");
        assertFalse(LaunchClient.handOver(folder, folder.resolve("a.json")));
        LaunchServer server = start().orElseThrow();
        assertEquals(
                server.port() + "",
                Files.readString(folder.resolve(LaunchProtocol.PORT_FILE))
                        .lines()
                        .findFirst()
                        .orElseThrow());
        assertTrue(LaunchClient.handOver(folder, folder.resolve("a.json")));
        assertEquals(List.of(folder.resolve("a.json")), opened);
    }

    @Test
    void aBrokenPortFileIsNoWindow() throws Exception {
        start().orElseThrow();
        Files.writeString(folder.resolve(LaunchProtocol.PORT_FILE), "not a port\n");
        assertFalse(LaunchClient.handOver(folder, folder.resolve("a.json")));
        assertTrue(opened.isEmpty());
    }

    @Test
    void aStrangerWithoutTheTokenOrWithARelativePathIsRefused() throws Exception {
        LaunchServer server = start().orElseThrow();
        assertTrue(say(server.port(), LaunchProtocol.GREETING + " 0000", "/tmp/a.json")
                .startsWith("error"));
        String token = Files.readString(folder.resolve(LaunchProtocol.PORT_FILE))
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow();
        assertTrue(say(server.port(), LaunchProtocol.GREETING + " " + token, "a.json")
                .startsWith("error"));
        assertTrue(opened.isEmpty());
        assertEquals("ok", say(server.port(), LaunchProtocol.GREETING + " " + token, "/tmp/a.json"));
        assertEquals(List.of(Path.of("/tmp/a.json")), opened);
    }

    /** Two real processes: the window's server in another JVM takes the file; killed, it leaves a stale port file. */
    @Test
    void aWindowInAnotherProcessTakesTheFileAndOnceKilledNoLonger() throws Exception {
        other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OtherProcess.class.getName(),
                        folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> said = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(said::add);
            } catch (IOException e) {
                said.add("failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        Poll.until(() -> !said.isEmpty(), "the other process starts its server");
        assertTrue(said.get(0).startsWith("listening "), said.toString());
        assertTrue(start().isEmpty(), "the other process holds the lock");

        Path lesson = folder.resolve("lesson.json");
        assertTrue(LaunchClient.handOver(folder, lesson));
        Poll.until(() -> said.contains("opened " + lesson), "the other process opens the file");

        other.destroyForcibly().waitFor();
        assertTrue(Files.exists(folder.resolve(LaunchProtocol.PORT_FILE)), "a killed window leaves its port file");
        assertFalse(LaunchClient.handOver(folder, lesson), "nobody answers: this start opens its own window");
        start().orElseThrow();
        assertTrue(LaunchClient.handOver(folder, lesson));
        assertEquals(List.of(lesson), opened);
    }

    /** The program itself started again with a relative file name: it hands the file over and ends with 0. */
    @Test
    void theProgramStartedAgainWithAFileHandsItOverAndEnds() throws Exception {
        start().orElseThrow();
        Files.writeString(folder.resolve("lesson.json"), "{}");
        other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Ddownhill.home=" + folder,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "downhill.Main",
                        "lesson.json")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Poll.until(() -> !other.isAlive(), "the second start ends");
        assertEquals(0, other.exitValue());
        assertEquals(
                List.of(folder.resolve("lesson.json").toRealPath()),
                opened.stream().map(LaunchServerTest::real).toList());
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static String say(int port, String... lines) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            for (String line : lines) {
                LaunchProtocol.writeLine(socket.getOutputStream(), line);
            }
            return LaunchProtocol.readLine(socket.getInputStream());
        }
    }
}
