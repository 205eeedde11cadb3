package downhill.app.landscape;

import downhill.engine.function.Window;
import downhill.render.Viewport;

/** Gestures on any of the tab's landscape canvases go to the one view-model, so every panel zooms and pans together. */
final class RaceGestures implements LandscapeCanvas.Interaction {

    private final LandscapeViewModel viewModel;

    RaceGestures(LandscapeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public void zoom(Window shown, double factor, double x, double y) {
        viewModel.zoom(shown, factor, x, y);
    }

    @Override
    public void pan(Window shown, double dx, double dy) {
        viewModel.pan(shown, dx, dy);
    }

    @Override
    public void setStart(double x, double y) {
        viewModel.setStart(x, y);
    }

    @Override
    public void dragStart(double x, double y) {
        viewModel.dragStart(x, y);
    }

    @Override
    public void hover(double x, double y) {
        viewModel.hover(x, y);
    }

    @Override
    public void hoverEnded() {
        viewModel.hoverEnded();
    }

    @Override
    public void viewportChanged(Viewport viewport) {
        viewModel.invalidate();
    }
}
