package org.cunwu.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cunwu.attachments.internal.Attachment;
import org.cunwu.attachments.internal.AttachmentProperties;
import org.cunwu.attachments.internal.AttachmentRefusedException;
import org.cunwu.attachments.internal.AttachmentRepository;
import org.cunwu.attachments.internal.ContentStore;
import org.cunwu.attachments.internal.IncomingFiles;
import org.cunwu.attachments.internal.PreparedFile;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.PlainText;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.access.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attachments of the records that other modules register ({@link AttachmentOwner}): each is exactly as visible as its
 * record (through the owner's own scoped lookup and {@link Access}), and added or deleted by who may change the record.
 * Not propagated: the internal types in the signatures its own pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final Map<String, AttachmentOwner> owners;
    private final AttachmentRepository attachments;
    private final IncomingFiles incoming;
    private final ContentStore store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final AttachmentProperties properties;
    private final Clock clock;

    AttachmentService(List<AttachmentOwner> owners, AttachmentRepository attachments, IncomingFiles incoming, ContentStore store,
            JdbcTemplate jdbc, TransactionTemplate transaction, AttachmentProperties properties, Clock clock) {
        this.owners = owners.stream().collect(Collectors.toMap(AttachmentOwner::kind, Function.identity()));
        this.attachments = attachments;
        this.incoming = incoming;
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.properties = properties;
        this.clock = clock;
    }

    /** What a record's page shows: its attachments (deleted ones as a line of their log), and whether the user may add or delete. */
    public record Panel(String kind, long ownerId, List<Attachment> current, List<Attachment> deleted, boolean canEdit,
            boolean canAdd, int maxPerRecord, long maxFileSizeMegabytes) {
    }

    /** A file the user sends: its name as their device gave it and its content. */
    @NamedInterface("api")
    public record Upload(String fileName, InputStream content) {
    }

    /** One file of a batch that was not attached, and why. */
    @NamedInterface("api")
    public record Refusal(String fileName, String messageKey, Object[] arguments) implements Serializable {
    }

    /** The attachments of a record the user sees (the record's page calls this from its template). */
    public Panel panel(String kind, long ownerId) {
        AttachmentOwner.Owner owner = visibleOwner(kind, ownerId);
        List<Attachment> all = attachments.findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(kind, ownerId);
        List<Attachment> current = all.stream().filter(a -> !a.isDeleted()).toList();
        boolean canEdit = canEdit(owner);
        return new Panel(kind, ownerId, current, all.stream().filter(Attachment::isDeleted).toList(), canEdit,
                canEdit && current.size() < properties.maxPerRecord(), properties.maxPerRecord(), properties.maxFileSize().toMegabytes());
    }

    /**
     * The page of a record whose attachments the user may change, for going back to it after an upload: not found
     * outside their scope, forbidden when they only read it — before anything sent is looked at.
     */
    public String pageToChange(String kind, long ownerId) {
        AttachmentOwner.Owner owner = visibleOwner(kind, ownerId);
        requireEdit(owner, kind, ownerId);
        return owner.page();
    }

    /**
     * Attaches the files to the record, each on its own: a file that is refused (type, size, unreadable) is named back
     * and the others are kept; a batch that would take the record over its count attaches nothing.
     */
    public List<Refusal> attach(String kind, long ownerId, List<Upload> files) {
        AttachmentOwner.Owner owner = visibleOwner(kind, ownerId);
        requireEdit(owner, kind, ownerId);
        long present = attachments.countByOwnerKindAndOwnerIdAndDeletedAtIsNull(kind, ownerId);
        if (present + files.size() > properties.maxPerRecord()) {
            throw new AttachmentRefusedException("attachment.refused.count", properties.maxPerRecord(), present);
        }
        List<Refusal> refused = new ArrayList<>();
        for (Upload file : files) {
            String name = fileName(file.fileName());
            try {
                store(kind, ownerId, name, file.content());
            } catch (AttachmentRefusedException e) {
                refused.add(new Refusal(name, e.getMessageKey(), e.getArguments()));
            } catch (IOException e) {
                log.warn("Attachment {} for {} {} could not be read: {}", name, kind, ownerId, e.getMessage());
                refused.add(new Refusal(name, "attachment.refused.unreadable", new Object[0]));
            }
        }
        return refused;
    }

    private Attachment store(String kind, long ownerId, String name, InputStream content) throws IOException {
        PreparedFile file = incoming.prepare(content);
        try {
            String key = UUID.randomUUID().toString();
            PortalUser user = Scope.currentUser();
            String by = user == null ? "-" : user.getDisplayName();
            return transaction.execute(status -> {
                // uploads to one record take turns here, so the count holds whatever arrives at the same moment
                jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 0))::text", String.class, "attachment:" + kind + ":" + ownerId);
                if (attachments.countByOwnerKindAndOwnerIdAndDeletedAtIsNull(kind, ownerId) >= properties.maxPerRecord()) {
                    throw new AttachmentRefusedException("attachment.refused.full", properties.maxPerRecord());
                }
                Attachment saved = attachments.saveAndFlush(new Attachment(kind, ownerId, name, file, key, Instant.now(clock), by));
                try (InputStream in = Files.newInputStream(file.content())) {
                    store.put(key, in, file.storedSize());
                } catch (IOException e) {
                    throw new IllegalStateException("could not store attachment " + saved.getId(), e);
                }
                if (file.thumbnail() != null) {
                    jdbc.update("update attachment set thumbnail = ? where id = ?", file.thumbnail(), saved.getId());
                }
                log.info("Attachment {} ({} {} bytes, sha256 {}) added to {} {} by {}", saved.getId(), file.type().mediaType(),
                        file.storedSize(), file.originalSha256(), kind, ownerId, by);
                return saved;
            });
        } finally {
            Files.deleteIfExists(file.content());
        }
    }

    /** An attachment for download: not found when deleted or when its record is not the user's to see. */
    public Attachment visible(long id) {
        Attachment attachment = attachments.findById(id).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException("attachment", id));
        visibleOwner(attachment.getOwnerKind(), attachment.getOwnerId());
        return attachment;
    }

    /** Writes a visible attachment's content to {@code out}. */
    public void copyContent(Attachment attachment, OutputStream out) throws IOException {
        if (!store.copyTo(attachment.getStorageKey(), out)) {
            throw new RecordNotFoundException("attachment content", attachment.getId());
        }
    }

    /** A visible attachment's thumbnail, or null (PDFs). */
    public byte[] thumbnail(Attachment attachment) {
        return jdbc.query("select thumbnail from attachment where id = ?", rs -> rs.next() ? rs.getBytes(1) : null, attachment.getId());
    }

    /**
     * Deletes an attachment: its content and thumbnail are gone, its row stays as the record's log (name, size,
     * checksum, who added and who deleted it, when). Answers the record's page.
     */
    public String delete(long id, long version) {
        Attachment attachment = visible(id);
        AttachmentOwner.Owner owner = visibleOwner(attachment.getOwnerKind(), attachment.getOwnerId());
        requireEdit(owner, "attachment", id);
        if (attachment.getVersion() != version) {
            throw new ConcurrentEditException("attachment", id);
        }
        PortalUser user = Scope.currentUser();
        String by = user == null ? "-" : user.getDisplayName();
        transaction.executeWithoutResult(status -> {
            Attachment current = attachments.findById(id).orElseThrow();
            current.delete(Instant.now(clock), by);
            attachments.saveAndFlush(current);
            jdbc.update("update attachment set thumbnail = null where id = ?", id);
            try {
                store.delete(current.getStorageKey());
            } catch (IOException e) {
                throw new IllegalStateException("could not delete attachment " + id, e);
            }
        });
        log.info("Attachment {} ({}, sha256 {}) of {} {} deleted by {}", id, attachment.getFileName(), attachment.getOriginalSha256(),
                attachment.getOwnerKind(), attachment.getOwnerId(), by);
        return owner.page();
    }

    /**
     * Deletes every attachment of a record that its module is deleting, in the module's transaction: the contents and
     * thumbnails go, each row stays as a line of the log (deleted by whoever deletes the record), and each is logged.
     * Handled in the publisher's transaction on purpose: the attachments go exactly when the record goes.
     */
    @EventListener
    void on(AttachedRecordDeleted deleted) {
        deleteAllOf(deleted.kind(), deleted.id());
    }

    int deleteAllOf(String kind, long ownerId) {
        PortalUser user = Scope.currentUser();
        String by = user == null ? "-" : user.getDisplayName();
        Integer deleted = transaction.execute(status -> {
            int count = 0;
            for (Attachment current : attachments.findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(kind, ownerId)) {
                if (current.isDeleted()) {
                    continue;
                }
                current.delete(Instant.now(clock), by);
                attachments.saveAndFlush(current);
                jdbc.update("update attachment set thumbnail = null where id = ?", current.getId());
                try {
                    store.delete(current.getStorageKey());
                } catch (IOException e) {
                    throw new IllegalStateException("could not delete attachment " + current.getId(), e);
                }
                log.info("Attachment {} ({}, sha256 {}) of {} {} deleted with its record by {}", current.getId(), current.getFileName(),
                        current.getOriginalSha256(), kind, ownerId, by);
                count++;
            }
            return count;
        });
        return deleted == null ? 0 : deleted;
    }

    private AttachmentOwner.Owner visibleOwner(String kind, long ownerId) {
        AttachmentOwner registered = owners.get(kind);
        if (registered == null) {
            throw new RecordNotFoundException(kind, ownerId);
        }
        // the owner's own scoped lookup decides who sees the record (a project is seen by its partner villages too)
        return readOnly.execute(status -> registered.find(ownerId));
    }

    /** The record is visible (its owner found it): one the user may not change is forbidden, not hidden. */
    private static void requireEdit(AttachmentOwner.Owner owner, String what, long id) {
        if (!canEdit(owner)) {
            throw new AccessDeniedException("may not change the attachments of " + what + " " + id);
        }
    }

    private static boolean canEdit(AttachmentOwner.Owner owner) {
        return Access.canEdit(owner.editors(), owner.townId(), owner.villageId());
    }

    /** The name to show and to offer on download: no folders, no control characters, at most 200 characters. */
    static String fileName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = PlainText.withoutRefused(name).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
