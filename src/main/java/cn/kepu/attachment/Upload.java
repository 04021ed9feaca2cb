package cn.kepu.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as a person uploaded it: the name they gave it, its size, and its content where the container keeps it (a
 * temporary file). Its size is known before a byte is read, so a file past its limit is refused without reading
 * it; its type is judged from its first bytes; it is read whole only to draw a photo's thumbnail, and stored as a
 * stream.
 */
public final class Upload {

    private final String name;
    private final long size;
    private final InputStreamSource content;

    private Upload(String name, long size, InputStreamSource content) {
        this.name = name;
        this.size = size;
        this.content = content;
    }

    /** An upload already in memory (tests, generated files). */
    public Upload(String name, byte[] bytes) {
        this(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    public static Upload of(MultipartFile file) {
        return new Upload(file.getOriginalFilename(), file.getSize(), file);
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    InputStream stream() throws IOException {
        return content.getInputStream();
    }

    /** Its first bytes, enough to tell its type. */
    byte[] head(int length) {
        try (InputStream in = stream()) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All of it: only for a photo, whose size its rule has already bounded. */
    byte[] bytes() {
        try (InputStream in = stream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
