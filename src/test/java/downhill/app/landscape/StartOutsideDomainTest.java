package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.engine.function.Point;
import org.junit.jupiter.api.Test;

/** A start no race can begin at is refused in the red line under the function; the old start stays. */
class StartOutsideDomainTest {

    private final LandscapeViewModel vm =
            new LandscapeViewModel(new OptimizerListViewModel(), BackgroundExecutors.sameThread());

    @Test
    void aClickOutsideTheDomainKeepsTheOldStartAndSaysWhy() {
        vm.expressionProperty().set("log(x) + y^2");
        vm.applyExpression();
        vm.setStart(1, 1);
        assertEquals(new Point(1, 1), vm.startProperty().get());
        vm.setStart(-2, 0.5);
        assertEquals(new Point(1, 1), vm.startProperty().get(), "the old start stays");
        assertEquals(
                "the start (-2.0, 0.5) is outside the function's domain",
                vm.expressionErrorProperty().get());
        vm.dragStart(-1, 0);
        assertEquals(new Point(1, 1), vm.startProperty().get());
        vm.setStart(2, 0);
        assertEquals(new Point(2, 0), vm.startProperty().get());
        assertEquals("", vm.expressionErrorProperty().get(), "a good start clears the red line");
    }

    @Test
    void aFunctionDefinedNowhereIsRefusedAndTheLastGoodOneStays() {
        String before = vm.objective().formula();
        Point start = vm.startProperty().get();
        for (String nowhere : new String[] {"1/0", "0/0", "log(-1 - x^2)"}) {
            vm.expressionProperty().set(nowhere);
            assertFalse(vm.applyExpression(), nowhere);
            assertEquals(before, vm.objective().formula());
            assertEquals(start, vm.startProperty().get());
            assertEquals(
                    true,
                    vm.expressionErrorProperty().get().endsWith("is outside the function's domain"),
                    vm.expressionErrorProperty().get());
        }
    }
}
