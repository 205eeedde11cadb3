package downhill.bench;

import downhill.app.AppContext;
import downhill.app.DownhillApplication;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.landscape.LandscapeViewModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The landscape tab left looping on a projector: the real window (run it under a display, e.g. xvfb-run), Rosenbrock
 * with its four opening optimizers, 2,000 steps at 500 steps a second, looping, and every ten seconds a student
 * nudging Adam's learning rate, which recomputes the race. Prints the process's resident memory (VmRSS) and the
 * heap in use after a GC once a minute, and the peak at the end.
 *
 * <pre>mvn -B -o package -DskipTests &amp;&amp; mvn -B -o test-compile &amp;&amp;
 * xvfb-run -a java -cp target/downhill.jar:target/test-classes downhill.bench.LoopingAnimationBenchmark 60</pre>
 * (the argument is minutes; run with the JVM's default heap, as {@code java -jar} does).
 */
public final class LoopingAnimationBenchmark {

    private LoopingAnimationBenchmark() {}

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        CompletableFuture<LandscapeViewModel> started = new CompletableFuture<>();
        Platform.startup(() -> {
            AppContext context = new AppContext(
                    BackgroundExecutors.daemonPool("engine", 2), BackgroundExecutors.daemonThreads("training"));
            DownhillApplication.show(new Stage(), context, 1600, 1000);
            LandscapeViewModel vm = context.landscape();
            vm.stepLimitProperty().set(2000);
            vm.speedProperty().set(500);
            vm.loopProperty().set(true);
            vm.togglePlay();
            started.complete(vm);
        });
        LandscapeViewModel vm = started.get(60, TimeUnit.SECONDS);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long end = System.nanoTime() + (long) (minutes * 60e9);
        long peakRss = 0;
        int tick = 0;
        System.out.printf("minute  rss_MB  heap_after_gc_MB  step%n");
        while (System.nanoTime() < end) {
            Thread.sleep(10_000);
            tick++;
            double rate = tick % 2 == 0 ? 0.05 : 0.04;
            Platform.runLater(
                    () -> vm.optimizers().get("adam").learningRateProperty().set(rate));
            long rss = residentKilobytes();
            peakRss = Math.max(peakRss, rss);
            if (tick % 6 == 0) {
                System.gc();
                System.out.printf(
                        "%6.1f  %6.1f  %16.1f  %d%n",
                        tick / 6.0,
                        rss / 1024.0,
                        memory.getHeapMemoryUsage().getUsed() / 1048576.0,
                        vm.currentStepProperty().get());
            }
        }
        System.out.printf(
                "peak_rss_MB=%.1f max_heap_MB=%.0f cpus=%d%n",
                peakRss / 1024.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors());
        Platform.exit();
        System.exit(0);
    }

    private static long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
