package cn.kepu.attachment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attachment's description; its bytes are in the {@link FileStore} it names, read only when the file is served. */
@Entity
@Table(name = "attachment")
class StoredAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ownerType;
    private long ownerId;
    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;
    private String name;
    private String contentType;
    private long size;
    private byte[] thumbnail;
    private Instant uploadedAt;
    private String uploadedBy;
    private String storedIn;

    protected StoredAttachment() {
    }

    StoredAttachment(Owner owner, FileType type, String name, long size, byte[] thumbnail, Instant now, String by,
            String storedIn) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.kind = type.kind();
        this.contentType = type.contentType();
        this.name = name;
        this.size = size;
        this.thumbnail = thumbnail;
        this.uploadedAt = now;
        this.uploadedBy = by;
        this.storedIn = storedIn;
    }

    Attachment view() {
        return new Attachment(id, new Owner(ownerType, ownerId), kind, name, contentType, size, uploadedAt);
    }

    Long getId() {
        return id;
    }

    boolean belongsTo(Owner owner) {
        return ownerType.equals(owner.type()) && ownerId == owner.id();
    }

    long getSize() {
        return size;
    }

    String getName() {
        return name;
    }

    String getContentType() {
        return contentType;
    }

    String getStoredIn() {
        return storedIn;
    }

    byte[] getThumbnail() {
        return thumbnail;
    }
}
