package cn.kepu.attachment;

/** What a file is, judged by its bytes: a photo, a video or a document. */
public enum AttachmentKind {
    PHOTO("照片"), VIDEO("视频"), DOCUMENT("文件");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
