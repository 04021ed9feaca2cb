package cn.kepu.intake;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing speed (issues #4, #13): a 30,000-character plan (the Taishan plan, lengthened with the Tai'an work plan),
 * a 200-page PDF with a Chinese text layer made here with PDFBox and the WenQuanYi font, and table text of 25 to
 * 400 KB (the curve of docs/performance.md). Not a test; run by
 * {@code scripts/bench-intake.sh}.
 */
@State(Scope.Benchmark)
@Fork(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanParserBenchmark {

    private final PlanParser parser = new PlanParser();
    private String plan;
    private byte[] pdf;

    /** Table text of {@code kb} KB of UTF-8 (issue #13: 450 KB took 46 s while parsing was quadratic). */
    @State(Scope.Benchmark)
    public static class Table {
        @Param({"25", "50", "100", "200", "400"})
        public int kb;
        String text;

        @Setup(Level.Trial)
        public void setUp() {
            text = table(kb);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String taishan = seed("taishan-literacy-plan-2021-2025.txt");
        String taian = seed("taian-opinions-workplan.txt");
        StringBuilder text = new StringBuilder(taishan);
        while (text.length() < 30_000) {
            text.append('\n').append(taian);
        }
        plan = text.substring(0, 30_000);
        pdf = pdf(taishan, 200);
    }

    /**
     * What a .docx table becomes as text: a title, then thousands of short tab-separated lines without markers or end
     * punctuation.
     */
    static String table(int kb) {
        StringBuilder text = new StringBuilder("泰安市科协关于报送科普活动情况的通知\n");
        for (int i = 0; text.toString().getBytes(StandardCharsets.UTF_8).length < kb * 1024; i++) {
            for (int j = 0; j < 100; j++, i++) {
                text.append("开展科普活动进社区第").append(i).append("场\t岱岳区满庄镇\t2026年9月\t120人\n");
            }
        }
        return text.toString();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Proposal parseTableText(Table table) {
        return parser.parse(table.text);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Proposal parse30000Characters() {
        return parser.parse(plan);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public Proposal readAndParse200PagePdf() {
        return parser.parse(DocumentText.read("plan.pdf", pdf, Long.MAX_VALUE));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = PlanParserBenchmark.class.getResourceAsStream("/intake/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code pages} A4 pages of the text, 38 lines of 28 characters each, in WenQuanYi Micro Hei. */
    static byte[] pdf(String text, int pages) throws IOException {
        String flat = text.replaceAll("\\s+", "");
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                TrueTypeCollection fonts = new TrueTypeCollection(new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
            PDType0Font font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiMicroHei"), true);
            int at = 0;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(50, 750);
                    for (int line = 0; line < 38; line++) {
                        String s = flat.substring(at % flat.length(), Math.min(flat.length(), at % flat.length() + 28));
                        at += 28;
                        content.showText(s);
                        content.newLineAtOffset(0, -18);
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
