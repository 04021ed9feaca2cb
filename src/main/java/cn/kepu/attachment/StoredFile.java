package cn.kepu.attachment;

/** A file's bytes with the type checked when it was uploaded, and the name it was uploaded with. */
public record StoredFile(String name, String contentType, byte[] bytes) {
}
