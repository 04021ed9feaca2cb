package cn.kepu.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

/**
 * Charts as PNG images for the Word files (a bulletin's charts must be in the file: it is printed and passed on, where
 * no browser draws ECharts). Grouped bars and lines with an optional target line, drawn with Java2D in the pages' colours;
 * Chinese labels need a CJK font on the server (Debian: fonts-wqy-microhei, as the browser tests need too).
 */
public final class ChartImage {

    /** One series: its name in the legend and a value per category (null where nothing was measured). */
    public record Series(String name, List<BigDecimal> values) {
    }

    static final int WIDTH = 1200;
    static final int HEIGHT = 600;
    /** The ECharts 5 default palette, so a chart in the file looks like the one on the page. */
    static final Color[] PALETTE = {new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858), new Color(0xee6666),
            new Color(0x73c0de)};
    static final Color TARGET = new Color(0xee6666);

    private static final int LEFT = 110;
    private static final int RIGHT = 40;
    private static final int TOP = 90;
    private static final int BOTTOM = 90;

    private ChartImage() {
    }

    /** Bars grouped by category, one bar per series. */
    public static byte[] bars(String title, List<String> categories, List<Series> series, String unit) {
        Canvas c = new Canvas(title, unit, max(series, null));
        int plotWidth = WIDTH - LEFT - RIGHT;
        double slot = (double) plotWidth / Math.max(1, categories.size());
        double bar = Math.min(60, slot * 0.7 / Math.max(1, series.size()));
        for (int k = 0; k < categories.size(); k++) {
            double groupLeft = LEFT + k * slot + (slot - bar * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = series.get(s).values().get(k);
                if (v == null) {
                    continue;
                }
                int y = c.y(v);
                c.g.setColor(PALETTE[s % PALETTE.length]);
                c.g.fillRect((int) (groupLeft + s * bar), y, (int) Math.max(1, bar - 4), c.baseline() - y);
            }
            c.label(categories.get(k), (int) (LEFT + k * slot + slot / 2));
        }
        c.legend(series, null);
        return c.png();
    }

    /** Lines over the categories (years), with a dashed horizontal target line when a target is given. */
    public static byte[] lines(String title, List<String> categories, List<Series> series, BigDecimal target,
            String targetName, String unit) {
        Canvas c = new Canvas(title, unit, max(series, target));
        int plotWidth = WIDTH - LEFT - RIGHT;
        double slot = (double) plotWidth / Math.max(1, categories.size());
        int[] xs = new int[categories.size()];
        for (int k = 0; k < categories.size(); k++) {
            xs[k] = (int) (LEFT + k * slot + slot / 2); // in the middle of its slot, as the bars are: no label at the edge
            c.label(categories.get(k), xs[k]);
        }
        if (target != null) {
            c.g.setColor(TARGET);
            c.g.setStroke(new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {12, 8}, 0));
            c.g.drawLine(LEFT, c.y(target), WIDTH - RIGHT, c.y(target));
        }
        for (int s = 0; s < series.size(); s++) {
            c.g.setColor(PALETTE[s % PALETTE.length]);
            c.g.setStroke(new BasicStroke(4));
            Integer lastX = null;
            Integer lastY = null;
            for (int k = 0; k < categories.size(); k++) {
                BigDecimal v = series.get(s).values().get(k);
                if (v == null) {
                    continue; // a year without a measurement: the line joins the measured years
                }
                int y = c.y(v);
                if (lastX != null) {
                    c.g.drawLine(lastX, lastY, xs[k], y);
                }
                c.g.fillOval(xs[k] - 7, y - 7, 14, 14);
                c.g.drawString(plain(v), xs[k] - c.g.getFontMetrics().stringWidth(plain(v)) / 2, y - 14);
                lastX = xs[k];
                lastY = y;
            }
        }
        c.legend(series, target != null ? targetName : null);
        return c.png();
    }

    private static BigDecimal max(List<Series> series, BigDecimal target) {
        BigDecimal max = target != null ? target : BigDecimal.ZERO;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                if (v != null && v.compareTo(max) > 0) {
                    max = v;
                }
            }
        }
        return max;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** The frame every chart shares: white ground, title, a value axis from zero to a round top, grid lines. */
    private static final class Canvas {
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        final double top;

        Canvas(String title, String unit, BigDecimal max) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x333333));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.drawString(Objects.requireNonNullElse(title, ""), LEFT, 45);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            top = roundTop(max.doubleValue());
            for (int i = 0; i <= 5; i++) {
                double v = top * i / 5;
                int y = y(BigDecimal.valueOf(v));
                g.setColor(new Color(0xe0e6f1));
                g.drawLine(LEFT, y, WIDTH - RIGHT, y);
                g.setColor(new Color(0x6e7079));
                String text = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                g.drawString(text, LEFT - 12 - g.getFontMetrics().stringWidth(text), y + 8);
            }
            if (unit != null && !unit.isBlank()) {
                g.drawString("单位：" + unit, LEFT - 90, TOP - 20);
            }
        }

        int baseline() {
            return HEIGHT - BOTTOM;
        }

        int y(BigDecimal value) {
            return (int) Math.round(baseline() - value.doubleValue() / top * (HEIGHT - TOP - BOTTOM));
        }

        void label(String text, int centre) {
            g.setColor(new Color(0x6e7079));
            FontMetrics m = g.getFontMetrics();
            g.drawString(text, centre - m.stringWidth(text) / 2, baseline() + 32);
        }

        void legend(List<Series> series, String targetName) {
            FontMetrics m = g.getFontMetrics();
            int x = WIDTH - RIGHT;
            int y = HEIGHT - 22;
            if (targetName != null) {
                x -= m.stringWidth(targetName);
                g.setColor(new Color(0x333333));
                g.drawString(targetName, x, y);
                x -= 40;
                g.setColor(TARGET);
                g.fillRect(x, y - 10, 30, 4);
                x -= 30;
            }
            for (int s = series.size() - 1; s >= 0; s--) {
                String name = series.get(s).name();
                x -= m.stringWidth(name);
                g.setColor(new Color(0x333333));
                g.drawString(name, x, y);
                x -= 30;
                g.setColor(PALETTE[s % PALETTE.length]);
                g.fillRect(x, y - 16, 22, 16);
                x -= 30;
            }
        }

        byte[] png() {
            g.dispose();
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** 17.3 → 20, 3120 → 4000, 0 → 1: an axis top a reader can divide into fifths. */
        private static double roundTop(double max) {
            if (max <= 0) {
                return 1;
            }
            double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
            for (double step : new double[] {1, 2, 2.5, 5, 10}) {
                if (step * magnitude >= max * 1.05) {
                    return step * magnitude;
                }
            }
            return 10 * magnitude;
        }
    }
}
