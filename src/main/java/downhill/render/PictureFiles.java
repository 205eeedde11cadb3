package downhill.render;

import downhill.engine.WholeFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes pictures through the one writer, {@link WholeFiles}: whole or not at all, so a failed write never leaves
 * a broken file where a good one was.
 */
public final class PictureFiles {

    /** The kinds of picture file, by extension. */
    public enum Kind {
        PNG,
        GIF
    }

    private PictureFiles() {}

    /** The kind of picture {@code file} names by its extension, or an error naming the accepted ones. */
    public static Kind kind(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Kind.PNG;
        }
        if (name.endsWith(".gif")) {
            return Kind.GIF;
        }
        throw new IllegalArgumentException(
                "cannot tell the picture format of '" + file + "': the file name must end in .png or .gif");
    }

    /** Writes {@code image} to {@code file} as PNG. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        writeWhole(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is installed");
            }
            return true;
        });
    }

    /** Writes {@code content} to {@code file} whole or not at all (see {@link WholeFiles#write}). */
    public static boolean writeWhole(Path file, WholeFiles.Content content) throws IOException {
        return WholeFiles.write(file, content);
    }

    /** Why a write to {@code file} failed, in words for people (see {@link WholeFiles#reason}). */
    public static String reason(Path file, IOException e) {
        return WholeFiles.reason(file, e);
    }
}
