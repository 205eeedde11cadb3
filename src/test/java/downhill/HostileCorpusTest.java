package downhill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.cli.Cli;
import downhill.snapshot.SnapshotCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21's eight classes of hostile input, each command run in-process through the jar's own command set (the
 * CLI and {@code snapshot}) as {@code java -jar downhill.jar ARGS} would run it. Every one must be refused with exit
 * 2 and exactly one {@code error:} line that says what was wrong (the expected words), with no stack trace, no
 * exception name and no "internal error"; an output file that existed before is left byte for byte, and no
 * temporary file is left beside it.
 *
 * <p>Arguments are split on spaces; {@code $NAME} is a file made for the case (see {@link #FIXTURES}),
 * {@code $OLD.ext} an existing output holding old content, {@code $RO.ext} a read-only one, {@code $FULL.ext} a
 * link to /dev/full (a disk that is full), {@code $DIR} the
 * case's folder; {@code ''} is an empty argument.
 */
class HostileCorpusTest {

    private static final String CASES = """
            1 data loss | train --data $CSV --epochs 2 --out $CSV | is the input data; choose another file
            1 data loss | trace --function linear-regression --data $CSV --optimizer sgd --steps 2 --out $CSV | is the input data
            1 data loss | render --experiment $EXPERIMENT --out $EXPERIMENT | the file name must end in .png or .gif
            1 data loss | render --size 320x200 --out $RO.png | read-only
            1 data loss | trace --function rosenbrock --optimizer sgd --steps 3 --out $RO.csv | read-only
            1 data loss | train --data moons --epochs 1 --out $RO.csv | read-only
            1 data loss | trace --function rosenbrock --optimizer sgd --steps 3 --out $DIR | is a directory
            1 data loss | trace --function rosenbrock --optimizer sgd --steps 3 --out $DIR/no/such/x.csv | does not exist
            1 data loss | render --size 320x200 --out $DIR/no/such/x.png | does not exist
            1 data loss | render --size 320x200 --out $OLD.bmp | .png or .gif
            1 data loss | render --size 10x10 --out $OLD.png | --size must be between
            1 data loss | train --data moons --epochs 0 --out $OLD.csv | epochs must be a whole number ≥ 1
            1 data loss | trace --function rosenbrock --optimizer nope --steps 3 --out $OLD.csv | unknown optimizer 'nope'
            1 data loss | nn-landscape --data moons --grid 1 --out $OLD.csv | --grid
            1 data loss | render --frames 1 --out $OLD.gif | --frames must be a whole number from 2 to
            2 own files | render --experiment $BIGARRAY --out $OLD.png | is 6 MB; an experiment file is at most 1 MB
            2 own files | render --experiment $FIFO --out $OLD.png | not a regular file
            2 own files | render --experiment /dev/zero --out $OLD.png | not a regular file
            2 own files | render --experiment /dev/urandom --out $OLD.png | not a regular file
            2 own files | render --experiment $DIR --out $OLD.png | is a directory
            2 own files | render --experiment $DOMAIN --out $OLD.png | is outside the function's domain
            2 own files | render --experiment $OVERFLOW --out $OLD.png | must be finite
            2 own files | render --experiment $MISSING --out $OLD.png | no such file
            2 own files | render --experiment $EMPTY --out $OLD.png | empty
            3 sizes | train --data moons --samples 2147483647 --epochs 1 | --samples 2147483647 would need
            3 sizes | train --data moons --samples 1e9 | --samples: '1e9' is not a whole number
            3 sizes | train --data moons --samples 12abc | --samples: '12abc' is not a whole number
            3 sizes | train --data moons --samples 99999999999 | --samples: '99999999999' is too large
            3 sizes | train --data moons --epochs 2.5 | --epochs: '2.5' is not a whole number
            3 sizes | train --data moons --hidden 3,,4 | --hidden: an empty size in '3,,4'
            3 sizes | train --data moons --hidden 50000,50000 --epochs 1 | more than the 2,147,483,639 one array can hold
            3 sizes | train --data moons --seed 1d | --seed: '1d' is not a whole number
            3 sizes | train --data moons --batch-size 99999999999 | --batch-size must be a whole number ≥ 1 or 'all'
            3 sizes | train --data moons --threads 0x2 | --threads: '0x2' is not a whole number
            3 sizes | nn-landscape --data moons --grid 0x10 | --grid: '0x10' is not a whole number
            3 sizes | nn-landscape --data moons --grid 46341 | --grid 46341
            3 sizes | nn-landscape --data moons --grid 99999999999 | --grid: '99999999999' is too large
            3 sizes | trace --function rosenbrock --optimizer sgd --steps 2147483648 | --steps: '2147483648' is too large
            3 sizes | trace --function rosenbrock --optimizer sgd --steps 1e3 | --steps: '1e3' is not a whole number
            3 sizes | render --size 9000x9000 --out $OLD.png | --size must be between
            3 sizes | render --size 4000x4000 --out $OLD.gif | --size must be between
            3 sizes | render --frames 99999999999 --out $OLD.gif | --frames: '99999999999' is too large
            3 sizes | render --steps 99999999999 --out $OLD.png | --steps: '99999999999' is too large
            3 sizes | backprop --layers 2,1e2,1 --activation relu --loss mse --input 1,2 --label 1 | --layers: '1e2'
            3 sizes | snapshot --size 1e3x800 --out $OLD.png | --size must be WIDTHxHEIGHT
            3 sizes | snapshot --scale 99999999999 --out $OLD.png | --scale: '99999999999' is too large
            3 sizes | snapshot --tab network --epochs 2.5 --out $OLD.png | --epochs: '2.5' is not a whole number
            3 sizes | train --data $WIDE --epochs 1 | row 2 is longer than 1,000,000 characters
            4 domain | trace --function rosenbrock --optimizer adam --steps 5 --start 1e300,0 | the start (1e+300, 0.0) is outside the function's domain
            4 domain | trace --function 1/0 --optimizer adam --steps 5 | is outside the function's domain
            4 domain | trace --function 0/0 --optimizer adam --steps 5 | is outside the function's domain
            4 domain | trace --function log(x) --optimizer adam --steps 5 --start -1,0 | the start (-1.0, 0.0) is outside the function's domain
            4 domain | render --function sqrt(x) --start -1,0 --out $OLD.png | is outside the function's domain
            4 domain | render --start 1e300,0 --out $OLD.png | is outside the function's domain
            4 domain | snapshot --start 1e300,0 --out $OLD.png | is outside the function's domain
            5 messages | render --experiment $COMMENTS --out $OLD.png | comments are not allowed
            5 messages | render --experiment $NANJSON --out $OLD.png | NaN is not a number here
            5 messages | render --experiment $DIGITS --out $OLD.png | more than 1000 digits
            5 messages | render --experiment $WRONGTYPE --out $OLD.png | landscape
            5 messages | render --experiment $LOOP --out $OLD.png | too many symbolic links
            5 messages | render --bogus 1 --out $OLD.png | unknown option --bogus
            5 messages | render --sise 800x600 --out $OLD.png | did you mean '--size'?
            5 messages | trace --function x\u200B+y --optimizer sgd --steps 3 | U+200B ZERO WIDTH SPACE
            5 messages | train --data $NBSP --epochs 1 | U+00A0 NO-BREAK SPACE
            5 messages | trace --function rosenbrock --optimizer sgd --steps 3 --lr 0.1\u200B | U+200B ZERO WIDTH SPACE
            6 strictness | trace --function rosenbrock --optimizer adam --steps 5 --start 1d,2f | --start: '1d' is not a number
            6 strictness | trace --function rosenbrock --optimizer adam --steps 5 --lr 0x1p3 | '0x1p3' is not a number
            6 strictness | trace --function rosenbrock --optimizer adam --steps 5 --lr Infinity | 'Infinity' is not a number
            6 strictness | trace --function rosenbrock --optimizer adam --steps 5 --lr NaN | 'NaN' is not a number
            6 strictness | train --data moons:noise=0.1,noise=0.3 --epochs 1 | 'noise' is given twice
            6 strictness | train --data moons --schedule step:every=1e2,gamma=0.5 | every=1e2
            6 strictness | train --data moons --epochs ٣ | --epochs: '٣' is not a whole number
            7 numbers | train --data $CONSTANT --epochs 1 | column 'x2' is constant (every value is 3.5): it cannot be standardised
            7 numbers | train --data $IDS --label id --epochs 1 | column 'id' looks like an identifier
            7 numbers | train --data $NANCELL --epochs 1 | row 3, column 'x2': 'NaN' is not a finite number
            7 numbers | train --data $BLANK --epochs 1 | row 3, column 'x1': empty value
            7 numbers | train --data $HUGE --epochs 1 | row 2, column 'x1': '1e400' is too large
            7 numbers | trace --function linear-regression --data $CONSTANT --optimizer sgd --steps 2 | column 'x2' is constant
            7 numbers | nn-landscape --data $CONSTANT --grid 5 | column 'x2' is constant
            1 data loss | trace --function rosenbrock --optimizer sgd --steps 3 --out '' | --out needs a file name, got an empty one
            1 data loss | train --data moons --epochs 1 --out '' | --out needs a file name, got an empty one
            1 data loss | nn-landscape --data moons --grid 3 --range 1e308 --out $OLD.csv | --range must be a number > 0 and at most 1000000.0, got 1e+308
            3 sizes | train --data spiral:arms=99999999999 --epochs 1 | spiral: arms must be a whole number up to 2147483647, got 99999999999.0
            3 sizes | train --data moons --schedule step:every=99999999999,gamma=0.5 | '99999999999' is too large
            5 messages | render --size 320x200 --out $FULL.png | the disk is full
            5 messages | render --size 320x200 --frames 2 --out $FULL.gif | the disk is full
            5 messages | trace --function rosenbrock --optimizer sgd --steps 3 --out $FULL.csv | the disk is full
            5 messages | train --data moons --epochs 1 --out $FULL.csv | the disk is full
            7 numbers | snapshot --tab network --data $CONSTANT --out $OLD.png | column 'x2' is constant
            8 hangs | snapshot --tab network --data $FIFO --out $OLD.png | is neither
            3 sizes | backprop --layers 2,99999,99999,1 --activation relu --loss mse --input 1,2 --label 1 | --layers 2,99999,99999,1 needs 10,000,299,997 weights, more than
            3 sizes | backprop --layers 2,20000,20000,1 --activation relu --loss mse --input 1,2 --label 1 | --layers 2,20000,20000,1 would need
            3 sizes | backprop --layers 2,2,1 --activation relu --loss mse --input 1,2 --label 1 --weights /dev/zero | not a regular file
            3 sizes | backprop --layers 2,2,1 --activation relu --loss mse --input 1,2 --label 1 --weights $BIGARRAY | is 6 MB; a weights file is at most 4 MB
            8 hangs | backprop --layers 2,2,1 --activation relu --loss mse --input 1,2 --label 1 --weights $FIFO | not a regular file
            5 messages | trian --data moons | unknown command 'trian' — did you mean 'train'?
            5 messages | train --data moons extra | unexpected argument 'extra': this command takes options only
            5 messages | render --out $OLD.png extra | unexpected argument 'extra'
            5 messages | snapshot --out $OLD.png extra | unexpected argument 'extra'
            5 messages | functions extra | unexpected argument 'extra'
            8 hangs | train --data $FIFO --epochs 1 | not a regular file
            8 hangs | trace --function linear-regression --data $FIFO --optimizer sgd --steps 2 | not a regular file
            8 hangs | train --data /dev/zero --epochs 1 | not a regular file
            8 hangs | render --frames 100000 --out $OLD.gif | --frames must be a whole number from 2 to
            1 data loss | train --data $CSV --test-data $IDS --epochs 1 --predictions $IDS | --predictions
            1 data loss | train --data $CSV --epochs 1 --save-weights $CSV | is the input data; choose another file
            1 data loss | train --data $CSV --epochs 1 --out $OLD.csv --predictions $OLD.csv | --out and --predictions name the same file
            1 data loss | train --data moons --test-data $CSV --epochs 1 --out $OLD.csv | --test-data needs --data to be a CSV file too
            1 data loss | train --data $CSV --test-data $CSV --test-fraction 0.3 --out $OLD.csv | --test-fraction and --test-data exclude each other
            1 data loss | train --data $CSV --init xavier --epochs 1 --save-weights $OLD.json | --init: unknown initialisation 'xavier'
            1 data loss | nn-landscape --data $CSV --init normal:sigma=-1 --grid 3 --out $OLD.csv | --init: normal initialisation: sigma must be a finite number > 0
            7 numbers | train --data $CSV --test-data $NANCELL --epochs 1 | nan.csv, row 3, column 'x2': 'NaN' is not a finite number
            7 numbers | train --data $CSV --test-data $BLANK --epochs 1 | blank.csv, row 3, column 'x1': empty value
            7 numbers | nn-landscape --data $CSV --test-data $HUGE --grid 3 | row 2, column 'x1': '1e400' is too large
            7 numbers | train --data $CSV --test-data $IDS --epochs 1 | the label id; the training data have x1, x2 and the label label
            7 numbers | train --data $CSV --label x2 --test-data $CONSTANT --epochs 1 | constant.csv, row 2, column 'x2': '3.5' is not a class of the training data (classes: 0, 1, 2, 3, 4, 5, 6)
            8 hangs | train --data $CSV --test-data $FIFO --epochs 1 | not a regular file
            8 hangs | train --data $CSV --epochs 0 --load-weights $FIFO | not a regular file
            3 sizes | train --data $CSV --epochs 0 --load-weights $BIGARRAY | is 6 MB; a weights file is at most 4 MB
            5 messages | train --data $CSV --epochs 0 --load-weights $EMPTY | --load-weights
            6 strictness | train --data moons --epochs 1 --dropout 0x1p-2 | --dropout: '0x1p-2' is not a number
            6 strictness | train --data moons --epochs 1 --dropout NaN | --dropout: 'NaN' is not a number
            6 strictness | train --data moons --epochs 1 --early-stopping patience=1e1 | patience: '1e1' is not a whole number
            3 sizes | train --data moons --epochs 1 --early-stopping patience=99999999999 | '99999999999' is too large
            5 messages | train --data moons --epochs 1 --early-stopping patience=5,min-delta=0.1\u200B | U+200B ZERO WIDTH SPACE
            """;

    private static final byte[] OLD = "old content, kept\n".getBytes(StandardCharsets.UTF_8);
    private static final Pattern FIXTURE = Pattern.compile("\\$([A-Z]+)(\\.[a-z]+)?");

    /** The files a case may name, each made in the case's own folder. */
    private static final Map<String, Function<Path, String>> FIXTURES = Map.ofEntries(
            Map.entry("CSV", dir -> csv(dir, "d.csv", "x1,x2,label", i -> i + "," + (i % 7) + "," + (i % 2))),
            Map.entry("CONSTANT", dir -> csv(dir, "constant.csv", "x1,x2,label", i -> i + ",3.5," + (i % 2))),
            Map.entry("IDS", dir -> csv(dir, "ids.csv", "x1,x2,id", i -> i + "," + (i % 7) + "," + i)),
            Map.entry("NANCELL", dir -> text(dir, "nan.csv", "x1,x2,label\n1,2,0\n3,NaN,1\n")),
            Map.entry("BLANK", dir -> text(dir, "blank.csv", "x1,x2,label\n1,2,0\n,4,1\n")),
            Map.entry("HUGE", dir -> text(dir, "huge.csv", "x1,x2,label\n1e400,2,0\n3,4,1\n")),
            Map.entry("NBSP", dir -> text(dir, "nbsp.csv", "x1,x2,label\n1,2,0\n3\u00A0,4,1\n")),
            Map.entry("WIDE", dir -> text(dir, "wide.csv", "x,label\n" + "1".repeat(1_200_000) + ",0\n")),
            Map.entry("EXPERIMENT", dir -> text(dir, "e.json", "{\"schemaVersion\": 1}")),
            Map.entry("BIGARRAY", dir -> text(dir, "big.json", "[" + "0,".repeat(3_000_000) + "0]")),
            Map.entry(
                    "DOMAIN",
                    dir -> text(
                            dir,
                            "domain.json",
                            "{\"schemaVersion\": 1, \"landscape\": "
                                    + "{\"function\": \"log(x)\", \"start\": {\"x\": -1, \"y\": 0}}}")),
            Map.entry(
                    "OVERFLOW",
                    dir -> text(
                            dir,
                            "overflow.json",
                            "{\"schemaVersion\": 1, \"landscape\": "
                                    + "{\"function\": \"rosenbrock\", \"window\": {\"xMin\": -1e308, \"xMax\": 1e308, \"yMin\": 0, "
                                    + "\"yMax\": 1}}}")),
            Map.entry("COMMENTS", dir -> text(dir, "comments.json", "// mine\n{\"schemaVersion\": 1}")),
            Map.entry(
                    "NANJSON",
                    dir -> text(
                            dir,
                            "nan.json",
                            "{\"schemaVersion\": 1, \"landscape\": " + "{\"start\": {\"x\": NaN, \"y\": 0}}}")),
            Map.entry("DIGITS", dir -> text(dir, "digits.json", "{\"schemaVersion\": " + "9".repeat(2000) + "}")),
            Map.entry("WRONGTYPE", dir -> text(dir, "type.json", "{\"schemaVersion\": 1, \"landscape\": [1, 2]}")),
            Map.entry("EMPTY", dir -> text(dir, "empty.json", "")),
            Map.entry("BOM", dir -> text(dir, "bom.json", "\uFEFF{\"schemaVersion\": 1}")),
            Map.entry("MISSING", dir -> dir.resolve("missing.json").toString()),
            Map.entry("FIFO", HostileCorpusTest::fifo),
            Map.entry("LOOP", HostileCorpusTest::loop));

    /** What must be accepted (class 6): a Notepad BOM before an experiment, a long flat sum, a point with spaces. */
    private static final String ACCEPTED = """
            render --experiment $BOM --size 320x200 --out $DIR/bom.png
            trace --function x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x --optimizer sgd --steps 2
            trace --function rosenbrock --optimizer sgd --steps 2 --start +1.5,-2e0 --seed 007
            train --data moons --samples 40 --epochs 1 --hidden 3,4 --batch-size 1000 --out $DIR/m.csv
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return CASES.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] parts = line.split(" \\| ");
            return Arguments.of(parts[0].strip(), parts[1].strip(), parts[2].strip());
        });
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void refusedInOneLineAndNothingLost(String kind, String command, String expected) throws IOException {
        List<Path> olds = new ArrayList<>();
        String[] args = command.split(" ");
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].equals("''") ? "" : expand(args[i], olds);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new SnapshotCommand());

        String said = err.toString();
        assertEquals(2, code, said);
        List<String> lines = said.lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("error:")).count(), said);
        assertTrue(lines.get(0).startsWith("error: "), said);
        assertTrue(lines.get(0).contains(expected), said);
        assertFalse(
                said.contains("internal error")
                        || said.contains("Exception")
                        || said.contains("\tat ")
                        || said.contains("Error:"),
                said);
        for (Path old : olds) {
            assertArrayEquals(OLD, Files.readAllBytes(old), old + " is kept byte for byte");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    left.filter(p -> p.getFileName().toString().endsWith(".part"))
                            .toList(),
                    "no temporary file is left");
        }
    }

    static Stream<String> accepted() {
        return ACCEPTED.lines().filter(line -> !line.isBlank()).map(String::strip);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void acceptedAsWritten(String command) throws IOException {
        String[] args = command.split(" ");
        for (int i = 0; i < args.length; i++) {
            args[i] = expand(args[i], new ArrayList<>());
        }
        StringWriter err = new StringWriter();
        int code = Cli.run(
                args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), new SnapshotCommand());
        assertEquals(0, code, err.toString());
    }

    /** {@code $OLD.png} → an existing file with old content; {@code $RO.png} → the same, read-only. */
    private String expand(String arg, List<Path> olds) throws IOException {
        Matcher m = FIXTURE.matcher(arg);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String extension = m.group(2) == null ? "" : m.group(2);
            String path;
            if (name.equals("OLD") || name.equals("RO")) {
                Path old = Files.write(dir.resolve(name.toLowerCase() + extension), OLD);
                if (name.equals("RO")) {
                    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("r--r--r--"));
                }
                olds.add(old);
                path = old.toString();
            } else if (name.equals("FULL")) {
                path = link(dir, "full" + extension, Path.of("/dev/full")); // a device that is always full
            } else if (name.equals("DIR")) {
                path = dir + extension;
            } else {
                path = FIXTURES.get(name).apply(dir) + extension;
            }
            m.appendReplacement(expanded, Matcher.quoteReplacement(path));
        }
        m.appendTail(expanded);
        return expanded.toString();
    }

    private static String csv(Path dir, String name, String header, IntFunction<String> row) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int i = 0; i < 40; i++) {
            text.append(row.apply(i)).append('\n');
        }
        return text(dir, name, text.toString());
    }

    private static String text(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fifo(Path dir) {
        Path fifo = dir.resolve("pipe");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assertEquals(0, mkfifo.waitFor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return fifo.toString();
    }

    private static String link(Path dir, String name, Path target) {
        try {
            return Files.createSymbolicLink(dir.resolve(name), target).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loop(Path dir) {
        try {
            Path a = dir.resolve("loop-a.json");
            Path b = dir.resolve("loop-b.json");
            Files.createSymbolicLink(a, b);
            Files.createSymbolicLink(b, a);
            return a.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
