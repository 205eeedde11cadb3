package downhill.engine.slice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.function.Point;
import downhill.engine.landscape.GridSurface;
import downhill.engine.nn.Layer;
import downhill.engine.nn.MatrixView;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LossSliceTest {

    private static TrainingData data;
    private static Network network;
    private static double[] center;
    private static List<double[]> path;

    @BeforeAll
    static void train() {
        data = TrainingData.prepare(Generators.generate("moons", 300, 0.2, 5), 0.2, 5, true);
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(List.of(16, 16))
                .withEpochs(40)
                .withBatchSize(32)
                .withSeed(5)
                .withRecordParameters(true)
                .withThreads(1);
        try (Trainer trainer = new Trainer(data, plan, Contender.of(Optimizers.byName("adam")))) {
            trainer.run();
            network = new Network(trainer.network().architecture());
            center = trainer.network().parameters().clone();
            network.setParameters(center);
            HistorySnapshot history = trainer.history().snapshot();
            path = new ArrayList<>();
            path.add(trainer.initialParameters());
            for (int i = 0; i < history.epochs(); i++) {
                path.add(history.parameters(i));
            }
        }
    }

    private static LossSlice slice(PlaneDirections directions) {
        return new LossSlice(
                network.architecture(),
                center,
                directions,
                data.train().features(),
                data.train().targets(),
                0);
    }

    @Test
    void theSliceAtTheOriginIsTheNetworksLossAtThetaStar() {
        LossSlice slice = slice(PlaneDirections.filterNormalized(network.layers(), center, 1));
        double expected = network.evaluate(
                        data.train().features(),
                        data.train().targets(),
                        data.train().sampleCount())
                .loss();
        assertEquals(expected, slice.loss(0, 0), 0);
        GridSurface grid = slice.grid(5, 1.0, 2, () -> false);
        assertEquals(expected, grid.values()[2 * 5 + 2], 0);
        assertTrue(slice.loss(1, 1) > expected);
    }

    @Test
    void aRectangularGridSpansItsTwoRangesWithTheCentreAtItsMiddleNode() {
        LossSlice slice = slice(PlaneDirections.filterNormalized(network.layers(), center, 1));
        GridSurface grid = slice.grid(9, 5, 2.0, 1.0, 2, () -> false);
        assertEquals(9, grid.columns());
        assertEquals(5, grid.rows());
        assertEquals(-2.0, grid.window().xMin(), 0);
        assertEquals(1.0, grid.window().yMax(), 0);
        assertEquals(slice.loss(0, 0), grid.values()[2 * 9 + 4], 0, "θ* at the middle node");
        // Row 0 is β = +1; column 8 is α = +2; column 6 is α = +1 (nodes 0.5 apart along both axes).
        assertEquals(slice.loss(2, 1), grid.values()[8], 0);
        assertEquals(slice.loss(1, -0.5), grid.values()[3 * 9 + 6], 0);
        assertEquals(
                grid.values()[2 * 9 + 6],
                slice.grid(5, 1.0, 1, () -> false).values()[2 * 5 + 4],
                0,
                "the square grid is the rectangle's middle");
    }

    @Test
    void filterNormalisationGivesEveryFilterThetaStarsNormAndZeroBiases() {
        PlaneDirections d = PlaneDirections.filterNormalized(network.layers(), center, 9);
        for (double[] direction : new double[][] {d.first(), d.second()}) {
            for (Layer layer : network.layers()) {
                MatrixView w = layer.weights();
                for (int unit = 0; unit < w.cols(); unit++) {
                    double expected = PlaneDirections.filterNorm(center, w, unit);
                    assertEquals(expected, PlaneDirections.filterNorm(direction, w, unit), 1e-12 * (1 + expected));
                }
                for (int i = layer.bias().offset(); i < layer.bias().end(); i++) {
                    assertEquals(0, direction[i]);
                }
            }
        }
    }

    @Test
    void aPathInAPlaneIsReproducedExactlyByItsPrincipalDirections() {
        SplittableRandom random = new SplittableRandom(3);
        double[] u = new double[center.length];
        double[] v = new double[center.length];
        for (int i = 0; i < center.length; i++) {
            u[i] = random.nextGaussian();
            v[i] = random.nextGaussian();
        }
        List<double[]> planar = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            double a = Math.cos(k * 0.3) * (30 - k);
            double b = Math.sin(k * 0.2) * (30 - k) * 0.5;
            double[] theta = new double[center.length];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = center[i] + a * u[i] + b * v[i];
            }
            planar.add(theta);
        }
        PlaneProjection projection = new PlaneProjection(center, PlaneDirections.principal(center, planar));
        for (double[] theta : planar) {
            assertEquals(0, projection.residual(theta), 1e-9);
        }
        assertEquals(new Point(0, 0), projection.project(center));
    }

    @Test
    void theTrainingPathLiesCloseToItsPrincipalPlane() {
        PlaneDirections d = PlaneDirections.principal(center, path);
        assertEquals(1, norm(d.first()), 1e-12);
        assertEquals(0, dot(d.first(), d.second()), 1e-12);
        PlaneProjection projection = slice(d).projection();
        double offPlane = 0;
        double total = 0;
        for (double[] theta : path) {
            offPlane += Math.pow(projection.residual(theta), 2);
            double[] offset = theta.clone();
            for (int i = 0; i < offset.length; i++) {
                offset[i] -= center[i];
            }
            total += dot(offset, offset);
        }
        assertTrue(offPlane < 0.3 * total, offPlane + " of " + total);
        Point origin = projection.project(center);
        assertEquals(0, origin.x(), 1e-12);
        assertEquals(0, origin.y(), 1e-12);
    }

    @Test
    void directionsAndGridsRepeatFromTheSeedAndTwoWorkersGiveTheSameBits() {
        PlaneDirections a = PlaneDirections.filterNormalized(network.layers(), center, 4);
        PlaneDirections b = PlaneDirections.filterNormalized(network.layers(), center, 4);
        PlaneDirections c = PlaneDirections.filterNormalized(network.layers(), center, 5);
        assertArrayEquals(a.first(), b.first());
        assertArrayEquals(a.second(), b.second());
        assertFalse(a.first()[0] == c.first()[0]);
        double[] one = slice(a).grid(7, 0.5, 1, () -> false).values();
        double[] two = slice(b).grid(7, 0.5, 2, () -> false).values();
        assertArrayEquals(one, two);
        assertArrayEquals(
                PlaneDirections.principal(center, path).first(),
                PlaneDirections.principal(center, path).first());
    }

    @Test
    void aStaleGridStopsAndTheCoarseGridComesBeforeTheFineOne() {
        LossSlice slice = slice(PlaneDirections.filterNormalized(network.layers(), center, 1));
        AtomicInteger asked = new AtomicInteger();
        assertNull(slice.grid(9, 1, 2, () -> asked.incrementAndGet() > 10));
        List<Integer> sizes = new ArrayList<>();
        slice.coarseThenFine(1, 2, () -> false, grid -> sizes.add(grid.columns()));
        assertEquals(List.of(LossSlice.COARSE_NODES, LossSlice.FINE_NODES), sizes);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
