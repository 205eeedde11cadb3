package downhill.app.backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.i18n.Messages;
import downhill.engine.data.Dataset;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Backprop;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.LayerPass;
import downhill.engine.nn.Loss;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Constant;
import downhill.engine.train.Checkpoint;
import downhill.engine.train.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram's and the stepper's logic, without a window: every number is Backprop.trace's. */
class DiagramViewModelTest {

    /** The worked example of docs/backprop.md: 2-2-1 sigmoid, BCE, x = (0.5, −1.2), y = 1. */
    static final Architecture SMALL = new Architecture(2, List.of(2), Activation.SIGMOID, 1, Loss.BINARY_CROSS_ENTROPY);

    static final Contender SGD = Contender.of(Optimizers.byName("sgd"));
    static final TrainingData DATA = data();

    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    static double[] smallParameters() {
        try (Network network = new Network(SMALL)) {
            network.setLayer(0, new double[][] {{0.5, -0.3}, {0.8, 0.2}}, new double[] {0.1, -0.1});
            network.setLayer(1, new double[][] {{1.0, -1.5}}, new double[] {0.2});
            return network.parameters().clone();
        }
    }

    static TrainingData data() {
        Dataset train = new Dataset(
                "hand",
                List.of("x1", "x2"),
                "y",
                List.of("0", "1"),
                new double[] {0.5, -1.2, -1, 1, 2, 0.3, 0, 0},
                new double[] {1, 0, 1, 0});
        return TrainingData.of(train, train, false);
    }

    static DiagramViewModel following(double[] parameters, int batchSize) {
        return following(Checkpoint.untrained(parameters, SGD), SGD, batchSize);
    }

    static DiagramViewModel following(Checkpoint checkpoint, Contender contender, int batchSize) {
        DiagramViewModel vm = new DiagramViewModel(
                BackgroundExecutors.sameThread(),
                () -> new DiagramViewModel.Live(
                        SMALL,
                        data(),
                        new Window(-2, 2, -2, 2),
                        0,
                        batchSize,
                        List.of(new DiagramViewModel.Copy(contender.type().name(), checkpoint, contender))));
        vm.shownProperty().set(true);
        vm.onFrame(1);
        vm.onFrame(0);
        return vm;
    }

    @Test
    void thePassIsBackpropTraceOfACopyOfTheChosenRunsWeights() {
        double[] parameters = smallParameters();
        DiagramViewModel vm = following(parameters, 2);
        BackpropPass shown = vm.resultProperty().get().pass();
        BackpropPass expected;
        try (Network network = new Network(SMALL)) {
            network.setParameters(parameters);
            expected = Backprop.trace(network, new double[][] {{0.5, -1.2}}, new double[] {1});
        }
        assertEquals(expected.loss(), shown.loss());
        assertEquals(0.6453909933697758, shown.loss());
        for (int l = 0; l < 2; l++) {
            LayerPass a = expected.layers().get(l);
            LayerPass b = shown.layers().get(l);
            assertArrayEquals(a.z()[0], b.z()[0]);
            assertArrayEquals(a.a()[0], b.a()[0]);
            assertArrayEquals(a.delta()[0], b.delta()[0]);
            for (int j = 0; j < a.outputs(); j++) {
                assertArrayEquals(a.weightGradient()[j], b.weightGradient()[j]);
            }
        }
        assertArrayEquals(smallParameters(), parameters, "the run's weights are never touched");
        assertEquals("Sample 1 of 4", vm.sampleText());
    }

    @Test
    void theStagesWalkForwardThroughTheLossAndBackWithTheirNumbers() {
        DiagramViewModel vm = following(smallParameters(), 2);
        assertEquals(7, vm.stageCount(), "input, 2 forward, loss, output δ, 1 hidden δ, the update");
        assertTrue(vm.currentStage().lines().contains("a⁰₁ = x₁ = 0.5"));
        vm.stepForward();
        Stages.Stage forward = vm.currentStage();
        assertEquals(Stages.Kind.FORWARD, forward.kind());
        assertTrue(forward.lines().contains("z¹₁ = 0.5·0.5 + (−0.3)·(−1.2) + 0.1 = 0.71"), forward.lines()::toString);
        assertTrue(forward.lines().contains("a¹₁ = sigmoid(0.71) = 0.6704"), forward.lines()::toString);
        vm.stepForward();
        vm.stepForward();
        Stages.Stage loss = vm.currentStage();
        assertEquals(Stages.Kind.LOSS, loss.kind());
        assertTrue(loss.lines().contains("ŷ = σ(z) = σ(0.09791) = 0.5245"), loss.lines()::toString);
        assertTrue(loss.lines().contains("L = 0.6454"), loss.lines()::toString);
        vm.stepForward();
        Stages.Stage output = vm.currentStage();
        assertEquals(Stages.Kind.OUTPUT_DELTA, output.kind());
        assertTrue(output.lines().contains("δ²₁ = (ŷ₁ − y₁) = (0.5245 − 1) = −0.4755"), output.lines()::toString);
        assertTrue(output.lines().get(1).startsWith("Why ŷ − y"));
        assertTrue(output.lines().contains("∂L/∂W²₁₁ = (−0.4755)·0.6704 = −0.3188"), output.lines()::toString);
        vm.stepForward();
        Stages.Stage hidden = vm.currentStage();
        assertEquals(Stages.Kind.BACKWARD, hidden.kind());
        assertEquals(0, hidden.layer());
        assertTrue(
                hidden.lines().contains("δ¹₁ = (Σₖ W²ₖ₁·δ²ₖ)·σ′(z¹₁) = (−0.4755)·0.221 = −0.1051"),
                hidden.lines()::toString);
        vm.stepForward();
        assertEquals(Stages.Kind.UPDATE, vm.currentStage().kind());
        vm.stepForward();
        assertEquals(6, vm.stageProperty().get(), "the last stage stays");
        vm.toStart();
        vm.stepBack();
        assertEquals(0, vm.stageProperty().get());
    }

    @Test
    void theOutputDeltaOfMseSaysNothingCancels() {
        Architecture mse = new Architecture(2, List.of(2), Activation.TANH, 1, Loss.MEAN_SQUARED_ERROR);
        try (Network network = new Network(mse)) {
            network.initialize(3);
            BackpropPass pass = Backprop.trace(network, new double[][] {{0.5, -1.2}}, new double[] {1});
            Stages.Stage delta = new Stages(pass, new double[] {1}).stage(4);
            assertEquals(Stages.Kind.OUTPUT_DELTA, delta.kind());
            assertTrue(delta.lines().get(0).startsWith("δ²₁ = 2(z₁ − t₁)/k = "), delta.lines()::toString);
            assertTrue(delta.lines().get(1).startsWith("Not ŷ − y: nothing cancels"));
        }
    }

    @Test
    void theChainRulesProductIsTheGradient() {
        DiagramViewModel vm = following(smallParameters(), 2);
        BackpropPass pass = vm.resultProperty().get().pass();
        for (int l = 0; l < 2; l++) {
            LayerPass layer = pass.layers().get(l);
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    ChainRule rule = ChainRule.of(pass, l, j, i);
                    assertEquals(l == 0 ? 3 : 2, rule.factors().size());
                    assertEquals(
                            layer.weightGradient()[j][i],
                            rule.product(),
                            1e-15 * Math.abs(layer.weightGradient()[j][i]));
                }
            }
        }
        vm.edges().selectedProperty().set(new DiagramViewModel.Edge(0, 1, 0));
        List<String> lines = vm.chainRuleLines();
        assertEquals("∂L/∂W¹₂₁ = ∂L/∂a¹₂ · σ′(z¹₂) · a⁰₁", lines.get(0));
        assertEquals("= 0.7133 · 0.2498 · 0.5 = 0.08908", lines.get(1));
        assertEquals("the pass's ∂L/∂W = 0.08908", lines.get(2));
    }

    @Test
    void anEdgeSaysItsWeightGradientAndTheOptimizersUpdate() {
        DiagramViewModel vm = following(smallParameters(), 2);
        vm.edges().hoveredProperty().set(new DiagramViewModel.Edge(1, 0, 0));
        List<String> lines = vm.edgeLines();
        assertEquals("W²₁₁ = 1,  ∂L/∂W²₁₁ = −0.3188", lines.get(0));
        double lr = SGD.newOptimizer().learningRate();
        assertEquals(
                "the next SGD step: Δw = " + Stages.n(lr * 0.31880428199922956),
                lines.get(1),
                "untrained: plain SGD's first step is −η·g");
    }

    /**
     * The last stage is the step training makes next: the run's optimizer restored from its checkpoint, stepping
     * with the pass's gradient. Momentum after three steps has a velocity, so a first step would give other numbers.
     */
    @Test
    void theUpdateStageIsTheRunsNextStepFromWhereTrainingLeftItsOptimizer() {
        Contender momentum =
                new Contender(Optimizers.byName("momentum"), Hyperparameters.of("lr", 0.1), new Constant());
        Optimizer trained = momentum.newOptimizer();
        double[] theta = smallParameters();
        double[] g = {0.1, -0.2, 0.3, 0.05, -0.1, 0.2, 0.4, -0.3, 0.1};
        for (int k = 0; k < 3; k++) {
            trained.step(theta, g, 0.1);
        }
        DiagramViewModel vm = following(new Checkpoint(3, theta, trained.snapshot(), 0.1), momentum, 2);
        vm.toEnd();
        Stages.Stage update = vm.currentStage();
        assertEquals(Stages.Kind.UPDATE, update.kind());
        assertEquals("Update by SGD + momentum: w ← w + Δw", update.title());
        DiagramWork.Result r = vm.resultProperty().get();
        double[] expected = theta.clone();
        trained.step(expected, r.gradient(), 0.1);
        assertArrayEquals(expected, r.updated(), "the diagram's new weights are the optimizer's step, bit for bit");
        assertTrue(update.lines().contains("update 4 of training, η = 0.1:"), update.lines()::toString);
        assertTrue(
                update.lines().stream().anyMatch(l -> l.startsWith("b = 0.9·")),
                "the momentum buffer, as the " + "step inspector writes it: " + update.lines());
        // Until an edge is clicked: the output weight with the largest gradient (here W²₁₁, |∂L/∂W| 0.32 > 0.25).
        int index = r.weightIndex(1, 0, 0);
        assertTrue(update.lines().get(0).startsWith("W²₁₁, the output weight with the largest gradient"));
        assertTrue(
                update.lines().contains("W²₁₁: " + Stages.n(theta[index]) + " → " + Stages.n(expected[index])),
                update.lines()::toString);
        assertEquals(expected[index], r.updatedWeight(1, 0, 0));
        vm.edges().selectedProperty().set(new DiagramViewModel.Edge(0, 1, 0));
        Stages.Stage clicked = vm.currentStage();
        int other = r.weightIndex(0, 1, 0);
        assertEquals("W¹₂₁, the clicked weight:", clicked.lines().get(0));
        assertTrue(
                clicked.lines().contains("W¹₂₁: " + Stages.n(theta[other]) + " → " + Stages.n(expected[other])),
                clicked.lines()::toString);
        assertEquals(
                "the next SGD + momentum step: Δw = " + Stages.n(expected[other] - theta[other]),
                vm.edgeLines().get(1));
    }

    @Test
    void withoutTheOptimizersStateTheUpdateWaitsForIt() {
        DiagramViewModel vm = following(new Checkpoint(3, smallParameters(), null, 0.1), SGD, 2);
        vm.toEnd();
        assertEquals(
                List.of(Messages.text("backprop.update.waiting")),
                vm.currentStage().lines());
        assertNull(vm.resultProperty().get().updated());
        vm.edges().selectedProperty().set(new DiagramViewModel.Edge(1, 0, 0));
        assertEquals(Messages.text("backprop.update.waiting"), vm.edgeLines().get(1));
    }

    @Test
    void aBatchSumsItsSamplesAndMarksUnitsOverTheBatch() {
        DiagramViewModel vm = following(smallParameters(), 2);
        vm.batchProperty().set(true);
        vm.onFrame(1);
        DiagramWork.Result r = vm.resultProperty().get();
        assertEquals(2, r.pass().rows());
        assertEquals("Mini-batch of 2: samples 1–2", vm.sampleText());
        assertTrue(vm.currentStage()
                .lines()
                .get(vm.currentStage().lines().size() - 1)
                .contains("sum all 2"));
        vm.batchProperty().set(false);
        vm.nextSample();
        vm.nextSample();
        vm.onFrame(1);
        assertEquals("Sample 3 of 4", vm.sampleText());
        assertArrayEquals(
                new int[] {2, 3},
                vm.resultProperty().get().request().batch(),
                "marks are judged on the mini-batch that holds the sample");
        assertEquals(2, vm.resultProperty().get().batchPass().rows());
    }

    @Test
    void deadAndSaturatedUnitsAreThoseFlatOnEverySample() {
        LayerPass relu = new LayerPass(
                new double[][] {{1}, {1}},
                new double[] {0, 0},
                new double[][] {{-1, 2}, {-3, -1}},
                new double[][] {{0, 2}, {0, 0}},
                new double[2][2],
                new double[2][1],
                new double[2],
                Activation.RELU);
        assertTrue(UnitStates.dead(relu, 0));
        assertFalse(UnitStates.dead(relu, 1));
        LayerPass sigmoid = new LayerPass(
                new double[][] {{1}, {1}},
                new double[] {0, 0},
                new double[2][2],
                new double[][] {{0.999, 0.5}, {0.001, 0.995}},
                new double[][] {{1e-9, 0.1}, {-1e-9, 0.2}},
                new double[2][1],
                new double[2],
                Activation.SIGMOID);
        assertTrue(UnitStates.saturated(sigmoid, 0));
        assertFalse(UnitStates.saturated(sigmoid, 1));
        assertEquals(2e-9, UnitStates.gradientMagnitude(sigmoid, 0), 1e-24);
    }

    @Test
    void aWideLayerShowsTwelveUnitsAndCountsTheRest() {
        UnitSampler.Shown wide = UnitSampler.sample(64);
        assertEquals(12, wide.indices().length);
        assertEquals(52, wide.hidden());
        assertEquals(0, wide.indices()[0]);
        assertEquals(63, wide.indices()[11]);
        assertEquals("+52 more", Messages.text("backprop.more", wide.hidden()));
        UnitSampler.Shown small = UnitSampler.sample(5);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, small.indices());
        assertEquals(0, small.hidden());
        DiagramLayout layout = DiagramLayout.of(new int[] {2, 64, 64, 1}, 800, 400, 30, 30, 40);
        assertEquals(12, layout.y()[1].length);
        assertEquals(
                new DiagramViewModel.Edge(2, 0, 63),
                layout.edgeAt((layout.x()[2] + layout.x()[3]) / 2, (layout.y()[2][11] + layout.y()[3][0]) / 2, 3));
    }

    @Test
    void passesAreAskedForAtMostFourTimesASecondAndOnlyWhileShown() {
        List<Runnable> queued = new ArrayList<>();
        AtomicReference<Checkpoint> weights = new AtomicReference<>(Checkpoint.untrained(smallParameters(), SGD));
        List<Checkpoint> offered = new ArrayList<>();
        DiagramViewModel vm = new DiagramViewModel(queued::add, () -> {
            offered.add(weights.get());
            return new DiagramViewModel.Live(
                    SMALL, DATA, null, 0, 2, List.of(new DiagramViewModel.Copy("sgd", weights.get(), SGD)));
        });
        for (int frame = 0; frame < 20; frame++) {
            weights.set(Checkpoint.untrained(smallParameters(), SGD));
            vm.onFrame(0.05);
        }
        assertEquals(0, vm.requests(), "nothing while the diagram is not on screen");
        vm.shownProperty().set(true);
        for (int frame = 0; frame < 40; frame++) {
            weights.set(Checkpoint.untrained(smallParameters(), SGD));
            vm.onFrame(0.05);
        }
        assertEquals(8, vm.requests(), "two seconds of new weights every frame: 4 passes a second");
        assertEquals(1, queued.size(), "newest wins: one drain picks the latest request");
        Checkpoint newest = offered.get(offered.size() - 1);
        assertEquals(8, offered.size(), "every weight array asked for was a request");
        queued.get(0).run();
        assertNull(vm.resultProperty().get());
        assertTrue(vm.onFrame(0.05), "the FX thread takes the newest result");
        assertTrue(vm.resultProperty().get().request().checkpoint() == newest, "the newest request's weights");
        long asked = vm.requests();
        vm.onFrame(1);
        vm.onFrame(1);
        assertEquals(asked, vm.requests(), "the same weights are not traced again");
    }

    @Test
    void unitPicturesAreColouredOffTheWindowsThreadOnTheEdgesColoursAndTheOutputOnCividis() {
        assertArrayEquals(
                new int[] {
                    UnitPictures.NEGATIVE,
                    0xFFFFFFFF,
                    UnitPictures.fromWhite(UnitPictures.POSITIVE, 0.5),
                    UnitPictures.POSITIVE
                },
                UnitPictures.colour(new double[] {-2, 0, 1, 2}, false),
                "both signs: white at 0, full colour at the largest |value|");
        assertArrayEquals(
                new int[] {0xFFFFFFFF, UnitPictures.POSITIVE},
                UnitPictures.colour(new double[] {0.2, 0.7}, false),
                "never negative (a sigmoid): white at its least value");
        assertArrayEquals(
                new int[] {Colormap.CIVIDIS.argb(0.25), Colormap.CIVIDIS.argb(1)},
                UnitPictures.colour(new double[] {0.25, 1}, true),
                "the output's probability as the decision panels paint it");
        DiagramViewModel vm = following(smallParameters(), 2);
        int[][][] pictures = vm.resultProperty().get().pictures();
        assertEquals(3, pictures.length, "input, hidden and output units");
        assertEquals(DiagramWork.GRID * DiagramWork.GRID, pictures[1][0].length);
    }

    @Test
    void aChosenSampleIsTheNextPassAtOnceAndWinsOverAPendingMostWrong() {
        DiagramViewModel vm = following(smallParameters(), 2);
        assertArrayEquals(new int[] {0}, vm.shownRows());
        assertEquals(new Window(-2, 2, -2, 2), vm.shownPlane());
        vm.mostWrongSample();
        vm.chooseSample(2);
        vm.onFrame(0);
        assertEquals(2, vm.sampleProperty().get());
        assertArrayEquals(new int[] {2}, vm.shownRows(), "no throttle wait, and the click beats Most wrong");
        assertEquals(
                2,
                vm.currentStage().lines().stream()
                        .filter(l -> l.startsWith("a⁰"))
                        .count());
        assertTrue(vm.currentStage().lines().contains("a⁰₁ = x₁ = " + Stages.n(2)));
        vm.batchProperty().set(true);
        vm.chooseSample(3);
        vm.onFrame(0);
        assertArrayEquals(new int[] {2, 3}, vm.shownRows(), "in batch mode, the batch that holds it");
    }
}
