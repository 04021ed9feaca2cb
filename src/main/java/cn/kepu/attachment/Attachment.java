package cn.kepu.attachment;

import java.time.Instant;

/** An attachment as pages and the API show it; the bytes are fetched apart ({@link Attachments#file}). */
public record Attachment(long id, Owner owner, AttachmentKind kind, String name, String contentType, long size,
        Instant uploadedAt) {

    /** "3.2 MB", "850 KB": the size as a person reads it. */
    public String sizeText() {
        return size >= 1024 * 1024 ? String.format("%.1f MB", size / 1024.0 / 1024.0) : Math.max(1, size / 1024) + " KB";
    }
}
