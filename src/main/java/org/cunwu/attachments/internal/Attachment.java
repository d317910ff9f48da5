package org.cunwu.attachments.internal;

import java.time.Instant;

import jakarta.persistence.Entity;

import org.cunwu.shared.VersionedEntity;

/** A file attached to a record: what it is and who added it; its bytes are in the content store, under its key. */
@Entity
public class Attachment extends VersionedEntity {

    private String ownerKind;
    private Long ownerId;
    private String fileName;
    private String contentType;
    private long storedSize;
    private long originalSize;
    private String originalSha256;
    private Integer width;
    private Integer height;
    private String storageKey;
    private Instant uploadedAt;
    private String uploadedBy;
    private Instant deletedAt;
    private String deletedBy;

    protected Attachment() {
    }

    public Attachment(String ownerKind, Long ownerId, String fileName, PreparedFile file, String storageKey, Instant uploadedAt,
            String uploadedBy) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = file.type().mediaType();
        this.storedSize = file.storedSize();
        this.originalSize = file.originalSize();
        this.originalSha256 = file.originalSha256();
        this.width = file.width();
        this.height = file.height();
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public void delete(Instant at, String by) {
        this.deletedAt = at;
        this.deletedBy = by;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public String getOwnerKind() {
        return ownerKind;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getStoredSize() {
        return storedSize;
    }

    public long getOriginalSize() {
        return originalSize;
    }

    public String getOriginalSha256() {
        return originalSha256;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

}
