package downhill.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a looping animated GIF with javax.imageio: every frame gets a GraphicControlExtension with the delay of
 * the frame rate, the first the NETSCAPE2.0 extension that makes viewers loop for ever. Frames after the first hold
 * only the rectangle that changed (each frame stays on screen under the next), which makes a race's GIF about five
 * times smaller. The file appears only when every frame is written: a cancelled or failed export leaves no half file
 * behind.
 */
public final class AnimatedGif {

    /** Told after each frame is written. */
    @FunctionalInterface
    public interface Progress {
        void framesWritten(int done, int total);
    }

    /** The most frames per second a GIF can show: delays count hundredths, and viewers treat below 2 as slow. */
    public static final int MAX_FPS = 50;

    /** The last frame stays this long (hundredths of a second), so a looping animation shows where paths ended. */
    public static final int HOLD_LAST = 150;

    private AnimatedGif() {}

    /** The delay between frames at {@code fps}, in the hundredths of a second a GIF counts. */
    public static int delay(double fps) {
        if (!(fps >= 1 && fps <= MAX_FPS)) {
            throw new IllegalArgumentException(
                    "the frame rate must be between 1 and " + MAX_FPS + " frames per second, got " + fps);
        }
        return Math.max(2, (int) Math.round(100 / fps));
    }

    /**
     * Writes {@code count} frames made by {@code frame} (called with 0 … count − 1, one at a time) to {@code file}.
     *
     * @return true when written, false when {@code cancelled} said so between frames (no file is left)
     * @throws IOException when the file cannot be written
     */
    public static boolean write(
            Path file,
            int count,
            IntFunction<BufferedImage> frame,
            double fps,
            Progress progress,
            BooleanSupplier cancelled)
            throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame, got " + count);
        }
        int delay = delay(fps);
        return PictureFiles.writeWhole(file, stream -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
                BufferedImage previous = null;
                for (int i = 0; i < count; i++) {
                    if (cancelled.getAsBoolean()) {
                        return false;
                    }
                    BufferedImage image = frame.apply(i);
                    int hold = i == count - 1 && count > 1 ? Math.max(delay, HOLD_LAST) : delay;
                    // Each frame stays on screen (disposal "none"), so a frame need only hold what changed.
                    int[] box = previous == null
                            ? new int[] {0, 0, image.getWidth(), image.getHeight()}
                            : changed(previous, image);
                    BufferedImage part = copy(image, box);
                    IIOMetadata metadata = metadata(writer, part, hold, i == 0, box[0], box[1]);
                    writer.writeToSequence(new IIOImage(part, null, metadata), null);
                    previous = image;
                    progress.framesWritten(i + 1, count);
                }
                writer.endWriteSequence();
                return true;
            } finally {
                writer.dispose();
            }
        });
    }

    /** The smallest rectangle {x, y, width, height} holding every pixel that differs (one pixel if none does). */
    static int[] changed(BufferedImage before, BufferedImage after) {
        int width = after.getWidth();
        int height = after.getHeight();
        int[] a = before.getRGB(0, 0, width, height, null, 0, width);
        int[] b = after.getRGB(0, 0, width, height, null, 0, width);
        int left = width;
        int right = -1;
        int top = height;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (a[row + x] != b[row + x]) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? new int[] {0, 0, 1, 1} : new int[] {left, top, right - left + 1, bottom - top + 1};
    }

    private static BufferedImage copy(BufferedImage image, int[] box) {
        BufferedImage part = new BufferedImage(box[2], box[3], BufferedImage.TYPE_INT_RGB);
        part.setRGB(0, 0, box[2], box[3], image.getRGB(box[0], box[1], box[2], box[3], null, 0, box[2]), 0, box[2]);
        return part;
    }

    private static IIOMetadata metadata(
            ImageWriter writer, BufferedImage image, int delay, boolean first, int left, int top) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
        descriptor.setAttribute("imageTopPosition", Integer.toString(top));
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as a little-endian short: 0 loops for ever.
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(format, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
