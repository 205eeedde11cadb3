package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hyperparameter any optimizer declares is a flag, made from its declaration, and it reaches the optimizer. */
class OptimizerFlagsTest {

    private record Run(int code, String out, String err) {}

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Each number flag reaches the optimizer's own validation (a value none takes is refused naming the key), and
     * each switch changes the trace.
     */
    @Test
    void everyDeclaredHyperparameterIsAFlagThatReachesTheOptimizer() {
        for (OptimizerType type : Optimizers.all()) {
            for (Hyperparameter h : type.hyperparameters()) {
                List<String> base = new ArrayList<>(
                        List.of("trace", "--function", "rosenbrock", "--optimizer", type.name(), "--steps", "10"));
                if (type.has(Hyperparameter.MOMENTUM) && !h.key().equals(Hyperparameter.MOMENTUM)) {
                    // Nesterov acts on momentum: with none it would change nothing.
                    base.addAll(List.of("--momentum", "0.5"));
                }
                String what = type.name() + " --" + h.key();
                Run plain = run(base);
                assertEquals(0, plain.code(), what + ": " + plain.err());
                List<String> changed = new ArrayList<>(base);
                if (h.isFlag()) {
                    changed.add("--" + h.key() + (h.defaultValue() == 1 ? "=false" : ""));
                    Run with = run(changed);
                    assertEquals(0, with.code(), what + ": " + with.err());
                    assertTrue(!plain.out().equals(with.out()), what + " changed nothing");
                } else {
                    changed.addAll(List.of("--" + h.key(), "-1"));
                    Run with = run(changed);
                    assertEquals(2, with.code(), what);
                    assertTrue(with.err().startsWith("error: " + h.key() + " must be"), what + ": " + with.err());
                }
            }
        }
    }

    @Test
    void theHelpListsEachFlagWithTheOptimizersThatTakeIt() {
        Run help = run(List.of("trace", "--help"));
        assertTrue(help.out().contains("--beta2=F"), help.out());
        assertTrue(help.out().contains("--nesterov"), help.out());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("One of: sgd, momentum, nesterov,"), help.out());
        Run wrong = run(List.of("trace", "--function", "bowl", "--optimizer", "adam", "--rho", "0.5", "--steps", "2"));
        assertEquals(2, wrong.code());
        assertEquals(
                "error: --rho does not apply to adam (its flags: --lr, --beta1, --beta2, --eps, --weight-decay)",
                wrong.err().strip());
    }
}
