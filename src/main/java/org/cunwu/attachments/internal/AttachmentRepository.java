package org.cunwu.attachments.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(String ownerKind, Long ownerId);

    long countByOwnerKindAndOwnerIdAndDeletedAtIsNull(String ownerKind, Long ownerId);
}
