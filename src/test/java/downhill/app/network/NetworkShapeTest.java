package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network as typed on the network tab, without a window: its parsing, layer buttons and presets. */
class NetworkShapeTest {

    private final NetworkShape shape = new NetworkShape();

    @Test
    void theHiddenSizesFollowTheTextAndAMistakeKeepsTheLastGoodOnes() {
        assertEquals(List.of(64, 64), shape.hiddenSizesProperty().get());
        shape.hiddenTextProperty().set(" 8, 4 ");
        assertEquals(List.of(8, 4), shape.hiddenSizesProperty().get());
        assertEquals("", shape.hiddenErrorProperty().get());
        shape.hiddenTextProperty().set("8,x");
        assertEquals(List.of(8, 4), shape.hiddenSizesProperty().get(), "a half-typed field changes nothing");
        assertEquals(
                Messages.text("network.hidden.notWhole", "x"),
                shape.hiddenErrorProperty().get());
        shape.hiddenTextProperty().set("");
        assertEquals(List.of(), shape.hiddenSizesProperty().get(), "no hidden layer: a linear model");
        assertEquals("", shape.hiddenErrorProperty().get());
    }

    @Test
    void sizesOutOfBoundsAreRefusedNamingTheLimit() {
        assertEquals(
                Messages.text("network.hidden.units", 0),
                assertThrows(IllegalArgumentException.class, () -> NetworkShape.parseSizes("4,0"))
                        .getMessage());
        assertEquals(
                Messages.text("network.hidden.units", 4097),
                assertThrows(IllegalArgumentException.class, () -> NetworkShape.parseSizes("4097"))
                        .getMessage());
        assertEquals(
                Messages.text("network.hidden.layers", 17),
                assertThrows(IllegalArgumentException.class, () -> NetworkShape.parseSizes("1,".repeat(16) + "1"))
                        .getMessage());
    }

    @Test
    void plusRepeatsTheLastLayerUpToSixteenAndMinusRemovesIt() {
        shape.hiddenTextProperty().set("16,8");
        shape.addLayer();
        assertEquals("16,8,8", shape.hiddenTextProperty().get());
        shape.removeLayer();
        shape.removeLayer();
        shape.removeLayer();
        assertEquals("", shape.hiddenTextProperty().get());
        shape.removeLayer();
        assertEquals("", shape.hiddenTextProperty().get(), "nothing left to remove");
        shape.addLayer();
        assertEquals("32", shape.hiddenTextProperty().get(), "a first layer has 32 units");
        for (int i = 0; i < 20; i++) {
            shape.addLayer();
        }
        assertEquals(16, shape.hiddenSizesProperty().get().size());
    }

    @Test
    void theVanishingGradientsSetUpIsSigmoidFirstThenTheSameNetworkWithRelu() {
        shape.toggleVanishingGradients();
        assertEquals(NetworkShape.DEEP_NARROW, shape.hiddenSizesProperty().get());
        assertEquals(Activation.SIGMOID, shape.activationProperty().get());
        shape.toggleVanishingGradients();
        assertEquals(NetworkShape.DEEP_NARROW, shape.hiddenSizesProperty().get());
        assertEquals(Activation.RELU, shape.activationProperty().get());
        shape.toggleVanishingGradients();
        assertEquals(Activation.SIGMOID, shape.activationProperty().get());
    }

    @Test
    void dropoutIsNoneOneForAllOrOnePerLayer() {
        assertEquals(List.of(), shape.dropout());
        shape.dropoutTextProperty().set("0");
        assertEquals(List.of(), shape.dropout(), "0 is none");
        shape.dropoutTextProperty().set(" 0.2 ");
        assertEquals(List.of(0.2), shape.dropout());
        shape.dropoutTextProperty().set("0.2,0.1");
        assertEquals(List.of(0.2, 0.1), shape.dropout());
        shape.dropoutTextProperty().set("0.2,1");
        assertEquals(
                Messages.text("network.dropout.invalid", "1"),
                assertThrows(IllegalArgumentException.class, shape::dropout).getMessage());
    }

    @Test
    void anInitialisationSetElsewhereJoinsThePickerOnce() {
        int offered = shape.initializations().size();
        assertTrue(shape.initializations().contains(new Initialization(Initialization.Scheme.NORMAL, 1)));
        Initialization opened = Initialization.parse("normal:sigma=0.3");
        shape.initializationProperty().set(opened);
        shape.initializationProperty().set(Initialization.of(Initialization.Scheme.values()[0]));
        shape.initializationProperty().set(opened);
        assertEquals(offered + 1, shape.initializations().size());
    }
}
