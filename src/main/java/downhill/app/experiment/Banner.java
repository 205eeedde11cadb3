package downhill.app.experiment;

import downhill.experiment.Experiment;

/**
 * A dismissible message above the tabs: a scenario's teaching note, or news about the restored session.
 *
 * @param tab the tab it belongs to (shown only there), or null for the whole window
 */
public record Banner(String title, String text, Experiment.Tab tab) {

    /** A message for the whole window. */
    public Banner(String title, String text) {
        this(title, text, null);
    }
}
