package downhill.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.scene.LandscapeScene;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandscapeAnimationTest {

    @Test
    void framesSpreadEvenlyFromTheStartToTheLastStep() {
        assertArrayEquals(new int[] {0, 25, 50, 75, 100}, LandscapeAnimation.frameSteps(100, 5));
        assertArrayEquals(new int[] {0, 1, 2, 3}, LandscapeAnimation.frameSteps(3, 60), "never a step twice");
        assertArrayEquals(new int[] {7}, LandscapeAnimation.frameSteps(7, 1));
        assertThrows(IllegalArgumentException.class, () -> LandscapeAnimation.frameSteps(10, 0));
    }

    @Test
    void theGifDecodesWithEveryFrameLoopsAndHasTheDelayOfTheFrameRate(@TempDir Path dir) throws IOException {
        LandscapeScene scene = LandscapeStillTest.rosenbrock(120);
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 360, 240);
        Path file = dir.resolve("race.gif");
        List<Integer> progress = new ArrayList<>();
        assertTrue(LandscapeAnimation.write(still, 120, 6, 20, file, (done, total) -> progress.add(done), () -> false));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), progress);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            IIOMetadataNode screen =
                    (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            assertEquals("360", attribute(screen, "LogicalScreenDescriptor", "logicalScreenWidth"));
            assertEquals("240", attribute(screen, "LogicalScreenDescriptor", "logicalScreenHeight"));
            assertEquals(360, reader.read(0).getWidth());
            IIOMetadataNode first = tree(reader, 0);
            assertEquals("5", attribute(first, "GraphicControlExtension", "delayTime"), "20 fps = 5 hundredths");
            IIOMetadataNode loop = node(first, "ApplicationExtension");
            assertNotNull(loop, "the NETSCAPE2.0 extension");
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) loop.getUserObject(), "loops for ever");
            IIOMetadataNode last = tree(reader, 5);
            assertEquals(
                    Integer.toString(AnimatedGif.HOLD_LAST),
                    attribute(last, "GraphicControlExtension", "delayTime"),
                    "the end is held");
            reader.dispose();
        }
        assertFalse(Files.exists(dir.resolve("race.gif.part")));
    }

    @Test
    void laterFramesHoldOnlyWhatChangedAndTogetherShowTheLastStill(@TempDir Path dir) throws IOException {
        LandscapeScene scene = LandscapeStillTest.rosenbrock(200);
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 400, 280);
        Path file = dir.resolve("race.gif");
        LandscapeAnimation.write(still, 200, 10, 10, file, (n, total) -> {}, () -> false);
        BufferedImage shown = new BufferedImage(400, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shown.createGraphics();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            for (int i = 0; i < reader.getNumImages(true); i++) {
                IIOMetadataNode descriptor = node(tree(reader, i), "ImageDescriptor");
                BufferedImage part = reader.read(i);
                if (i > 0) {
                    assertTrue(part.getWidth() * part.getHeight() < 400 * 280, "frame " + i + " is a part");
                }
                g.drawImage(
                        part,
                        Integer.parseInt(descriptor.getAttribute("imageLeftPosition")),
                        Integer.parseInt(descriptor.getAttribute("imageTopPosition")),
                        null);
            }
            reader.dispose();
        }
        g.dispose();
        // What a viewer shows at the end is the last still, up to the GIF's 256-colour palette.
        BufferedImage last = still.at(200);
        long difference = 0;
        for (int y = 0; y < 280; y++) {
            for (int x = 0; x < 400; x++) {
                int a = shown.getRGB(x, y);
                int b = last.getRGB(x, y);
                difference += Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF))
                        + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                        + Math.abs((a & 0xFF) - (b & 0xFF));
            }
        }
        double mean = difference / (400.0 * 280 * 3);
        assertTrue(mean < 6, "mean difference per channel " + mean);
    }

    @Test
    void cancellingStopsEarlyAndLeavesNoFile(@TempDir Path dir) throws IOException {
        LandscapeScene scene = LandscapeStillTest.rosenbrock(50);
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 200, 150);
        AtomicInteger written = new AtomicInteger();
        Path file = dir.resolve("cancelled.gif");
        boolean done = LandscapeAnimation.write(
                still, 50, 30, 10, file, (n, total) -> written.set(n), () -> written.get() >= 3);
        assertFalse(done);
        assertEquals(3, written.get());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("cancelled.gif.part")));
    }

    @Test
    void aFrameRateAGifCannotShowIsRefused() {
        assertEquals(4, AnimatedGif.delay(25));
        assertThrows(IllegalArgumentException.class, () -> AnimatedGif.delay(0));
        assertThrows(IllegalArgumentException.class, () -> AnimatedGif.delay(60));
    }

    private static IIOMetadataNode tree(ImageReader reader, int frame) throws IOException {
        return (IIOMetadataNode) reader.getImageMetadata(frame).getAsTree("javax_imageio_gif_image_1.0");
    }

    private static IIOMetadataNode node(IIOMetadataNode root, String name) {
        var list = root.getElementsByTagName(name);
        return list.getLength() == 0 ? null : (IIOMetadataNode) list.item(0);
    }

    private static String attribute(IIOMetadataNode root, String name, String attribute) {
        return node(root, name).getAttribute(attribute);
    }
}
