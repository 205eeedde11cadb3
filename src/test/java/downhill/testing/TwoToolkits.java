package downhill.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.render.AwtPen;
import downhill.render.draw.TextRoom;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

/**
 * One picture drawn by JavaFX and by AWT, and how far the two are apart. The limits: the mean absolute difference
 * per channel stays under {@value #MEAN_LIMIT} (of 255), under {@value #SHARE_LIMIT} of the pixels differ by more
 * than {@value #FAR} in some channel, and fewer than {@value #SOLID_LIMIT} of those lie inside a solid patch of them
 * (all eight neighbours off too) outside the text drawn. Measured on the landscape and the map the toolkits differ by
 * about 0.2–1.4 per channel and 0.1–1 % of the pixels, none of them in a patch outside the text: the rasterisers
 * cover the anti-aliased edges of lines and markers differently, in lines a pixel wide, and shape glyphs a little
 * differently (which makes patches inside a bold title shrunk to fit). A missing marker, line, label box or
 * picture is a patch.
 */
public final class TwoToolkits {

    public static final double MEAN_LIMIT = 2.5;
    public static final double SHARE_LIMIT = 0.04;
    public static final int FAR = 64;
    public static final int SOLID_LIMIT = 20;

    private TwoToolkits() {}

    /** The canvas's pixels as JavaFX shows them, ARGB by rows. */
    public static int[] snapshot(FxRobot robot, Canvas source) {
        AtomicReference<int[]> argb = new AtomicReference<>();
        robot.interact(() -> {
            WritableImage image = source.snapshot(null, null);
            PixelReader reader = image.getPixelReader();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = reader.getArgb(x, y);
                }
            }
            argb.set(pixels);
        });
        return argb.get();
    }

    /** What {@code draw} draws on a {@code width}×{@code height} AWT image, ARGB by rows. */
    public static int[] onAwt(int width, int height, Consumer<AwtPen> draw) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        AwtPen pen = AwtPen.on(image);
        draw.accept(pen);
        pen.dispose();
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    /**
     * Fails unless the two pictures of {@code width} columns are within the limits; patches inside the boxes of the
     * {@code text} drawn do not count (the toolkits shape glyphs differently, most of all a title shrunk to fit).
     */
    public static void assertAlike(int[] awt, int[] fx, int width, List<TextRoom.Box> text, String what) {
        Difference d = Difference.of(awt, fx, width, text);
        assertTrue(d.within(), what + " differs between the toolkits: " + d);
    }

    /** Fails unless the two pictures are beyond the limits: the check that the limits see {@code what} missing. */
    public static void assertApart(int[] less, int[] full, int width, List<TextRoom.Box> text, String what) {
        Difference d = Difference.of(less, full, width, text);
        assertTrue(!d.within(), "without " + what + " the pictures must differ beyond the limits, but " + d);
    }

    /** How far two pictures are apart, in the three measures of the limits. */
    public record Difference(double mean, double share, int solid) {

        public static Difference of(int[] a, int[] b, int width, List<TextRoom.Box> text) {
            long sum = 0;
            boolean[] off = new boolean[a.length];
            int far = 0;
            for (int i = 0; i < a.length; i++) {
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF));
                    sum += d;
                    worst = Math.max(worst, d);
                }
                off[i] = worst > FAR;
                far += off[i] ? 1 : 0;
            }
            int height = a.length / width;
            int solid = 0;
            for (int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    solid += solid(off, width, x, y) && !inText(text, x, y) ? 1 : 0;
                }
            }
            return new Difference(sum / (3.0 * a.length), far / (double) a.length, solid);
        }

        private static boolean inText(List<TextRoom.Box> text, int x, int y) {
            for (TextRoom.Box box : text) {
                if (x >= box.x() - 2
                        && x <= box.x() + box.width() + 2
                        && y >= box.y() - 2
                        && y <= box.y() + box.height() + 2) {
                    return true;
                }
            }
            return false;
        }

        private static boolean solid(boolean[] off, int width, int x, int y) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (!off[(y + dy) * width + x + dx]) {
                        return false;
                    }
                }
            }
            return true;
        }

        public boolean within() {
            return mean < MEAN_LIMIT && share < SHARE_LIMIT && solid < SOLID_LIMIT;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "mean %.2f per channel, %.2f %% of pixels far off, %d of them in solid patches",
                    mean,
                    100 * share,
                    solid);
        }
    }
}
