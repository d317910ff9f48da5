/**
 * Attachments (佐证材料): photos and PDFs on the records of other modules, which register their kind of record with
 * an {@link org.cunwu.attachments.AttachmentOwner}; checked from their content, stripped of metadata, kept in the
 * database or an S3-compatible store behind {@code ContentStore}, and served only to who may read the record.
 */
@ApplicationModule(displayName = "Attachments", allowedDependencies = {"shared", "villages"})
package org.cunwu.attachments;

import org.springframework.modulith.ApplicationModule;
