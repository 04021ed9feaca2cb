package cn.kepu.attachment;

import java.util.Set;

import org.springframework.util.unit.DataSize;

/**
 * What an owner accepts in one upload field: which kinds, how many at most, how large each, and whether photos get a
 * thumbnail. The owning module says it once, e.g.
 * {@code Rule.of("photos", PHOTO).atMost(5, "张", "照片", "每个活动").withinSize(maxPhoto, "请压缩后上传").withThumbnails()}.
 *
 * @param field the form field problems are reported on
 */
public record Rule(String field, Set<AttachmentKind> kinds, int maxCount, String unit, String noun, String per,
        long maxBytes, String sizeHint, boolean thumbnails) {

    public static Rule of(String field, AttachmentKind... kinds) {
        return new Rule(field, Set.of(kinds), Integer.MAX_VALUE, "个", "文件", "", Long.MAX_VALUE, "", false);
    }

    /** At most {@code max} of these kinds per owner, told as "每个活动最多上传5张照片". */
    public Rule atMost(int max, String unit, String noun, String per) {
        return new Rule(field, kinds, max, unit, noun, per, maxBytes, sizeHint, thumbnails);
    }

    public Rule withinSize(DataSize size, String hint) {
        return new Rule(field, kinds, maxCount, unit, noun, per, size.toBytes(), hint, thumbnails);
    }

    public Rule withThumbnails() {
        return new Rule(field, kinds, maxCount, unit, noun, per, maxBytes, sizeHint, true);
    }
}
