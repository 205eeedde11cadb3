package downhill.engine.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The first two or three steps of every optimizer on a tiny problem, against numbers worked out from the
 * documented update equations (PyTorch 2.x's {@code torch.optim} docs; Chen et al. 2023 for Lion), never from
 * this code. The gradients are fed in directly: θ₀ = (1, −2), then g₁ = (0.5, −1), g₂ = (0.25, 2),
 * g₃ = (−1, 0.5) unless a test says otherwise. The arithmetic is in the comments; where it has more digits than
 * a comment can carry, the literal was computed with plain double arithmetic in Python, typing the documented
 * equation, and the comment gives it rounded. Positions must agree to 1e-12 relative: the equations, not the
 * last bit, are under test here (PyTorchReferenceTest covers whole trajectories).
 */
class OptimizerHandCalculationTest {

    private static final double[] THETA0 = {1.0, -2.0};
    private static final double[] G1 = {0.5, -1.0};
    private static final double[] G2 = {0.25, 2.0};
    private static final double[] G3 = {-1.0, 0.5};

    private static Optimizer make(String name, Object... keyValues) {
        Hyperparameters h = Hyperparameters.empty();
        for (int i = 0; i < keyValues.length; i += 2) {
            h = h.with((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return Optimizers.byName(name).create(h);
    }

    /** Steps {@code optimizer} from θ₀ with its base rate through {@code gradients}, checking θ after each. */
    private static void steps(Optimizer optimizer, double[][] gradients, double[]... expected) {
        double[] theta = THETA0.clone();
        for (int t = 0; t < expected.length; t++) {
            optimizer.step(theta, gradients[t], optimizer.learningRate());
            assertClose(expected[t], theta, optimizer.name() + " after step " + (t + 1));
        }
    }

    private static void steps(Optimizer optimizer, double[]... expected) {
        steps(optimizer, new double[][] {G1, G2, G3}, expected);
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 1e-12 * Math.max(1, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], tolerance, what + ", θ[" + i + "]");
        }
    }

    private static double[] run(Optimizer optimizer, double[]... gradients) {
        double[] theta = THETA0.clone();
        for (double[] g : gradients) {
            optimizer.step(theta, g, optimizer.learningRate());
        }
        return theta;
    }

    @Test
    void sgd() {
        // θ ← θ − η·g with η = 0.1:
        // θ₁ = (1 − 0.05, −2 + 0.1) = (0.95, −1.9);  θ₂ = (0.95 − 0.025, −1.9 − 0.2) = (0.925, −2.1)
        steps(make("sgd", "lr", 0.1), new double[] {0.95, -1.9}, new double[] {0.925, -2.1});
    }

    @Test
    void sgdWeightDecayIsAddedToTheGradient() {
        // g ← g + λθ with λ = 0.5, η = 0.1:
        // g₁' = (0.5 + 0.5, −1 − 1) = (1, −2), θ₁ = (0.9, −1.8)
        // g₂' = (0.25 + 0.45, 2 − 0.9) = (0.7, 1.1), θ₂ = (0.9 − 0.07, −1.8 − 0.11) = (0.83, −1.91)
        steps(make("sgd", "lr", 0.1, "weight-decay", 0.5), new double[] {0.9, -1.8}, new double[] {0.83, -1.91});
    }

    @Test
    void momentumBufferStartsAtTheFirstGradient() {
        // μ = 0.9, η = 0.1. b₁ = g₁ = (0.5, −1) (not (1 − τ)g₁, not μ·0 + g₁ scaled): θ₁ = (0.95, −1.9)
        // b₂ = 0.9·(0.5, −1) + (0.25, 2) = (0.7, 1.1):            θ₂ = (0.95 − 0.07, −1.9 − 0.11) = (0.88, −2.01)
        // b₃ = 0.9·(0.7, 1.1) + (−1, 0.5) = (−0.37, 1.49):        θ₃ = (0.88 + 0.037, −2.01 − 0.149) = (0.917, −2.159)
        Optimizer momentum = make("momentum", "lr", 0.1);
        steps(momentum, new double[] {0.95, -1.9}, new double[] {0.88, -2.01}, new double[] {0.917, -2.159});
        assertClose(new double[] {-0.37, 1.49}, momentum.state().get("velocity"), "velocity after step 3");
    }

    @Test
    void dampeningSparesTheFirstGradient() {
        // τ = 0.5: b₁ = g₁ = (0.5, −1), undamped:                 θ₁ = (0.95, −1.9)
        // b₂ = 0.9·(0.5, −1) + 0.5·(0.25, 2) = (0.575, 0.1):      θ₂ = (0.95 − 0.0575, −1.9 − 0.01) = (0.8925, −1.91)
        steps(make("momentum", "lr", 0.1, "dampening", 0.5), new double[] {0.95, -1.9}, new double[] {0.8925, -1.91});
    }

    @Test
    void nesterovStepsAlongTheGradientPlusTheBuffer() {
        // b₁ = g₁, d₁ = g₁ + 0.9·b₁ = 1.9·(0.5, −1) = (0.95, −1.9):   θ₁ = (1 − 0.095, −2 + 0.19) = (0.905, −1.81)
        // b₂ = (0.7, 1.1), d₂ = (0.25, 2) + 0.9·(0.7, 1.1) = (0.88, 2.99): θ₂ = (0.905 − 0.088, −1.81 − 0.299)
        //                                                                     = (0.817, −2.109)
        steps(make("nesterov", "lr", 0.1), new double[] {0.905, -1.81}, new double[] {0.817, -2.109});
    }

    @Test
    void adagradDecaysItsRateAndDividesByTheRootSumOfSquares() {
        // η = 0.1, δ (lr-decay) = 0.5, ε = 1e-10 (default); η̃ₜ = η/(1 + (t − 1)δ) = 0.1, 0.0667, 0.05
        // s₁ = (0.25, 1):  θ₁ = (1 − 0.1·0.5/(0.5 + 1e-10), −2 + 0.1·1/(1 + 1e-10)) = (0.90000000002, −1.90000000001)
        // s₂ = (0.3125, 5): θ₂ = θ₁ − (0.1/1.5)·(0.25/0.559017, 2/2.236068) ≈ (0.870186, −1.959628)
        // s₃ = (1.3125, 5.25): θ₃ = θ₂ − 0.05·(−1/1.145644, 0.5/2.291288) ≈ (0.913829, −1.970539)
        steps(
                make("adagrad", "lr", 0.1, "lr-decay", 0.5),
                new double[] {0.90000000002, -1.90000000001},
                new double[] {0.8701857603253361, -1.9596284794073275},
                new double[] {0.913829338368725, -1.970539373918651});
    }

    @Test
    void rmspropAddsEpsOutsideTheSquareRoot() {
        // η = 0.01, α = 0.99, ε = 0.1 (large, so that where it goes shows):
        // v₁ = 0.01·g₁² = (0.0025, 0.01), √v₁ + ε = (0.15, 0.2):
        //   θ₁ = (1 − 0.005/0.15, −2 + 0.01/0.2) = (0.966667, −1.95)
        //   (ε inside the root would give √(v₁ + ε) = (0.3202, 0.3317) and θ₁ = (0.984383, −1.969849))
        // v₂ = 0.99·v₁ + 0.01·g₂² = (0.0031, 0.0499), √v₂ + ε = (0.155678, 0.323383):
        //   θ₂ = θ₁ − 0.01·(0.25/0.155678, 2/0.323383) ≈ (0.950608, −2.011846)
        Optimizer rmsprop = make("rmsprop", "lr", 0.01, "eps", 0.1);
        steps(rmsprop, new double[] {0.9666666666666667, -1.95}, new double[] {0.9506078418943117, -2.0118461549057076
        });
        double[] epsInside = {0.9843826238111394, -1.9698488655422237};
        double[] theta = run(make("rmsprop", "lr", 0.01, "eps", 0.1), G1);
        assertTrue(Math.abs(theta[0] - epsInside[0]) > 0.01, "ε must not be inside the square root");
    }

    @Test
    void adadelta() {
        // η = 1, ρ = 0.9, ε = 1e-6; E[g²] and E[Δ²] start at 0.
        // E[g²]₁ = 0.1·g₁² = (0.025, 0.1); Δ₁ = √(0 + ε)/√(E[g²]₁ + ε)·g₁ = 0.001/(0.1581170, 0.3162293)·(0.5, −1)
        //        = (0.0031622, −0.0031623): θ₁ = (0.996838, −1.996838); E[Δ²]₁ = 0.1·Δ₁² = (1e-6, 1e-6) (≈)
        // E[g²]₂ = 0.9·E[g²]₁ + 0.1·g₂² = (0.02875, 0.49); Δ₂ = √(E[Δ²]₁ + ε)/√(E[g²]₂ + ε)·g₂ ≈ (0.0020851, 0.0040398)
        //   θ₂ ≈ (0.994753, −2.000878)
        steps(make("adadelta"), new double[] {0.9968377855834876, -1.9968377381511013}, new double[] {
            0.9947526985556963, -2.000878334104818
        });
    }

    @Test
    void adam() {
        // η = 0.1, β = (0.9, 0.999), ε = 1e-8.
        // m₁ = 0.1·g₁ = (0.05, −0.1), v₁ = 0.001·g₁² = (0.00025, 0.001); m̂₁ = m₁/0.1 = g₁, v̂₁ = v₁/0.001 = g₁²
        //   θ₁ = θ₀ − 0.1·g₁/(|g₁| + ε) = (1 − 0.05/0.50000001, −2 + 0.1/1.00000001) = (0.900000002, −1.900000001)
        // m₂ = (0.07, 0.11), v₂ = (0.00031225, 0.004999); m̂₂ = m₂/0.19, v̂₂ = v₂/0.001999
        //   θ₂ = θ₁ − 0.1·m̂₂/(√v̂₂ + ε) ≈ (0.806782, −1.936610)
        steps(make("adam", "lr", 0.1), new double[] {0.900000002, -1.900000001}, new double[] {
            0.8067820404774624, -1.9366103534720749
        });
    }

    @Test
    void amsgradDividesByTheRunningMaxOfTheSecondMoment() {
        // g₁ = (0.5, −1), then a small g₂ = (0.01, 0.01), so v falls: v₂ = 0.999·(0.00025, 0.001) + 0.001·(1e-4, 1e-4)
        //   = (0.00024985, 0.0009991) < v₁; AMSGrad keeps v̂max = v₁ = (0.00025, 0.001) and divides by
        //   √(v̂max/0.001999).
        // AMSGrad θ₂ ≈ (0.831539, −1.833772); Adam, dividing by v₂, gives (0.831519, −1.833742).
        double[] small = {0.01, 0.01};
        Optimizer amsgrad = make("amsgrad", "lr", 0.1);
        steps(amsgrad, new double[][] {G1, small}, new double[] {0.900000002, -1.900000001}, new double[] {
            0.8315394161677112, -1.8337718246389123
        });
        assertClose(new double[] {0.00025, 0.001}, amsgrad.state().get("maxSecondMoment"), "running max");
        assertClose(
                new double[] {0.8315188687457401, -1.8337420018280635},
                run(make("adam", "lr", 0.1), G1, small),
                "plain Adam for comparison");
    }

    @Test
    void adamwDecaysTheWeightsBeforeTheMomentsAndApartFromThem() {
        // λ = 0.1, η = 0.1: θ ← θ·(1 − ηλ) = 0.99·θ first, then Adam's step from the undecayed gradient:
        //   θ₁ = (0.99 − 0.0999999998, −1.98 + 0.0999999999) = (0.890000002, −1.880000001)
        //   θ₂ = 0.99·θ₁ − (Adam's second step, as in adam()) ≈ (0.787882, −1.897810)
        // Adam's coupled decay (g + λθ) instead gives θ₁ = (0.9000000017, −1.9000000008), θ₂ ≈ (0.805010, −1.925018).
        steps(make("adamw", "lr", 0.1, "weight-decay", 0.1), new double[] {0.890000002, -1.880000001}, new double[] {
            0.7878820404574624, -1.897810353462075
        });
        assertClose(
                new double[] {0.8050097658613199, -1.9250178784643248},
                run(make("adam", "lr", 0.1, "weight-decay", 0.1), G1, G2),
                "Adam's coupled decay for comparison");
    }

    @Test
    void nadamFollowsPyTorch2NotTheDoubleCountedMuOf113() {
        // η = 0.1, β = (0.9, 0.999), ψ = 0.004, ε = 1e-8. μₜ = 0.9·(1 − ½·0.96^(0.004t)):
        //   μ₁ = 0.4500734736, μ₂ = 0.4501469352, μ₃ = 0.4502203848; Π₁ = μ₁, Π₂ = μ₁μ₂ = 0.2025991947
        // step 1: m₁ = 0.1·g₁ = (0.05, −0.1), d₁ = √(v₁/0.001) + ε = (0.50000001, 1.00000001); (1 − μ₁)/(1 − Π₁) = 1
        //   η·μ₂/(1 − Π₁μ₂) = 0.1·0.4501469/(1 − 0.2025992) = 0.0564518
        //   θ₁ₓ = 1 − 0.1·0.5/0.50000001 − 0.0564518·0.05/0.50000001 = 1 − 0.0999999980 − 0.0056451777 = 0.8943548243
        // step 2: Π₂μ₃ = 0.0912142874, d₂ = (0.395225, 1.581376): θ₂ ≈ (0.841962, −1.985011)
        // PyTorch 1.13 used Π₁·μ₁·μ₂ = 0.0911845 (μ₁ counted twice), so 0.1·μ₂/(1 − 0.0911845) = 0.0495312 in place
        //   of 0.0564518, and θ₁ₓ = 0.8950469.
        Optimizer nadam = make("nadam", "lr", 0.1);
        steps(nadam, new double[] {0.8943548242773647, -1.8943548232209129}, new double[] {
            0.8419624955659358, -1.985010571915627
        });
        double[] theta = run(make("nadam", "lr", 0.1), G1);
        double doubleCounted = 0.8950468851381405;
        assertTrue(Math.abs(theta[0] - doubleCounted) > 1e-4, "NAdam must not count μ twice as PyTorch 1.13 did");
        assertClose(new double[] {0.20259919474573693}, nadam.state().get("muProduct"), "Π₂ = μ₁μ₂");
    }

    @Test
    void radamIsUnrectifiedForFiveStepsAndRectifiedFromTheSixth() {
        // Constant g = (0.5, −1), η = 0.1, default β = (0.9, 0.999): ρ∞ = 2/0.001 − 1 = 1999,
        // ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ) = 1, 1.9995, 2.9987, 3.9975, 4.9960, then 5.9942 > 5 at t = 6.
        // While ρₜ ≤ 5 the step is η·m̂ₜ = η·g (m̂ of a constant gradient is that gradient), so
        //   θ₅ = θ₀ − 5·0.1·g = (0.75, −1.5).
        // t = 6: r = √((ρ₆ − 4)(ρ₆ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ₆)) = 0.0258211, and √(1 − β₂⁶)/(√v₆ + ε) ≈ 1/|g|,
        //   so the step is ≈ η·r·sign(g) = 0.00258211: θ₆ ≈ (0.747418, −1.497418)
        // t = 7: ρ₇ = 6.9920, r = 0.0327388: θ₇ ≈ (0.744144, −1.494144)
        double[][] constant = {G1, G1, G1, G1, G1, G1, G1};
        Optimizer radam = make("radam", "lr", 0.1);
        steps(
                radam,
                constant,
                new double[] {0.95, -1.9},
                new double[] {0.9, -1.8},
                new double[] {0.85, -1.7},
                new double[] {0.8, -1.6},
                new double[] {0.75, -1.5},
                new double[] {0.7474178893873459, -1.4974178890535796},
                new double[] {0.7441440087301312, -1.4941440080044741});
        Optimizer fresh = make("radam", "lr", 0.1);
        double[] theta = THETA0.clone();
        for (int t = 1; t <= 6; t++) {
            fresh.step(theta, G1, 0.1);
            double rho = fresh.state().get("rho")[0];
            assertEquals(t <= 5, rho <= 5, "ρ" + t + " = " + rho);
        }
        assertEquals(5.994163751655833, fresh.state().get("rho")[0], 1e-12);
    }

    @Test
    void adamaxDividesByTheDecayedInfinityNorm() {
        // η = 0.1, β = (0.9, 0.999), ε = 1e-8; u ← max(β₂u, |g| + ε)
        // u₁ = (0.50000001, 1.00000001), m₁ = (0.05, −0.1): θ₁ = θ₀ − (0.1/0.1)·m₁/u₁ = (0.900000002, −1.900000001)
        // u₂ = (max(0.49950001, 0.25000001), max(0.999, 2.00000001)) = (0.49950000999, 2.00000001):
        //   x keeps its decayed past maximum, y takes the new |g|. m₂ = (0.07, 0.11), bias correction 1 − 0.81 = 0.19:
        //   θ₂ = θ₁ − (0.1/0.19)·(0.07/0.49950001, 0.11/2.00000001) ≈ (0.826242, −1.928947)
        Optimizer adamax = make("adamax", "lr", 0.1);
        steps(adamax, new double[] {0.900000002, -1.900000001}, new double[] {0.8262420349803486, -1.9289473692763157});
        assertClose(
                new double[] {0.49950000999000005, 2.00000001}, adamax.state().get("infinityNorm"), "u₂");
    }

    @Test
    void lionStepsByTheSignOfTheInterpolatedMomentumAndSignOfZeroIsZero() {
        // η = 0.1, β = (0.9, 0.99), λ = 0; m starts at 0.
        // g₁ = (0.5, 0): c = 0.9·0 + 0.1·g₁ = (0.05, 0) → sign (1, 0): θ₁ = (0.9, −2) (y stays: sign(0) = 0)
        //   m₁ = 0.99·0 + 0.01·g₁ = (0.005, 0)
        // g₂ = (−0.01, 1): c = 0.9·(0.005, 0) + 0.1·(−0.01, 1) = (0.0035, 0.1) → (1, 1): θ₂ = (0.8, −2.1)
        //   (x moves against its gradient: the momentum outweighs it); m₂ = (0.00485, 0.01)
        // g₃ = (−0.1, −0.05): c = (0.004365 − 0.01, 0.009 − 0.005) = (−0.005635, 0.004) → (−1, 1): θ₃ = (0.9, −2.2)
        double[][] gradients = {{0.5, 0.0}, {-0.01, 1.0}, {-0.1, -0.05}};
        Optimizer lion = make("lion", "lr", 0.1);
        double[] theta = THETA0.clone();
        lion.step(theta, gradients[0], 0.1);
        assertArrayEquals(new double[] {0.9, -2.0}, theta, 1e-15);
        lion.step(theta, gradients[1], 0.1);
        assertArrayEquals(new double[] {0.8, -2.1}, theta, 1e-15);
        assertClose(new double[] {0.00485, 0.01}, lion.state().get("momentum"), "m₂");
        lion.step(theta, gradients[2], 0.1);
        assertArrayEquals(new double[] {0.9, -2.2}, theta, 1e-15);
    }

    @Test
    void lionDecaysTheWeightsBeforeTheSignStep() {
        // λ = 0.5, η = 0.1: θ ← θ·(1 − 0.05) = (0.95, −1.9), then − η·sign(c) = −0.1·(1, 0): θ₁ = (0.85, −1.9)
        double[] theta = run(make("lion", "lr", 0.1, "weight-decay", 0.5), new double[] {0.5, 0.0});
        assertClose(new double[] {0.85, -1.9}, theta, "Lion with weight decay");
    }

    @Test
    void everyOptimizerHasAHandCalculation() {
        // The tests above cover exactly these registry names; a new optimizer needs its own.
        assertEquals(
                Set.of(
                        "sgd",
                        "momentum",
                        "nesterov",
                        "adagrad",
                        "rmsprop",
                        "adadelta",
                        "adam",
                        "amsgrad",
                        "adamw",
                        "nadam",
                        "radam",
                        "adamax",
                        "lion"),
                Optimizers.all().stream().map(OptimizerType::name).collect(Collectors.toSet()));
    }
}
