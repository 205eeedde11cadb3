package downhill.experiment;

/**
 * A ready lesson from the Scenarios menu: its name (for the CLI and file names), its title, a teaching note of two
 * or three sentences shown in the app, and the experiment it sets up.
 */
public record Preset(String name, String title, String note, Experiment experiment) {}
