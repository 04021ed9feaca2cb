package cn.kepu.attachment;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A photo's size read from its header, and a 320-px-wide JPEG of it for lists. Nothing here decodes a whole large
 * image: the size comes from the header, and the thumbnail is read with every n-th pixel only.
 */
final class Thumbnails {

    static final int WIDTH = 320;

    private Thumbnails() {
    }

    /** Width and height from the image's header, without decoding its pixels; empty if no reader knows the format. */
    static Optional<Dimension> size(byte[] bytes) {
        return read(bytes, reader -> new Dimension(reader.getWidth(0), reader.getHeight(0)));
    }

    /** Empty when the bytes, though they start like a photo, cannot be read as one. */
    static Optional<byte[]> of(byte[] bytes) {
        return read(bytes, reader -> {
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, reader.getWidth(0) / (2 * WIDTH));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            int width = Math.min(WIDTH, image.getWidth());
            int height = Math.max(1, image.getHeight() * width / image.getWidth());
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, Color.WHITE, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", out);
            return out.toByteArray();
        });
    }

    private interface Reading<T> {
        T from(ImageReader reader) throws IOException;
    }

    /** Runs {@code reading} with a reader set on the image; empty if no reader knows the format or it is unreadable. */
    private static <T> Optional<T> read(byte[] bytes, Reading<T> reading) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(reading.from(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
