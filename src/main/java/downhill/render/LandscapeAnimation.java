package downhill.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** The trajectory animation as a GIF: the still's paths growing step by step, one frame per chosen step. */
public final class LandscapeAnimation {

    /**
     * The most frames of one animation. At the largest size, 2000×2000, a frame takes about 0.2 s on two cores, so
     * 200 frames finish within a minute (1000 took about five).
     */
    public static final int MAX_FRAMES = 200;

    private LandscapeAnimation() {}

    /**
     * The steps shown by {@code frames} frames from step 0 to {@code lastStep}, evenly spread, first and last
     * included, none twice (fewer frames when there are fewer steps).
     */
    public static int[] frameSteps(int lastStep, int frames) {
        if (lastStep < 0) {
            throw new IllegalArgumentException("the last step must be ≥ 0, got " + lastStep);
        }
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("frames must be between 1 and " + MAX_FRAMES + ", got " + frames);
        }
        int count = Math.min(frames, lastStep + 1);
        int[] steps = new int[count];
        for (int i = 0; i < count; i++) {
            steps[i] = count == 1 ? lastStep : (int) Math.round((double) i * lastStep / (count - 1));
        }
        return steps;
    }

    /**
     * Writes the animation of {@code still} up to {@code lastStep} in {@code frames} frames at {@code fps}.
     *
     * @return false when cancelled (no file is left)
     */
    public static boolean write(
            LandscapeStill still,
            int lastStep,
            int frames,
            double fps,
            Path file,
            AnimatedGif.Progress progress,
            BooleanSupplier cancelled)
            throws IOException {
        int[] steps = frameSteps(lastStep, frames);
        return AnimatedGif.write(file, steps.length, i -> still.at(steps[i]), fps, progress, cancelled);
    }
}
