package cn.kepu.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.kepu.support.RuleViolation;

/**
 * What an uploaded evidence file really is, judged by its first bytes and not by its name: photos (jpg, png,
 * webp) and documents (pdf, docx, xlsx).
 */
record EvidenceFile(Evidence.Kind kind, String contentType) {

    static EvidenceFile check(String name, byte[] bytes, long maxBytes) {
        String shown = name == null || name.isBlank() ? "文件" : "“" + name + "”";
        if (bytes.length == 0) {
            throw new RuleViolation("files", shown + "是空的");
        }
        if (bytes.length > maxBytes) {
            throw new RuleViolation("files", shown + "超过" + (maxBytes / 1024 / 1024) + " MB 的大小限制");
        }
        return sniff(bytes).orElseThrow(() -> new RuleViolation("files", shown
                + "不是可接受的证明材料：照片应为 jpg、png 或 webp，文件应为 pdf、docx 或 xlsx（按文件内容判断，而非文件名）"));
    }

    static Optional<EvidenceFile> sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(new EvidenceFile(Evidence.Kind.PHOTO, "image/jpeg"));
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(new EvidenceFile(Evidence.Kind.PHOTO, "image/png"));
        }
        if (b.length > 12 && starts(b, 'R', 'I', 'F', 'F') && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(new EvidenceFile(Evidence.Kind.PHOTO, "image/webp"));
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(new EvidenceFile(Evidence.Kind.DOCUMENT, "application/pdf"));
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return office(b);
        }
        return Optional.empty();
    }

    /** A zip is a docx when it holds word/document.xml, an xlsx when it holds xl/workbook.xml. */
    private static Optional<EvidenceFile> office(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(new EvidenceFile(Evidence.Kind.DOCUMENT,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(new EvidenceFile(Evidence.Kind.DOCUMENT,
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        return Arrays.equals(Arrays.stream(prefix).map(i -> i & 0xFF).toArray(),
                IntStream.range(0, prefix.length).map(i -> b[i] & 0xFF).toArray());
    }
}
