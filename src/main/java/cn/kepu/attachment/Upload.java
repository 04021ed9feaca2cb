package cn.kepu.attachment;

/** A file as a person uploaded it: the name they gave it and its bytes. */
public record Upload(String name, byte[] bytes) {
}
