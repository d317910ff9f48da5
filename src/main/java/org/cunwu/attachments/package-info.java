/**
 * Attachments (佐证材料): photos and PDFs on the records of other modules, which register their kind of record with
 * an {@code AttachmentOwner}; checked from their content, stripped of metadata, kept in the database or an
 * S3-compatible store, and served only to who may read the record.
 * Exposes {@code AttachmentService}, {@code AttachmentOwner} and the {@code AttachedRecordDeleted} event; the entity,
 * repository, content stores, file checks and the controller are in {@code attachments.internal}.
 */
@ApplicationModule(displayName = "Attachments", allowedDependencies = {"shared", "villages::api"})
package org.cunwu.attachments;

import org.springframework.modulith.ApplicationModule;
