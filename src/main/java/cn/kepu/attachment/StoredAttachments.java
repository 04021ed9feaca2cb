package cn.kepu.attachment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAttachments extends JpaRepository<StoredAttachment, Long> {

    List<StoredAttachment> findByOwnerTypeAndOwnerIdOrderById(String ownerType, long ownerId);

    List<StoredAttachment> findByOwnerTypeAndOwnerIdInOrderById(String ownerType, Collection<Long> ownerIds);

    long countByOwnerTypeAndOwnerIdAndKindIn(String ownerType, long ownerId, Collection<AttachmentKind> kinds);
}
