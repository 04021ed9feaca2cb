package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChartImageTests {

    @Test
    @DisplayName("柱状图：数值画到按整数取整的纵轴上——10在0至20的轴上画到一半高，柱顶以上是空白")
    void barsStandOnARoundAxis() throws Exception {
        BufferedImage png = read(ChartImage.bars("科普经费", List.of("2022年"),
                List.of(new ChartImage.Series("筹集额", List.of(new BigDecimal("10")))), "万元"));
        assertThat(png.getWidth()).isEqualTo(ChartImage.WIDTH);
        assertThat(png.getHeight()).isEqualTo(ChartImage.HEIGHT);
        // The axis runs 0–20 over the plot's 420 pixels (top 90, bottom 510): 10 reaches y = 300.
        assertThat(png.getRGB(635, 400) & 0xffffff).as("柱内").isEqualTo(ChartImage.PALETTE[0].getRGB() & 0xffffff);
        assertThat(png.getRGB(635, 305) & 0xffffff).as("柱顶之下").isEqualTo(ChartImage.PALETTE[0].getRGB() & 0xffffff);
        assertThat(png.getRGB(635, 280) & 0xffffff).as("柱顶之上").isEqualTo(0xffffff);
    }

    @Test
    @DisplayName("折线图：目标线画在目标值的高度，测得的比例画在各自的年份上")
    void linesWithATargetLine() throws Exception {
        BufferedImage png = read(ChartImage.lines("公民具备科学素质的比例", List.of("2021年", "2022年", "2023年", "2024年"),
                List.of(new ChartImage.Series("泰山区", Arrays.asList(null, new BigDecimal("15.2"), new BigDecimal("16.4"),
                        new BigDecimal("17.3")))), new BigDecimal("18"), "2025年目标", "%"));
        // 0–20 axis: 18 is at y = 510 − 18/20 × 420 = 132; the dash begins at the axis.
        assertThat(png.getRGB(115, 132) & 0xffffff).as("目标线").isEqualTo(ChartImage.TARGET.getRGB() & 0xffffff);
        // 2022's point, in the middle of the second of four slots: x = 110 + 1.5 × 1050/4 = 503, y = 510 − 15.2 × 21 = 190.8.
        assertThat(png.getRGB(503, 191) & 0xffffff).as("2022年的点").isEqualTo(ChartImage.PALETTE[0].getRGB() & 0xffffff);
    }

    private static BufferedImage read(byte[] png) throws Exception {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
