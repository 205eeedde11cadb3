package downhill.app.experiment;

/** A dismissible message above the tabs: a scenario's teaching note, or news about the restored session. */
public record Banner(String title, String text) {
}
