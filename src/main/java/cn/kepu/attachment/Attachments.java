package cn.kepu.attachment;

import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/**
 * Stores, lists, serves and removes attachments. Every upload goes through one check — its type by content, its size,
 * how many the owner may have — and a request with any bad file stores none of them.
 */
@Service
@Transactional
public class Attachments {

    private final StoredAttachments attachments;
    private final FileStores stores;
    private final Clock clock;
    private final long maxPixels;

    Attachments(StoredAttachments attachments, FileStores stores, Clock clock,
            @Value("${kepu.attachment.max-pixels:60000000}") long maxPixels) {
        this.attachments = attachments;
        this.stores = stores;
        this.clock = clock;
        this.maxPixels = maxPixels;
    }

    /** Checks every upload against the rule, then stores them all — or, if any is wrong, none (one Chinese message each). */
    public List<Attachment> attach(Owner owner, Rule rule, List<Upload> uploads) {
        long existing = attachments.countByOwnerTypeAndOwnerIdAndKindIn(owner.type(), owner.id(), rule.kinds());
        if (existing + uploads.size() > rule.maxCount()) {
            throw new RuleViolation(rule.field(), rule.per() + "最多上传" + rule.maxCount() + rule.unit() + rule.noun()
                    + "，已有" + existing + rule.unit() + "，本次选择了" + uploads.size() + rule.unit());
        }
        List<FileType> types = new ArrayList<>();
        RuleViolation.throwIfAny(check(rule, uploads, types));
        List<byte[]> thumbnails = new ArrayList<>();
        List<RuleViolation> unreadable = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            boolean wanted = rule.thumbnails() && types.get(i).kind() == AttachmentKind.PHOTO;
            byte[] thumbnail = wanted ? Thumbnails.of(uploads.get(i).bytes()).orElse(null) : null;
            if (wanted && thumbnail == null) {
                unreadable.add(new RuleViolation(rule.field(), "“" + uploads.get(i).name() + "”无法读取，文件可能已损坏"));
            }
            thumbnails.add(thumbnail);
        }
        RuleViolation.throwIfAny(unreadable);
        List<Attachment> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            StoredAttachment a = attachments.saveAndFlush(new StoredAttachment(owner, types.get(i), upload.name(),
                    upload.size(), thumbnails.get(i), clock.instant(), CurrentUser.username(), stores.current().name()));
            store(a, upload);
            stored.add(a.view());
        }
        return stored;
    }

    /**
     * What is wrong with each upload under the rule — its type by content, its size, a photo's pixel count — without
     * storing anything: for use cases that check a whole form before they store any of it.
     */
    public List<RuleViolation> check(Rule rule, List<Upload> uploads) {
        return check(rule, uploads, new ArrayList<>());
    }

    /** The check, keeping each upload's type (judged once) in {@code types} for the store that follows. */
    private List<RuleViolation> check(Rule rule, List<Upload> uploads, List<FileType> types) {
        List<RuleViolation> problems = new ArrayList<>();
        for (Upload upload : uploads) {
            String shown = upload.name() == null || upload.name().isBlank() ? "文件" : "“" + upload.name() + "”";
            // The size first: a file past its limit is refused without reading it.
            if (upload.size() == 0) {
                types.add(null);
                problems.add(new RuleViolation(rule.field(), shown + "是空的"));
                continue;
            }
            if (upload.size() > rule.maxBytes()) {
                types.add(null);
                problems.add(new RuleViolation(rule.field(), shown + "超过" + limit(rule.maxBytes())
                        + (rule.sizeHint().isEmpty() ? "" : "，" + rule.sizeHint())));
                continue;
            }
            FileType type = FileType.of(upload).filter(t -> accepts(rule, t)).orElse(null);
            types.add(type);
            if (type == null) {
                problems.add(new RuleViolation(rule.field(), shown + notAccepted(rule.kinds())));
            } else if (type.kind() == AttachmentKind.PHOTO) {
                // A small file can hold a huge picture (a 25,000 × 25,000 PNG): its header says so before any decoding.
                Thumbnails.size(upload.bytes()).filter(d -> (long) d.width * d.height > maxPixels).ifPresent(d ->
                        problems.add(new RuleViolation(rule.field(), shown + "的尺寸为" + d.width + "×" + d.height
                                + "像素，超过" + maxPixels / 10_000 + "万像素的上限，请缩小后上传")));
            }
        }
        return problems;
    }
    @Transactional(readOnly = true)
    public List<Attachment> of(Owner owner) {
        return attachments.findByOwnerTypeAndOwnerIdOrderById(owner.type(), owner.id()).stream()
                .map(StoredAttachment::view).toList();
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(Owner owner, AttachmentKind kind) {
        return of(owner).stream().filter(a -> a.kind() == kind).toList();
    }

    /** Owner id → its attachments, for a list of owners of one type read at once. */
    @Transactional(readOnly = true)
    public Map<Long, List<Attachment>> of(String ownerType, Collection<Long> ownerIds) {
        Map<Long, List<Attachment>> byOwner = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return byOwner;
        }
        for (StoredAttachment a : attachments.findByOwnerTypeAndOwnerIdInOrderById(ownerType, ownerIds)) {
            Attachment view = a.view();
            byOwner.computeIfAbsent(view.owner().id(), id -> new ArrayList<>()).add(view);
        }
        return byOwner;
    }

    @Transactional(readOnly = true)
    public long count(Owner owner, AttachmentKind kind) {
        return attachments.countByOwnerTypeAndOwnerIdAndKindIn(owner.type(), owner.id(), Set.of(kind));
    }

    /** The file, if it belongs to this owner; whether the user may see the owner is the owning module's check. */
    @Transactional(readOnly = true)
    public StoredFile file(Owner owner, long attachmentId) {
        StoredAttachment a = owned(owner, attachmentId);
        FileStore store = stores.named(a.getStoredIn());
        String key = FileStores.key(a.getId());
        return new StoredFile(a.getName(), a.getContentType(), a.getSize(), position -> store.open(key, position));
    }

    /** A photo's thumbnail (always a JPEG), if it belongs to this owner and has one. */
    @Transactional(readOnly = true)
    public StoredFile thumbnail(Owner owner, long attachmentId) {
        StoredAttachment a = owned(owner, attachmentId);
        if (a.getThumbnail() == null) {
            throw new NotFoundException("缩略图");
        }
        return StoredFile.of(a.getName(), "image/jpeg", a.getThumbnail());
    }

    public void remove(Owner owner, long attachmentId) {
        StoredAttachment a = owned(owner, attachmentId);
        attachments.delete(a);
        stores.discard(a.getStoredIn(), FileStores.key(a.getId()));
    }

    /** Everything of an owner that is being deleted. */
    public void removeAll(Owner owner) {
        List<StoredAttachment> all = attachments.findByOwnerTypeAndOwnerIdOrderById(owner.type(), owner.id());
        attachments.deleteAll(all);
        all.forEach(a -> stores.discard(a.getStoredIn(), FileStores.key(a.getId())));
    }

    private StoredAttachment owned(Owner owner, long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.belongsTo(owner))
                .orElseThrow(() -> new NotFoundException("文件"));
    }

    /** Streams the file's bytes to the store: a 50 MB video is never a 50 MB array. */
    private void store(StoredAttachment a, Upload upload) {
        try (InputStream in = upload.stream()) {
            stores.current().put(FileStores.key(a.getId()), in, upload.size(), a.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "10MB", or "64KB" below a megabyte. */
    private static String limit(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        return size.toMegabytes() > 0 ? size.toMegabytes() + "MB" : size.toKilobytes() + "KB";
    }

    private static boolean accepts(Rule rule, FileType type) {
        // A thumbnail is drawn with ImageIO, which reads JPEG and PNG only.
        return rule.kinds().contains(type.kind()) && !(rule.thumbnails() && type.contentType().equals("image/webp"));
    }

    private static String notAccepted(Set<AttachmentKind> kinds) {
        if (kinds.equals(EnumSet.of(AttachmentKind.PHOTO))) {
            return "不是 JPG 或 PNG 照片，请上传照片文件";
        }
        if (kinds.equals(EnumSet.of(AttachmentKind.VIDEO))) {
            return "不是视频文件（支持 MP4、MOV、AVI、WMV、FLV、MKV/WebM），较大的视频也可填写视频链接";
        }
        return "不是可接受的证明材料：照片应为 jpg、png 或 webp，文件应为 pdf、docx 或 xlsx（按文件内容判断，而非文件名）";
    }

}
