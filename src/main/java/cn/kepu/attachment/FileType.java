package cn.kepu.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.kepu.support.Bytes;

/**
 * What a file really is, judged by its first bytes and never by its name: photos (JPEG, PNG, WebP), videos (MP4/MOV,
 * AVI, WMV, FLV, MKV/WebM) and documents (PDF, DOCX, XLSX).
 */
record FileType(AttachmentKind kind, String contentType) {

    /** Judged from the first bytes, and for a zip from its entry names, read as a stream. */
    static Optional<FileType> of(Upload upload) {
        byte[] head = upload.head(64);
        if (!Bytes.startsWith(head, 'P', 'K', 3, 4)) {
            return of(head);
        }
        try (InputStream in = upload.stream()) {
            return office(in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<FileType> of(byte[] b) {
        if (Bytes.startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return found(AttachmentKind.PHOTO, "image/jpeg");
        }
        if (Bytes.startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return found(AttachmentKind.PHOTO, "image/png");
        }
        if (b.length > 12 && Bytes.startsWith(b, 'R', 'I', 'F', 'F') && ascii(b, 8, 4).equals("WEBP")) {
            return found(AttachmentKind.PHOTO, "image/webp");
        }
        if (b.length > 12 && ascii(b, 4, 4).equals("ftyp")) {
            return found(AttachmentKind.VIDEO, ascii(b, 8, 2).equals("qt") ? "video/quicktime" : "video/mp4");
        }
        if (b.length > 12 && Bytes.startsWith(b, 'R', 'I', 'F', 'F') && ascii(b, 8, 3).equals("AVI")) {
            return found(AttachmentKind.VIDEO, "video/x-msvideo");
        }
        if (Bytes.startsWith(b, 0x30, 0x26, 0xB2, 0x75)) {
            return found(AttachmentKind.VIDEO, "video/x-ms-wmv");
        }
        if (Bytes.startsWith(b, 'F', 'L', 'V')) {
            return found(AttachmentKind.VIDEO, "video/x-flv");
        }
        if (Bytes.startsWith(b, 0x1A, 0x45, 0xDF, 0xA3)) {
            return found(AttachmentKind.VIDEO, "video/webm");
        }
        if (Bytes.startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return found(AttachmentKind.DOCUMENT, "application/pdf");
        }
        if (Bytes.startsWith(b, 'P', 'K', 3, 4)) {
            return office(new ByteArrayInputStream(b));
        }
        return Optional.empty();
    }

    /** A zip is a docx when it holds word/document.xml, an xlsx when it holds xl/workbook.xml. */
    private static Optional<FileType> office(InputStream in) {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                if (entry.getName().equals("word/document.xml")) {
                    return found(AttachmentKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return found(AttachmentKind.DOCUMENT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<FileType> found(AttachmentKind kind, String contentType) {
        return Optional.of(new FileType(kind, contentType));
    }

    private static String ascii(byte[] b, int from, int length) {
        return b.length < from + length ? "" : new String(b, from, length, StandardCharsets.US_ASCII);
    }
}
