package cn.kepu.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

/** A 320-px-wide JPEG of a photo, for lists that show many photos at once. */
final class Thumbnails {

    static final int WIDTH = 320;

    private Thumbnails() {
    }

    /** Empty when the bytes, though they start like a photo, cannot be read as one. */
    static Optional<byte[]> of(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return Optional.empty();
            }
            int width = Math.min(WIDTH, image.getWidth());
            int height = Math.max(1, image.getHeight() * width / image.getWidth());
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, Color.WHITE, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
