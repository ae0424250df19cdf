package org.zhizao.twin.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritablePixelFormat;
import javax.imageio.ImageIO;

/** Pixel counts of a snapshot, and saving it as PNG (without javafx-swing). */
public final class Pixels {

    private final int width;
    private final int height;
    private final int[] argb;

    public Pixels(Image image) {
        width = (int) image.getWidth();
        height = (int) image.getHeight();
        argb = new int[width * height];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, width, height, WritablePixelFormat.getIntArgbInstance(), argb, 0, width);
    }

    public int distinctColours() {
        Set<Integer> colours = new HashSet<>();
        for (int p : argb) {
            colours.add(p & 0xFFFFFF);
        }
        return colours.size();
    }

    /** The share of pixels, 0 to 1, that match. */
    public double share(IntPredicate rgb) {
        long n = 0;
        for (int p : argb) {
            if (rgb.test(p & 0xFFFFFF)) {
                n++;
            }
        }
        return (double) n / argb.length;
    }

    public long count(IntPredicate rgb) {
        return Math.round(share(rgb) * argb.length);
    }

    public void save(Path file) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
