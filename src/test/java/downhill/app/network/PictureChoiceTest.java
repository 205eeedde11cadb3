package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.network.PictureChoice.Picture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network tab's choice of pictures and the view-models' own flags keep in step, without a window. */
class PictureChoiceTest {

    private final NetworkViewModel vm = new NetworkViewModel(Runnable::run, Runnable::run);
    private final PictureChoice choice = vm.pictureChoice();

    @Test
    void theBoundariesShowUntilAnotherViewIsChosen() {
        assertEquals(Picture.BOUNDARIES, choice.chosenProperty().get());
        assertFalse(choice.wideProperty().get());
    }

    @Test
    void choosingAViewSelectsItsViewModelAndLeavesTheOthers() {
        choice.chosenProperty().set(Picture.SLICE);
        assertTrue(vm.lossLandscape().selectedProperty().get());
        choice.chosenProperty().set(Picture.DIAGRAM);
        assertTrue(vm.diagram().selectedProperty().get());
        assertFalse(vm.lossLandscape().selectedProperty().get());
        assertTrue(choice.wideProperty().get(), "the diagram takes the curves' room");
        choice.chosenProperty().set(Picture.LAYERS);
        assertTrue(vm.layerHistograms().selectedProperty().get());
        assertFalse(vm.diagram().selectedProperty().get());
        assertTrue(choice.wideProperty().get());
        choice.chosenProperty().set(Picture.BOUNDARIES);
        assertFalse(vm.layerHistograms().selectedProperty().get());
        assertFalse(choice.wideProperty().get());
    }

    @Test
    void aViewModelSelectedElsewhereIsTheChoice() {
        vm.layerHistograms().selectedProperty().set(true);
        assertEquals(Picture.LAYERS, choice.chosenProperty().get());
        assertTrue(choice.shows(Picture.LAYERS).get());
        vm.lossLandscape().selectedProperty().set(true);
        assertEquals(Picture.SLICE, choice.chosenProperty().get());
        assertFalse(vm.layerHistograms().selectedProperty().get(), "one view at a time");
        vm.lossLandscape().selectedProperty().set(false);
        assertEquals(Picture.BOUNDARIES, choice.chosenProperty().get());
    }

    @Test
    void switchingBetweenTwoViewsPassesThroughNoOther() {
        choice.chosenProperty().set(Picture.SLICE);
        List<Picture> seen = new ArrayList<>();
        choice.chosenProperty().addListener((obs, old, now) -> seen.add(now));
        choice.chosenProperty().set(Picture.DIAGRAM);
        vm.layerHistograms().selectedProperty().set(true);
        assertEquals(List.of(Picture.DIAGRAM, Picture.LAYERS), seen);
    }
}
