package dev.runlens.app;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders a scene to a PNG file (FX snapshot → AWT image → ImageIO; AWT stays headless). */
final class Screenshots {
    private Screenshots() {}

    /** Call on the FX thread. Returns the image written. */
    static BufferedImage write(Scene scene, Path file) throws IOException {
        WritableImage shot = scene.snapshot(null);
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) img.setRGB(x, y, pixels.getArgb(x, y));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer for " + file);
        return img;
    }

    /** How many distinct colours the image has: a blank or failed render has one or two. */
    static long colours(BufferedImage img) {
        return java.util.stream.IntStream.range(0, img.getHeight())
                .flatMap(y -> java.util.stream.IntStream.range(0, img.getWidth()).map(x -> img.getRGB(x, y)))
                .distinct().limit(10_000).count();
    }
}
