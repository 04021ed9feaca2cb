package cn.kepu.activity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import cn.kepu.support.RuleViolation;

/** Checks that an upload is a photo (by its bytes, not its name) and makes its thumbnail. */
final class Photos {

    static final int THUMBNAIL_WIDTH = 320;

    private Photos() {
    }

    /** "image/jpeg" or "image/png", or a Chinese refusal naming the file. */
    static String contentType(String name, byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        throw new RuleViolation("photos", "“" + name + "”不是 JPG 或 PNG 照片，请上传照片文件");
    }

    static byte[] thumbnail(String name, byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new RuleViolation("photos", "“" + name + "”无法读取，文件可能已损坏");
            }
            int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
            int height = Math.max(1, image.getHeight() * width / image.getWidth());
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, Color.WHITE, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation r) {
                throw r;
            }
            throw new RuleViolation("photos", "“" + name + "”无法读取，文件可能已损坏");
        }
    }
}
