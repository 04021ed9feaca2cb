package cn.kepu.works;

import cn.kepu.attachment.AttachmentKind;

/** A file format a category may accept, as the attachment module judges a file by its content. */
public enum WorkFormat {
    PDF("pdf", AttachmentKind.DOCUMENT, "application/pdf"),
    JPG("jpg", AttachmentKind.PHOTO, "image/jpeg"),
    PNG("png", AttachmentKind.PHOTO, "image/png"),
    MP4("mp4", AttachmentKind.VIDEO, "video/mp4");

    private final String label;
    private final AttachmentKind kind;
    private final String contentType;

    WorkFormat(String label, AttachmentKind kind, String contentType) {
        this.label = label;
        this.kind = kind;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    AttachmentKind kind() {
        return kind;
    }

    String contentType() {
        return contentType;
    }
}
