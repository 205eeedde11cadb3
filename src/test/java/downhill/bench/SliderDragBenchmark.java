package downhill.bench;

import downhill.app.AppContext;
import downhill.app.DownhillApplication;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.function.Functions;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * What one frame of a learning-rate drag costs: all 13 optimizers recompute 1000 steps from the start, and the
 * overlay and loss chart redraw, then the scene is rendered (a snapshot forces the rasterisation a pulse does).
 * Runs the real window headless (Monocle, software rendering), which is slower than a desktop's GPU pipeline.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=downhill.bench.SliderDragBenchmark</pre>
 */
public final class SliderDragBenchmark {

    private SliderDragBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "2560x1600-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                done.complete(run());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        System.out.println(done.get(10, TimeUnit.MINUTES));
        Platform.exit();
    }

    private static String run() {
        AppContext context = new AppContext(BackgroundExecutors.sameThread());
        LandscapeViewModel vm = context.landscape();
        vm.choose(Functions.resolve("rosenbrock"));
        vm.stepLimitProperty().set(1000);
        for (OptimizerSettings s : vm.optimizers().all()) {
            s.setEnabled(true);
        }
        Stage stage = new Stage();
        Scene scene = DownhillApplication.show(stage, context, 1600, 1000);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        vm.currentStepProperty().set(1000);
        OptimizerSettings adam = vm.optimizers().get("adam");
        var controller = context.landscapeController();
        int warmup = 200;
        int runs = 400;
        double[] recompute = new double[runs];
        double[] draw = new double[runs];
        double[] render = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            double lr = 0.01 + 0.0001 * ((i + warmup) % 500);
            long t0 = System.nanoTime();
            adam.learningRateProperty().set(lr);
            vm.onFrame(0);
            long t1 = System.nanoTime();
            controller.redraw();
            long t2 = System.nanoTime();
            scene.snapshot(null);
            long t3 = System.nanoTime();
            if (i >= 0) {
                recompute[i] = (t1 - t0) / 1e6;
                draw[i] = (t2 - t1) / 1e6;
                render[i] = (t3 - t2) / 1e6;
            }
        }
        stage.close();
        return String.format(
                "slider drag, 13 optimizers x 1000 steps on rosenbrock, window 1600x1000 (%d frames)%n"
                        + "  recompute all paths : median %6.2f ms   p95 %6.2f ms%n"
                        + "  redraw (draw calls) : median %6.2f ms   p95 %6.2f ms%n"
                        + "  render (snapshot)   : median %6.2f ms   p95 %6.2f ms   (software pipeline, whole window)%n"
                        + "  recompute + redraw  : median %6.2f ms   budget of one 60 Hz frame: 16.7 ms",
                runs,
                median(recompute),
                p95(recompute),
                median(draw),
                p95(draw),
                median(render),
                p95(render),
                median(sum(recompute, draw)));
    }

    private static double[] sum(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.95)];
    }
}
