package cn.kepu.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An .xlsx answer whose Chinese file name survives every browser (RFC 5987 filename*). */
public final class XlsxDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownload() {
    }

    /** The header that tells the audit how many rows an export holds. */
    public static final String ROWS = "X-Kepu-Rows";

    public static ResponseEntity<byte[]> of(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(ROWS, String.valueOf(rows(content)))
                .contentType(XLSX)
                .body(content);
    }

    /**
     * An .xlsx answer streamed from a temporary file, which is deleted once sent: a 500,000-row export never sits in
     * the heap. {@code rows} counts the title and header too, as {@link #of} does.
     */
    public static ResponseEntity<org.springframework.core.io.Resource> ofFile(String fileName, java.nio.file.Path file, long rows) {
        try {
            long length = java.nio.file.Files.size(file);
            InputStream content = java.nio.file.Files.newInputStream(file, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName, StandardCharsets.UTF_8).build().toString())
                    .header(ROWS, String.valueOf(rows))
                    .contentType(XLSX)
                    .contentLength(length)
                    .body(new org.springframework.core.io.InputStreamResource(content));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The rows of every sheet, titles and headers included, counted in the worksheets' XML as it streams past — an
     * export of 50,000 rows is not opened as a workbook again just to be counted.
     */
    static long rows(byte[] content) {
        long rows = 0;
        // Streaming workbooks store entries with data descriptors, which java.util.zip cannot read as a stream.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    rows += count(zip, "<row ".getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return rows;
    }

    private static long count(InputStream in, byte[] pattern) throws IOException {
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }
}
