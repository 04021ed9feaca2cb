package cn.kepu.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file with the type checked when it was uploaded and the name it was uploaded with, read from its store only
 * while it is sent: a response streams it, and a video player's range request reads only the part asked for.
 */
public final class StoredFile {

    /** The file's bytes from a position on, opened when the response is written. */
    @FunctionalInterface
    interface Content {
        InputStream from(long position);
    }

    private final String name;
    private final String contentType;
    private final long size;
    private final Content content;

    StoredFile(String name, String contentType, long size, Content content) {
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.content = content;
    }

    /** A small file already in memory (a thumbnail). */
    static StoredFile of(String name, String contentType, byte[] bytes) {
        return new StoredFile(name, contentType, bytes.length, position ->
                new ByteArrayInputStream(bytes, (int) Math.min(position, bytes.length), bytes.length));
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    /** All the bytes at once: for checks and small files; a response streams them with {@link #shown()} instead. */
    public byte[] bytes() {
        try (InputStream in = content.from(0)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file shown in the page (a photo, a thumbnail, a video the player asks ranges of), for this user only: not
     * kept by shared caches, asked again each time, since who may see it can change.
     */
    public ResponseEntity<Resource> shown() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new Streamed());
    }

    /** The file opened by the browser under its own name (a PDF in a tab, a Word file saved as itself). */
    public ResponseEntity<Resource> opened() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(new Streamed());
    }

    /**
     * The file as Spring MVC writes a resource: whole, or in the ranges asked for. Spring skips to a range's start;
     * a skip before the first read only moves where the store is opened, so the bytes before it are never read.
     */
    private final class Streamed extends AbstractResource {

        @Override
        public String getDescription() {
            return "stored file " + name;
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public InputStream getInputStream() {
            return new InputStream() {
                private long start;
                private InputStream opened;

                @Override
                public long skip(long n) throws IOException {
                    if (opened == null) {
                        long skipped = Math.max(0, Math.min(n, size - start));
                        start += skipped;
                        return skipped;
                    }
                    return opened.skip(n);
                }

                @Override
                public int read() throws IOException {
                    return opened().read();
                }

                @Override
                public int read(byte[] into, int offset, int length) throws IOException {
                    return opened().read(into, offset, length);
                }

                @Override
                public void close() throws IOException {
                    if (opened != null) {
                        opened.close();
                    }
                }

                private InputStream opened() {
                    if (opened == null) {
                        opened = content.from(start);
                    }
                    return opened;
                }
            };
        }
    }
}
